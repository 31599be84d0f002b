import type { CrisisFlag } from '../types';
import { ENGLISH, ENGLISH_IDIOMS, ENGLISH_INFO, ENGLISH_JOKE, ENGLISH_NEG, ENGLISH_PAST_AFTER, ENGLISH_PAST_BEFORE, ENGLISH_PAST_IN_CLAUSE, ENGLISH_SETTLED } from './english';
import { LAUGHING } from './rules';

/** A flag, its cue and, for some, words that must also stand somewhere in the message. */
type Cue = [CrisisFlag, string, string?];

/**
 * Crisis cues in Ukrainian and Russian, written in Cyrillic or typed in Latin letters ("cholovik
 * mene b'je"). Many residents of Polish centres are refugees and write in their own language when it
 * matters most; the Polish rules and the model see such a message as unknown words and stay silent.
 * A short list of stems per flag, recall first. Guards, simpler than the Polish ones: a negation just
 * before a cue, a past marker just before or after it, a settled ending or the news in the message,
 * and a joke, idiom or study topic in the cue's sentence. English (english.ts) is scanned the same way.
 * Apostrophe variants (' ʼ ’) are unified before matching.
 */
const CYRILLIC: Cue[] = [
  ['violence', "(мені не жити|мне не жить|тобі не жити|тебе не жить|(стежить|стежив|следит|следил) за (мною|мной)|чека\\p{L}* (\\p{L}+ )?(біля|під|у) (роботи|будинку|дому)|ждёт (\\p{L}+ )?у (работы|дома|подъезда)|ждет (\\p{L}+ )?у (работы|дома|подъезда)|б'є|б'ють|б'ю|бє|бьет|бьёт|бьют|побив|побила|побили|побил|избил\\p{L}*|избива\\p{L}*|вдарив|вдарила|ударил\\p{L}*|вдарил\\p{L}*|погрожу\\p{L}*|погрожував|угрожа\\p{L}*|вб'ю|вб'є|вб'ють|убью|убьет|убьёт|вбити мене|убить меня|душить|душив|душил\\p{L}*|зґвалтува\\p{L}*|згвалтува\\p{L}*|изнасил\\p{L}*|насильств\\p{L}*|насилля|насили[ея]|знуща\\p{L}*|издева\\p{L}*|не випуска\\p{L}*|не выпуска\\p{L}*|не відпуска\\p{L}*|замкнув мене|зачинив мене|запер меня|закрыл меня|забрав документи|забрал документы|тягав за волосся|таскал за волосы|ходить за мною|ходит за мной|чека\\p{L}* ((\\p{L}+ )?під (домом|будинком|роботою|під'їздом))|ждал\\p{L}* (\\p{L}+ )?(под|у) (домом|подъездом|работой)|(з ножем|с ножом) (піде|пішов|пошел|ходить|ходит|кидається|кидается|бігає|бегает)|(вийшов|вышел|вийшла|вышла) (\\p{L}+ ){0,2}(з ножем|с ножом))"],
  ['suicide_risk', "(не хочу (більше |больше )?жи(ти|ть)|не хочеться жити|не хочется жить|покінчити з собою|покончить с собой|накласти на себе руки|наложить на себя руки|вбити себе|убить себя|повіс(итися|ився|илась)|повес(иться|ился|илась)|вистрибн\\p{L}*|выпрыгн\\p{L}*|стрибн\\p{L}* з|прыгн\\p{L}* с|всі таблетки|все таблетки|ріже себе|режет себя|порізала себе|порезала себя|самогубств\\p{L}*|самоубийств\\p{L}*|суїцид\\p{L}*|суицид\\p{L}*|прощайте|прощавайте|не бачу сенсу жити|не вижу смысла жить|(так|без мене|без меня) (буде|будет) (краще|лучше) (для )?(всім|всех)|(віддала|віддав|отдала|отдал|роздала|роздав|раздала|раздал) (всі|все) (речі|вещи)|(все|всьо|всё) (скінчити|закінчити|покінчити|закончить|покончить|кончить)|(покінчити|закінчити|закончить|покончить) (з|с) (усім|всім|всем)|накопи\\p{L}* (\\p{L}+ )?(таблет\\p{L}*|ліки|лекарств\\p{L}*)|(зібрала|зібрав|назбирала|назбирав|собрала|собрал) (\\p{L}+ )?(таблет\\p{L}*|ліки)|(яка|какая) доза (\\p{L}+ )?смертельн\\p{L}*|смертельн\\p{L}* доз\\p{L}*|мені (вже )?недовго|мне (уже )?недолго|скоро буду (з|с) (ним|нею|ними|ней)|(що|что) (я|мама|тато|папа) (її|його|їх|её|его|их) (любила|любив|любил)|(режу|ріжу) себе|режу себя|(в мене|у меня|маю|купил\\p{L}*|купив|купила|приготува\\p{L}*|приготови\\p{L}*) (\\p{L}+ ){0,3}(мотузк\\p{L}*|веревк\\p{L}*|петл\\p{L}*)|(мотузк\\p{L}*|веревк\\p{L}*) (\\p{L}+ ){0,2}(в шухляді|в ящике|готов\\p{L}*)|похорон (\\p{L}+ ){0,4}(для себе|для себя)|(для себе|для себя) (\\p{L}+ ){0,3}похорон|(нічого|ничего) (вже |уже )?не (знадобиться|понадобится)|скоро (знадобиться|понадобится))"],
  ['no_shelter', "(ніде (ночувати|спати|жити)|нема де (ночувати|спати|жити)|немає де (ночувати|спати|жити)|негде (ночевать|спать|жить)|нет где (ночевать|спать)|не знаю де ночувати|не знаю где ночевать|ночу(ю|ємо|ем) на вулиці|ночу(ю|ем) на улице|спимо на вулиці|спим на улице|живу на вулиці|живу на улице|опинил\\p{L}* на вулиці|оказал\\p{L}* на улице|на вулиці з дит\\p{L}*|на улице с ребен\\p{L}*|виселили|выселили|вигнал\\p{L}* з (дому|квартири|хати)|выгнал\\p{L}* из (дома|квартиры)|виганя\\p{L}* з дому|нема (\\p{L}+ )?куди (йти|іти|піти|подітися)|немає (\\p{L}+ )?куди (йти|іти|піти|подітися)|некуда (идти|пойти|деваться)|ночувати ніде|ночевать негде|спати ніде|спать негде|(виставил\\p{L}*|вигнал\\p{L}*|выставил\\p{L}*|выгнал\\p{L}*) (\\p{L}+ ){0,3}(з|із|из) (пункту|гуртожит\\p{L}*|хостел\\p{L}*|общежит\\p{L}*|квартир\\p{L}*)|(сплю|спимо|ночую|ночуємо|сплю|спим|ночуем) (\\p{L}+ ){0,2}(в|на|у) (парку|парке|вокзал\\p{L}*|під'їзд\\p{L}*|подъезд\\p{L}*|лавці|лавочке|скамейке)|(сижу|сиджу|сидим|сидимо) (\\p{L}+ ){0,2}(в|у|на) (парку|парке|лавці|лавочке|скамейке|вокзалі|вокзале)|(ночую|ночуємо|ночуем|сплю|спимо|спим) (\\p{L}+ ){0,2}(в|у) (подвал\\p{L}*|підвал\\p{L}*|під'їзд\\p{L}*|подъезд\\p{L}*))"],
  ['no_food', "(голодн\\p{L}*|голоду\\p{L}*|голодаєм\\p{L}*|голодаем|нема що їсти|немає що їсти|нічого їсти|нема їжі|немає їжі|нечего есть|нет еды|нечего кушать|холодильник пуст\\p{L}*|порожній холодильник|в холодильнику пусто|нема за що купити їжу|не на что купить еду|(дні|днів|дня|дней|доби|суток) не (їв|їла|їли|їмо|ел|ела|ели|едим)|не (їв|їла|їли|ел|ела|ели) (\\p{L}+ ){0,2}(дні|днів|дня|дней|доби|суток)|їжі (нема|немає)|еды нет|(нечего|нема чого|немає чого) (їсти|есть|кушать)|нічого не (їли|їв|їла)|ничего не (ели|ел|ела)|(з|с) (позавчора|позавчера|вчора|неділі|воскресенья|понеділка|понедельника|суботи|субботы) (нічого|ничего)|на воді (і|й) сухарях|на воде и сухарях|не (їв|їла|їли|ел|ела|ели) (з|с) (неділі|воскресенья|понеділка|понедельника|суботи|субботы|п'ятниці|пятницы|четверга|позавчора|позавчера)|(їв|ел|їла|ела) (останній|последний) раз (позавчора|позавчера)|кушать нечего|їсти нічого|есть нечего)"],
  ['child_at_risk', "((дитина|дитинка|малий|мала|син|донька|дочка|ребенок|ребёнок|сын|дочь) ((?!не )\\p{L}+ )?(сам|сама|один|одна|зник\\p{L}*|пропа\\p{L}*|втік|втекла|убежал\\p{L}*)|(діти|дети) ((?!не )[\\p{L}0-9]+ ){0,5}(самі|одни)|залиши\\p{L}* (\\p{L}+ )?дітей|остави\\p{L}* (\\p{L}+ )?детей|б'є (\\p{L}+ )?(дитину|дітей|малого|сина|доньку)|бьет (\\p{L}+ )?(ребенка|детей|сына|дочь)|(зник|зникла|пропав|пропала) (\\p{L}+ )?(син|донька|дочка|дитина)|втік з дому|втекла з дому|убежал\\p{L}* из дома|(залиши\\p{L}*|остави\\p{L}*) (\\p{L}+ )?(дитину|малу|малого|сина|доньку|дочку|ребенка|ребёнка|сына|дочь) (\\p{L}+ )?(саму|одну|самого|одного))"],
  ['health_emergency', "(температур\\p{L}* (\\p{L}+ )?(39|40|41)|без свідомості|без сознания|не дихає|не дышит|кровотеч\\p{L}*|кровотечени\\p{L}*|інсульт\\p{L}*|инсульт\\p{L}*|інфаркт\\p{L}*|инфаркт\\p{L}*|погано з серцем|плохо с сердцем|серце болить|сердце болит|(впав|впала|упал|упала) (\\p{L}+ )?(не встає|не встает|не говорить|не говорит|не може встати|не может встать)|рот криво|перекосило|судом[иа]\\p{L}*|судорог\\p{L}*|передозуванн\\p{L}*|передозиров\\p{L}*|не прокида\\p{L}*|не просыпа\\p{L}*|губи сині|губы синие|сині губи|синие губы|задиха\\p{L}*|задыха\\p{L}*|не рухається|не двигается|не шевелится|(з|из) (голови|головы) (йде |идёт |идет |тече |течёт )?кров|кров (з|из) (голови|головы)|весь в крові|весь в крови|наковта\\p{L}*|наглота\\p{L}*|(упал|впав|упала|впала) (\\p{L}+ )?(з|с) (висоти|высоты|драбини|лестницы|риштування|лесов|даху|крыши)|плохо дышит|погано дихає|важко дихає|тяжело дышит|(не звонить|не дзвонити|не викликати|не вызывать) (\\p{L}+ )?(в )?(скорую|швидку)|(лежить|лежит) на (підлозі|полу) (і |и )?(не відповідає|не отвечает|не реагує|не реагирует|не рухається|не двигается)|(випила|випив|выпила|выпил|проковтнув|проковтнула|проглотил\\p{L}*|ковтнув|ковтнула) (\\p{L}+ ){0,2}(рідину|жидкость|таблетки|батарейку|отрут\\p{L}*|яд|хімі\\p{L}*|химию|засіб|средство|відбілювач|отбеливатель)|(набрякає|набряк|опухает|отекает) (\\p{L}+ )?горло|горло (набрякає|опухает|отекает)|важко дихати|тяжело дышать|отруїв\\p{L}*|отруїл\\p{L}*|отравил\\p{L}*)"],
  ['disaster', "(пожеж\\p{L}*|пожар\\p{L}*|задимлен\\p{L}*|дим (\\p{L}+ )?(в|по)|дым (\\p{L}+ )?(в|по)|пахне газом|пахнет газом|запах газу|запах газа|витік газу|утечка газа|затопил\\p{L}*|затопило|потоп|повінь|паводок|наводнени\\p{L}*|обвалил\\p{L}*|обвал|рухнул\\p{L}*|тріснул\\p{L}* стін\\p{L}*|вибух\\p{L}*|взрыв\\p{L}*|запах (диму|дыма)|пахне димом|пахнет дымом|датчик (\\p{L}+ )?(пищ\\p{L}*|диму|дыма|газу|газа)|(крышу|дах|даху|крыша) (\\p{L}+ )?(снесло|зірвало|сорвало|знесло)|(снесло|зірвало|сорвало|знесло) (\\p{L}+ )?(крышу|дах)|(смердить|смердит|воняє|воняет|тхне|пахне|пахнет) (\\p{L}+ )?газ\\p{L}*|(все|всё|вся квартира|кімната|комната) в (диму|дыму)|запалився|запалилась|запалилося|загорів\\p{L}*|загорел\\p{L}*)"],
  // Heating cut off counts only in frost (the requirement is checked anywhere in the message).
  ['disaster', "((вимкнул\\p{L}*|відключил\\p{L}*|відрізал\\p{L}*|отключил\\p{L}*|выключил\\p{L}*) (\\p{L}+ )?(опаленн\\p{L}*|отоплени\\p{L}*)|(відключил\\p{L}*|вимкнул\\p{L}*|отключил\\p{L}*) (\\p{L}+ )?газ|газ (\\p{L}+ )?(відключил\\p{L}*|вимкнул\\p{L}*|отключил\\p{L}*)|(опаленн\\p{L}*|отоплени\\p{L}*) (\\p{L}+ )?(вимкнул\\p{L}*|відключил\\p{L}*|отключил\\p{L}*|выключил\\p{L}*|нема|немає|нет))", "(мороз|мінус|минус|холодн\\p{L}*|\\+ ?[0-9] |(^|[^0-9])([0-9]|1[0-4]) градус)"],
];

/** Ukrainian/Russian typed in Latin letters (common transliterations), matched on the folded text. */
const TRANSLIT: Cue[] = [
  // Words that are also Polish ("pobil", "infarkt") are left to the Polish rules and the model. English-
  // and Polish-style spellings both occur ("khochu", "choczu"; "zhyty", "żyty"; "shcho", "szczo").
  ['violence', "(b'je|b'jut|b'yet|b'et|pobyv|vdaryv|udaril|vb'?ju|vb'?yu|vb'?je|ub'?ju|ub'?yu|pogrozhuje|ugrozhaet|dushyt|dushit|izbi(l|v)\\w*|izby(l|v)\\w*|iznasil\\w*|znasylu\\w*|zgvaltu\\w*)"],
  ['suicide_risk', "(ne (k|c)?h?o(ch|cz|tch)u (bilshe |bolshe |bilsze |bolsze )?(zh|ż|z)(y|i)(ty|t|ti)|ne (k)?hochu (zh|z)i(ti|t)|pok(i|o)n(ch|cz)\\w* (z|s) sob(oju|oyu|oj|oju)|samogubstv\\w*|samoubijstv\\w*|pro(shch|szcz|sch)aj(te)?|pro(shch|szcz|sch)aln\\w*|pov(i|e)s(y|i)t(sia|sja|sya|sa|ysia|ysja)|(po)?ri(zh|ż)\\w* seb(e|ia|ja)|(po)?rez\\w* seb(e|ia|ja))"],
  ['no_shelter', "(nide (nochuvaty|spaty)|negde (nochevat|spat)|na vulyci z dytynoju|vyselyly|vyselili|(ne ?ma(ju|je|ye|yu)?|nemaie|nemaje) (de|gde|kuda|kudy) (spaty|spat|nochuvaty|nochevat|zhyty|zhit|ity|iti|idti|jty)|ne(ma|t|mam) kuda (idti|iti|ity|jty)|nekuda (idti|iti|ity|jty)|nikudy (ity|jty)|vyk(y|i)nu?(l|v)\\w*|(my|ja|ya) (\\w+ ){0,3}na (ulice|vulyci|ulici)|(nochevat|nochuvaty|spat|spaty) (negde|nide)|vygnal\\w* (\\w+ ){0,2}(iz|z) (obshch|obshh|hurtozh|gurtozh|kvartyr|kvartir|hostel)\\w*|(nochuyu|nochuju|nocuju|splyu|splju|spliu|spim|spymo) (\\w+ ){0,2}(v|na|u) (parke|parku|vokzal\\w*|ulic\\w*|vulyc\\w*|lavke|lavci)|(v|na) (parke|parku|vokzale|ulice) (\\w+ ){0,2}(nochuyu|nochuju|splyu|splju))"],
  ['no_food', "(golodn\\w*|holodn[iy]\\w*|nema (shcho|szczo|scho|chto) (jisty|yisty|jisti|jist)|(ne maju|nemaju|nemaje) (shcho|szczo|scho) (jisty|yisty)|nechego (est|jest|kushat)|net (edy|jedy)|(nema|nemaje|nemaye|nemaie) (jizhi|yizhi|izhi)|nichogo (jisty|yisty)|bez (jidy|yidy|idy|edy|jedy|yedy|yidi) (\\w+ ){0,2}(den|dnia|dni|dnja|dniv|dney|dnej|dniu)|(tretij|tretii|tretiy|treti|druhyj|vtoroj) (den|dzien) bez (jidy|edy|yidy|jedy))"],
  ['child_at_risk', "(dytyna (sama|odna|propala|znykla)|rebenok (odin|propal)|(syn|sin|doch\\w*|do(ch|cz)ka|dytyna|rebenok|rebionok|malyj|malyi) (\\w+ ){0,2}(propa(l|v|la|ly)\\w*|znyk\\w*|ne pryjshov|ne pryjshla|ne prishol|ne prishla|ne prishel)|(zalyshy|zalishi|ostavi)\\w* (\\w+ )?(malu|malogo|dytynu|syna|donku|dochku|rebenka|doch) (\\w+ )?(odnu|samu|odnogo|samogo)|ostavil\\w* (\\w+ )?(detej|dytej|ditej) (\\w+ )?(odnih|odnyh|samih|samyh)|(malyshka|malysh|malenkaja|malenkij|rebenok|rebionok|dytyna|malyj|deti|dity|ditej) (\\w+ )?(odna|odin|sama|sam|odni|sami) doma|(ushla|ushel|pishla|pishov) (pit|pyty))"],
  ['health_emergency', "(bez svidomosti|bez soznanija|bez soznaniya|ne dyhaje|ne dyshit|ele dyshit|ledve dyhaje|ne mozhe vstaty|ne mozhet vstat|vs(i|y)a v krovi|v(e|i)s v krovi|bl(y|i)uje|bl(y|i)uet|zamerz\\w*|sudorog\\w*|sudom\\w*)"],
  ['disaster', "(pozhezh\\w*|pozhar\\w*|pahne gazom|pahnet gazom|(krysha|dah|stelia|potolok) (\\w+ )?(obvalil\\w*|zirval\\w*|zirvalo|tre(shch|szcz)\\w*|trishch\\w*)|zatopyl\\w*|zatopil\\w*|(krysh\\w*|dah|dach) (\\w+ )?(zirval\\w*|sorval\\w*|snesl\\w*)|(zirval\\w*|sorval\\w*|snesl\\w*) (\\w+ )?(krysh\\w*|dah|dach)|zalyl\\w*|zalil\\w* (kvartir|kvartyr|dom|pidval|podval)\\w*|voda po (kolino|koleno|pojas|poyas))"],
];

const APOSTROPHES = /[ʼ’`´]/g;
const NEG = /(?:^|[^\p{L}])(не|ні|нє|ne|ni)\s+$/u;
// "нет, насилия нет", "Пожежі не було": a cue denied right after it.
const NEG_AFTER = /^[^\p{L}]*(нет|нема|немає|не було|не было|nema|nemaje|net|ne bulo|ne bylo)(?![\p{L}])/u;
// "після інсульту", "колись був пожар": a past marker among the few words before the cue.
const PAST_BEFORE = /(?:^|[^\p{L}])(після|после|колись|раніше|раньше|минулого|прошлого|прошлом|був|була|було|були|был|была|было|были|назад|тому)(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]*$/u;
// The story ends well or the date is weeks away: "вже все сухо", "виселили на кінець місяця".
const SETTLED = /(вже|уже) (все|всё) (добре|хорошо|сухо|гаразд|нормально)|(уже|вже) (от|від)ремонт\p{L}*|(зараз|сейчас|тепер|теперь) (все|всё) (добре|хорошо|стабільно|стабильно|нормально|гаразд)|в новинах|в новостях|по новинах|по новостях|по новостям|показували|показывали|(смотрела|смотрел|дивилась|дивився|читала|читав|бачила|бачив|видела|видел) (\p{L}+ ){0,2}(новини|новости)|новини про|новости про|не зачепило|не задело|по телевізору|по телевизору|по телику|v novynah|v novostyah|живі-здорові|живы-здоровы|все живі|все живы|всі цілі|vsi cili|(з|с) (нею|ним|ними|ней|ним) все (добре|хорошо|гаразд)|(все|всё) (налагодилось|наладилось)|на кінець місяця|в конце месяца|через (місяць|месяц|тиждень|неделю)/u;

type CompiledCue = [CrisisFlag, RegExp, RegExp?];
const compile = (list: Cue[], flags: string): CompiledCue[] =>
  list.map(([flag, src, requires]) => [flag, new RegExp(`(?<![\\p{L}'])(?:${src})(?![\\p{L}])`, flags), requires ? new RegExp(requires, 'iu') : undefined]);
const CYRILLIC_RES = compile(CYRILLIC, 'giu');
const TRANSLIT_RES = compile(TRANSLIT, 'giu');
const HAS_CYRILLIC = /[\u0400-\u04FF]/;

export interface ForeignHit {
  flag: CrisisFlag;
  evidence: string;
}

/** One language's cues and the guards that cancel them. */
interface Language {
  cues: CompiledCue[];
  /** A negation just before the cue (the few characters before it). */
  neg: RegExp;
  /** A negation right after the cue. */
  negAfter?: RegExp;
  /** A cue that itself begins with a negation ("не хочу жити", "nowhere to sleep") is not cancelled by one. */
  negatedCue: RegExp;
  pastBefore: RegExp;
  /** A clear time marker anywhere earlier in the cue's clause. */
  pastInClause?: RegExp;
  /** A past marker right after the cue ("had a stroke two years ago"). */
  pastAfter?: RegExp;
  settled: RegExp;
}

// "Повінь у 2024 залила сусіда": a year or "a year ago" just after the cue.
const PAST_AFTER = /^[^\p{L}]*(?:[\p{L}0-9]+[^\p{L}0-9]+){0,5}((у|в) (19|20)[0-9][0-9]|(минулого|прошлого) (року|года)|(на )?(прошлой|минулого|минулому) (неделе|тижня|тижні)|(рік|год|роки|года|років|лет|місяць|місяці|місяців|месяц|месяца|месяцев|тиждень|тижні|неделю|недели) (тому|назад)|(rokiv|roky|rik|let|goda|god|misiac\w*|mesiac\w*|mesjac\w*) (tomu|nazad))/u;
// Clear time markers count anywhere earlier in the cue's clause ("Минулого року в нас у підвалі затопило"),
// the copulas of PAST_BEFORE only just before it ("він був п'яний і побив мене" is a report).
const PAST_IN_CLAUSE = /(?:^|[^\p{L}])(минулого|прошлого|колись|раніше|раньше|(років|роки|рік|лет|года|год) (тому|назад)|kolys|kolis|ranishe|ranshe|ranisze|davno|pislja|pislia|posle|(rokiv|roky|rik|let|goda) (tomu|nazad))(?![\p{L}])/u;
const UKR_RUS = { neg: NEG, negAfter: NEG_AFTER, negatedCue: /^(не|ne) /, pastBefore: PAST_BEFORE, pastInClause: PAST_IN_CLAUSE, pastAfter: PAST_AFTER, settled: SETTLED };
const CYRILLIC_LANG: Language = { cues: CYRILLIC_RES, ...UKR_RUS };
const TRANSLIT_LANG: Language = { cues: TRANSLIT_RES, ...UKR_RUS };
const ENGLISH_LANG: Language = {
  cues: compile(ENGLISH, 'giu'),
  neg: ENGLISH_NEG,
  negatedCue: /^(no|not|nowhere|nothing|nobody|don'?t|do not|haven'?t|have not|hasn'?t|has not|didn'?t|did not|can'?t|cannot|can not)(?![\p{L}])/u,
  pastBefore: ENGLISH_PAST_BEFORE,
  pastInClause: ENGLISH_PAST_IN_CLAUSE,
  pastAfter: ENGLISH_PAST_AFTER,
  settled: ENGLISH_SETTLED,
};

const SENTENCE_END = /[.!?\n]/;
const clauseStart = (src: string, at: number): number => {
  let a = at;
  while (a > 0 && !/[.!?\n,;:]/.test(src[a - 1])) a--;
  return a;
};
function sentenceAround(src: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(src[a - 1])) a--;
  let b = end;
  while (b < src.length && !SENTENCE_END.test(src[b])) b++;
  // A laughing face after the full stop still belongs to the sentence ("…zagavkaje vnochi 😄").
  return src.slice(a, Math.min(src.length, b + 4));
}
// Jokes, games, study topics, volunteering, alarms and moving away, in the cue's sentence: "Пишу реферат
// про домашнє насильство", "це в них така гра", "Прощавайте, я переїжджаю до Гданська".
const CYRILLIC_NOT_REPORT = /(?<![\p{L}])(ха-?ха\p{L}*|хах\p{L}*|жарт\p{L}*|шучу|шутка|граються|играются|(така|це така|это такая) (гра|игра)|реферат|курсов\p{L}*|диплом\p{L}*|статистик\p{L}*|досліджен\p{L}*|исследован\p{L}*|брошур\p{L}*|листівк\p{L}*|фільм\p{L}*|фильм\p{L}*|проєкт\p{L}*|проект\p{L}*|матеріал\p{L}*|материал\p{L}*|гаряч\p{L}* лін\p{L}*|горяч\p{L}* лини\p{L}*|процедур\p{L}*|волонтер\p{L}*|volonter\p{L}*|допомагати (голодним|бездомним|потерпілим)|помогать (голодным|бездомным|пострадавшим)|сигналізаці\p{L}*|сигнализаци\p{L}*|аврал|avral|тема|підгорі\p{L}*|подгор\p{L}*|переїжджа\p{L}*|переезжа\p{L}*|переїзд\p{L}*|переезд\p{L}*)(?![\p{L}])/u;
// Idioms that contain a cue; a hit overlapping one is no hit ("голодний як вовк", "вб'ю за каву", "з голоду не помираємо").
const CYRILLIC_IDIOMS = /(голодн\p{L}* (як|как) (вовк\p{L}*|вовченят\p{L}*|волк\p{L}*|волчат\p{L}*)|(вб'ю|убью) (за|цей|ця|це|этот|эту|это|этого|тебе)|(вб'є|убьет|убьёт|вбиває|убивает) (мене|меня)|(мене|меня) (вб'є|убьет|убьёт)|(з|с) голоду не (помираємо|помираем|пухнем|пухнемо)|не (помираємо|помираем) (з|с) голоду|(умираю|помираю) (з|с) голоду|не хочу жи(ти|ть) (в|у) (цьому|этом|этой|цій|такому|таком|тому|том))/gu;
// Jokes, idioms and topics named for study, in the cue's sentence.
const notAReport = (sentence: string): boolean => LAUGHING.test(sentence) || ENGLISH_JOKE.test(sentence) || ENGLISH_IDIOMS.test(sentence) || ENGLISH_INFO.test(sentence) || CYRILLIC_NOT_REPORT.test(sentence);

/** Crisis cues in Ukrainian/Russian (Cyrillic or Latin transliteration) and English, each with the words that matched. */
export function foreignCrisisHits(text: string): ForeignHit[] {
  const src = text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
  const hits: ForeignHit[] = [];
  const idioms = [...src.matchAll(CYRILLIC_IDIOMS)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const scan = (lang: Language) => {
    if (lang.settled.test(src)) return;
    for (const [flag, re, requires] of lang.cues) {
      if (requires && !requires.test(src)) continue;
      re.lastIndex = 0;
      for (const m of src.matchAll(re)) {
        const at = m.index ?? 0;
        if (!lang.negatedCue.test(m[0]) && lang.neg.test(src.slice(Math.max(0, at - 12), at))) continue;
        if (lang.pastBefore.test(src.slice(Math.max(0, at - 40), at))) continue;
        if (lang.pastInClause?.test(src.slice(clauseStart(src, at), at + m[0].length))) continue;
        if (lang.negAfter?.test(src.slice(at + m[0].length, at + m[0].length + 20))) continue;
        if (idioms.some(([a, b]) => at < b && at + m[0].length > a)) continue;
        if (lang.pastAfter?.test(src.slice(at + m[0].length, at + m[0].length + 40))) continue;
        if (notAReport(sentenceAround(src, at, at + m[0].length))) continue;
        hits.push({ flag, evidence: text.normalize('NFC').slice(at, at + m[0].length) });
      }
    }
  };
  if (HAS_CYRILLIC.test(src)) scan(CYRILLIC_LANG);
  scan(TRANSLIT_LANG);
  scan(ENGLISH_LANG);
  return hits;
}

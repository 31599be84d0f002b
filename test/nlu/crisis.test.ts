import { readFileSync } from 'fs';
import { join } from 'path';
import { crisisRules, crisisSuspicion, detectCrisis } from '../../nlu/crisis';
import { foreignCrisisHits } from '../../nlu/crisis/foreign';
import { CRISIS_HELDOUT_FILES, CRISIS_MODEL_PATH, CRISIS_ORDINARY_FILES, CRISIS_TRAIN_FILES, isCrisisBatch, serialiseCrisisModel, trainCrisisModel } from '../../nlu/crisis/model';
import type { CrisisFlag } from '../../nlu/types';

interface Line {
  text: string;
  flags: CrisisFlag[];
}
const SET: Line[] = readFileSync(join(__dirname, '../../nlu/data/crisis-test.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);
const crisis = SET.filter((l) => l.flags.length);
const calm = SET.filter((l) => !l.flags.length);

describe('crisis test set (nlu/data/crisis-test.jsonl)', () => {
  it('has ≥ 250 lines, ≥ 120 of them close-looking non-crisis', () => {
    expect(SET.length).toBeGreaterThanOrEqual(250);
    expect(calm.length).toBeGreaterThanOrEqual(120);
  });

  it('catches every crisis line with every expected flag (100% recall)', () => {
    const missed = crisis.filter((l) => {
      const r = detectCrisis(l.text);
      return !r.urgent || l.flags.some((f) => !r.flags.includes(f));
    });
    expect(missed.map((l) => `${l.flags.join(',')}: ${l.text} → ${detectCrisis(l.text).flags.join(',')}`)).toEqual([]);
  });

  it('raises at most 5% false alarms on non-crisis lines', () => {
    const alarms = calm.filter((l) => detectCrisis(l.text).urgent);
    if (alarms.length) console.warn(alarms.map((l) => `${l.text} → ${detectCrisis(l.text).evidence.join(' / ')}`).join('\n'));
    expect(alarms.length / calm.length).toBeLessThanOrEqual(0.05);
  });
});

describe('detectCrisis', () => {
  it.each<[string, CrisisFlag[]]>([
    ['mąż mnie nie bije, ale pije', []],
    ['nie bije już tylko grozi', ['violence']],
    ['sąsiadka krzyczy że ją bije', ['violence']],
    ['zgłaszam, że dzieci są same od dwóch dni', ['child_at_risk']],
    ['maz mnie pobil', ['violence']],
    ['ojciec bije dzieci', ['violence', 'child_at_risk']],
    ['boję się męża', ['violence']],
    ['on mnie dusi', ['violence']],
    ['grozi że mnie zabije', ['violence']],
    ['nie chce zyc', ['suicide_risk']],
    ['lepiej by było gdyby mnie nie było', ['suicide_risk']],
    ['samobujstwo', ['suicide_risk']],
    ['połknęłam tabletki', ['suicide_risk', 'health_emergency']],
    ['niemam gdzie spac', ['no_shelter']],
    ['eksmisja jutro', ['no_shelter']],
    ['od dwóch dni nic nie jadłam', ['no_food']],
    ['leży i nie oddycha', ['health_emergency']],
    ['dostała udaru teraz', ['health_emergency']],
    ['wichura zerwała dach', ['disaster']],
    ['mama po udarze potrzebuje opiekunki', []],
    ['opał na zimę', []],
    ['co to jest przemoc domowa', []],
    ['mieszkam na ulicy Polnej 5', []],
    ['grozi mi eksmisja', []],
    ['20 lat temu mąż mnie bił', []],
    ['powodzenia', []],
  ])('%s → %j', (text, flags) => {
    const r = detectCrisis(text);
    expect(r.flags).toEqual(flags);
    expect(r.urgent).toBe(flags.length > 0);
  });

  it('returns the triggering words as evidence, as written', () => {
    const r = detectCrisis('Mąż mnie POBIŁ wczoraj i nie mam gdzie spać');
    expect(r.evidence).toEqual(expect.arrayContaining(['POBIŁ', 'nie mam gdzie spać']));
  });

  it('handles empty input', () => {
    expect(detectCrisis('')).toEqual({ urgent: false, flags: [], evidence: [] });
  });
});

describe('crisisSuspicion (safety-question net under the alarm)', () => {
  it('every crisis line of the set gets the alarm or the question', () => {
    expect(crisis.filter((l) => !crisisSuspicion(l.text).suspect && !detectCrisis(l.text).urgent).map((l) => l.text)).toEqual([]);
  });
  it('asks on indirect wording that is not sure enough for the alarm', () => {
    for (const t of ['chyba już nie dam rady dociągnąć do jutra, przepraszam za wszystko', 'mąż zamknął się w garażu z samochodem na chodzie', 'muj maz mnie bje']) {
      expect(detectCrisis(t).urgent || crisisSuspicion(t).suspect).toBe(true);
    }
  });
  it('stays quiet on plain requests, garbage and emoji', () => {
    for (const t of ['w jakich godzinach jesteście otwarci', 'chcę złożyć wniosek o zasiłek stały', 'mam 79 lat', 'czy dzienny dom ma wolne miejsca', 'asdf qwerty', '😀😀']) {
      expect(crisisSuspicion(t)).toEqual({ suspect: false, cues: [] });
      expect(detectCrisis(t).urgent).toBe(false);
    }
  });
});

describe('crisis model and rules together (nlu/crisis.ts, nlu/crisis/model.ts)', () => {
  const read = (f: string): Line[] =>
    readFileSync(join(__dirname, '../../nlu/data', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Line);

  it('the committed model is what training on CRISIS_TRAIN_FILES produces (run `npm run train:nlu`)', () => {
    const rows = CRISIS_TRAIN_FILES.flatMap((f) => read(f).map((r) => ({ ...r, calibrates: isCrisisBatch(f) })));
    expect(serialiseCrisisModel(trainCrisisModel(rows))).toBe(readFileSync(CRISIS_MODEL_PATH, 'utf8'));
  });

  it('on the held-out batches (never trained on): urgent recall ≥ 95 % at ≤ 5 % false alarms; ≥ 98 % get the alarm or the question', () => {
    const rows = CRISIS_HELDOUT_FILES.flatMap(read);
    const pos = rows.filter((l) => l.flags.length);
    const calm = rows.filter((l) => !l.flags.length);
    expect(pos.length).toBeGreaterThanOrEqual(200);
    expect(pos.filter((l) => detectCrisis(l.text).urgent).length / pos.length).toBeGreaterThanOrEqual(0.95);
    expect(calm.filter((l) => detectCrisis(l.text).urgent).length / calm.length).toBeLessThanOrEqual(0.05);
    expect(pos.filter((l) => detectCrisis(l.text).urgent || crisisSuspicion(l.text).suspect).length / pos.length).toBeGreaterThanOrEqual(0.98);
  });

  it('ordinary traffic stays calm: ≤ 5 % false alarms on requests never trained on, ≤ 2 % on answers to the intake questions', () => {
    const ordinary = CRISIS_ORDINARY_FILES.flatMap(read).filter((l) => !l.flags.length);
    expect(ordinary.length).toBeGreaterThanOrEqual(300);
    expect(ordinary.filter((l) => detectCrisis(l.text).urgent).length / ordinary.length).toBeLessThanOrEqual(0.05);
    const answers = read('entities-test.jsonl');
    expect(answers.filter((l) => detectCrisis(l.text).urgent).length / answers.length).toBeLessThanOrEqual(0.02);
  });

  it('the model raises the alarm on indirect wording no rule covers, and names the flag', () => {
    const t = 'od trzech dni nie wychodzę z łóżka i myślę tylko o tym, żeby to się wreszcie skończyło na zawsze';
    expect(crisisRules(t).urgent).toBe(false);
    expect(detectCrisis(t)).toMatchObject({ urgent: true, flags: ['suicide_risk'] });
  });

  it('a crisis said at the end of a long benefits request still raises the alarm', () => {
    expect(detectCrisis('chcę złożyć wniosek o zasiłek celowy na opał, a mąż mnie bije')).toMatchObject({ urgent: true, flags: ['violence'] });
    expect(detectCrisis('dzien dobry dzwonie w sprawie zasilku okresowego bo stracilam prace i dwoje dzieci mam a jeszcze maz jak wypije to mnie bije').urgent).toBe(true);
  });

  it('a rule hit in clearly calm context is dropped: jokes, school projects, news, past and resolved events', () => {
    for (const t of [
      'zabiję się ze śmiechu, jak pani to opowiem',
      'mam projekt do szkoły o przemocy w rodzinie, gdzie znajdę statystyki',
      'czytałam w gazecie, że matka zostawiła dzieci same na tydzień, czy u was są asystenci rodziny',
      'zeszłej zimy spałem na dworcu, teraz mam pokój i pracę',
      'synek mi uciekł na placu zabaw, ale już się znalazł, dzwonię w sprawie przedszkola',
      'wyrzucili mnie z pracy, chcę się zarejestrować jako bezrobotny',
    ]) {
      expect(detectCrisis(t).urgent).toBe(false);
    }
  });

  it('short, direct messages stand whatever the model thinks; a veto still asks the safety question', () => {
    for (const t of ['syn zaginął', 'zaginal mi syn', 'odbiorę sobie życie', 'dusze sie', 'не хочу жити', 'дитина сама вдома', 'mąż mnie bije', 'nie mam gdzie spać dziś']) {
      expect(detectCrisis(t).urgent).toBe(true);
    }
    expect(crisisSuspicion('mam projekt do szkoły o przemocy w rodzinie, gdzie znajdę statystyki').suspect).toBe(true);
  });

  it('saying where the centre was found, or that another matter is settled, does not cancel a report', () => {
    for (const t of [
      'przeczytałam o was w internecie, mąż mnie dusi',
      'widziałam w telewizji numer, wyrzucił nas z domu',
      'mąż grozi mi na facebooku',
      'syn zaginął, napisałam na facebooku',
      'już jest dobrze z prądem ale nie mamy co jeść',
      'syn się odnalazł ale córka zaginęła',
    ]) {
      expect(detectCrisis(t).urgent).toBe(true);
    }
  });

  it('Ukrainian and Russian, in Cyrillic or Latin letters, raise the alarm; a negation, a past event or a settled matter does not', () => {
    for (const t of ['мама после инфаркта, нужен уход', 'у нас був потоп у ванній, вже все сухо', 'Я хочу оформити допомогу, рішення ухвалене судом', 'горит срок подачи документов']) {
      expect(detectCrisis(t).urgent).toBe(false);
    }
    expect(detectCrisis('чоловік б’є мене і дітей').flags).toEqual(expect.arrayContaining(['violence']));
    expect(detectCrisis('нам нема де ночувати, ми на вулиці з дитиною').flags).toContain('no_shelter');
    expect(detectCrisis('отцу плохо с сердцем, он без сознания').flags).toContain('health_emergency');
    expect(detectCrisis('cholovik mene b\'je').flags).toContain('violence');
    expect(detectCrisis('чоловік мене не б’є, просто питаю про допомогу на житло').urgent).toBe(false);
  });
});

describe('rules and guards for wording new authors used (round 4, batches l–ad; docs/nlu.md)', () => {
  it.each<[string, CrisisFlag]>([
    ['nie mam węgla, w mieszkaniu jest zero stopni, a mam 83 lata', 'disaster'],
    ['piec padł, dziadek sam w zimnym domu, na dworze minus dwanaście', 'disaster'],
    ['syczy butla z gazem i nie mogę zakręcić', 'disaster'],
    ['zalewa nam mieszkanie, mąż na wózku', 'disaster'],
    ['proszę szybko, mąż się dobija do drzwi', 'violence'],
    ['mama wzięła za dużo tabletek na serce i jest senna', 'health_emergency'],
    ['wypiłem i wziąłem leki, nie wiem ile', 'health_emergency'],
    ['pani z parteru ma 90 lat, w nocy był huk, a teraz cisza i nie otwiera', 'health_emergency'],
    ['babcia nie odbiera od wczoraj, a zawsze odbiera', 'health_emergency'],
    ['trzeci dzień na wodzie z kranu', 'no_food'],
    ['od kiedy wstrzymali zasiłek, żyję o samej herbacie', 'no_food'],
    ['ostatnio jadłem w czwartek', 'no_food'],
    ['dzieciak z bloku szuka jedzenia w śmietniku', 'no_food'],
    ['na parapecie na trzecim piętrze siedzi dziecko, okno otwarte', 'child_at_risk'],
    ['siostra ma 15 lat i pojechała z jakimś starszym facetem', 'child_at_risk'],
    ['wywalili mnie z chaty i co teraz', 'no_shelter'],
    ['na przystanku siedzi starszy pan, mówi że nie ma domu', 'no_shelter'],
    ['ja i syn nie jemy od wczoraj', 'no_food'],
    ['nie mam za co zjeść dzisiaj', 'no_food'],
    ['dziecko wypadło z okna', 'health_emergency'],
    ['tata ma cukrzycę i nie kontaktuje', 'health_emergency'],
    ['mama po udarze sprzed roku, ale od pół godziny znowu mówi bełkotem', 'health_emergency'],
    ['dziadek z demencją wyszedł w nocy w kapciach i go nie ma', 'health_emergency'],
    ['zostaliśmy odcięci przez wodę, nie da się wyjechać', 'disaster'],
    ['zaspy po dach, nie możemy wyjść', 'disaster'],
    ['nie daję rady, chyba sobie coś zrobię', 'suicide_risk'],
    ['synek ma 6 lat i zostaje sam na noc, bo pracuję', 'child_at_risk'],
    ['babcia pilnowała wnuczki i nie wie gdzie jest dziecko', 'child_at_risk'],
    ['20 lat temu mąż mnie bił i znowu bije', 'violence'],
    ['nie chcę żyć w takim bólu', 'suicide_risk'],
    ['dzieci są głodne', 'no_food'],
    ['ojciec kopie mamę', 'violence'],
    ['zażyłem całą paczkę nasennych', 'suicide_risk'],
    ['odcięli nam prąd i ogrzewanie za długi, mróz na dworze', 'disaster'],
    ['uszkodzili rurę z gazem, syczy przy liczniku', 'disaster'],
    ['zapaliła się kuchenka, nie mogę ugasić', 'disaster'],
    ['prawa ręka mi nie działa i dziwnie mówię', 'health_emergency'],
    ['były łazi za mną codziennie pod pracę', 'violence'],
    ['karetka szybko', 'health_emergency'],
    ['mam w autobusie chłopca, może osiem lat, jest sam i nie wie gdzie mieszka', 'child_at_risk'],
  ])('%s → %s', (text, flag) => {
    expect(crisisRules(text).flags).toContain(flag);
  });

  it.each([
    'nie mam węgla, a mrozy mają być dopiero w styczniu',
    'zamarzam w tym biurze, kiedy przyjmuje pani z działu świadczeń',
    'bije się z myślami, czy oddać mamę do DPS',
    'teściowa ciągle grozi, że mnie wydziedziczy',
    'mieszkam w samochodzie, to znaczy w kamperze, podróżuję na emeryturze',
    'jestem bezdomny od lat, śpię w noclegowni, potrzebuję pomocy z dowodem',
    'proszę o wykaz noclegowni i ogrzewalni w powiecie',
    'syn w nocy nie wrócił, ale rano przyszedł, był u kolegi',
    'wczoraj pisałam, że nie mam co jeść, ale już dostałam paczkę',
    'mieszkanie po pożarze wyremontowane, dziękujemy',
    'czy przemoc ekonomiczna to przemoc w świetle ustawy',
    'jak się zakłada niebieską kartę',
    'mąż uderzył mnie raz, dziesięć lat temu, od tamtej pory spokój',
    'w tamtym roku dzwoniłam do was, bo mąż mi groził',
    'czytałam w gazecie o panu, który zamarzł w pustostanie',
    'miałam myśli samobójcze po porodzie, ale to było trzy lata temu',
    'po pożarze mieszkamy u szwagra od pół roku, chcemy mieszkanie socjalne',
    'na godzinie wychowawczej mieliśmy o przemocy, czy wyzywanie to przemoc? pytam ogólnie',
    'normalnie się zabiję, jak znowu zgubię ten PIT',
    '"Pali się" u nas tylko grill 😂, pytam o dopłatę do prądu',
    'czy osoba bezdomna może się zameldować w noclegowni?',
    'syn ma trzydzieści lat, co z nim będzie, jak mnie zabraknie, chcę to załatwić zawczasu',
    'brat wychodzi z więzienia za dwa miesiące i nie będzie miał gdzie mieszkać',
    'kto może założyć Niebieską Kartę?',
    'chcę zamknąć Niebieską Kartę, teraz mamy spokój',
    'wczoraj pisałem, że nie mam gdzie spać, ale kumpel mnie przygarnął',
    'zrobię sobie herbatę i wypełnię wniosek',
    'dzieci głodne nie są, ale chcę je zapisać na obiady w szkole',
    'pozar byl u nas w bloku dwa lata temu i wtedy dostalismy pomoc teraz chcialam zapytac czy znowu mozna cos na remont',
    'jak był ten wybuch gazu na naszej ulicy, dostaliśmy pomoc, teraz pytam o odbudowę',
    'mieszkanie po mamie stoi puste, czy gmina może je dać komuś, kto nie ma gdzie mieszkać',
    'nie chce mi się żyć w tym kraju z tymi cenami, ile wynosi kryterium dochodowe',
    'babcia mówi, że nie chce żyć w tym bloku bez windy',
    'padam z głodu haha, a tak serio, w jakich godzinach przyjmujecie',
    'tydzień temu zgłaszałam, że córka nie wróciła na noc, już jest w domu',
    'wczoraj był pożar sadzy w kominie, straż ugasiła i wszystko jest w porządku',
    'zgubiłam decyzję o zasiłku, czy mogę dostać kopię',
    'ojciec pije i robi awantury, ale nie jest agresywny fizycznie',
    'zalało nam trochę piwnicę po deszczu, nic ważnego, czy gmina wypożycza osuszacze',
    'dzieci wracają ze szkoły głodne jak wilki, czy jest dofinansowanie do obiadów',
    'po wczorajszym pożarze stodoły rodzina jest już u krewnych, jak złożyć wniosek na odbudowę',
    'drewno mokre i ledwo się pali w piecu, czy dacie dopłatę do węgla',
    'bije mnie ciekawość, ile się czeka na miejsce w DPS',
    'śpię w samochodzie, ale w kabinie tira, bo jestem kierowcą',
    'syn uciekł z domu w zeszły weekend, wrócił po dwóch dniach i jest cały',
    'zalało nam piwnicę w lipcu, ubezpieczyciel nie wypłacił',
    'były leje na dzieci i nie płaci alimentów',
    'jestem strażakiem, czy współpracujecie przy pomocy pogorzelcom',
    'czy krzyczenie na dziecko to już przemoc?',
    'nie jem nic od rana, bo idę na badanie krwi',
    'dziecko nie je od dwóch dni, bo ma anginę, lekarz był',
    'wczoraj pisałam, że nie mam gdzie spać, ale siostra przyjęła mnie do siebie',
    'ten pan, co spał w altanie, poszedł już do noclegowni',
    'po porodzie miałam myśli samobójcze, ale od roku się leczę i jest dobrze',
    'córka krzyczy, że zabije brata za ładowarkę 🙄',
  ])('stays calm: %s', (text) => {
    expect(crisisRules(text).urgent).toBe(false);
  });
});

describe('rules and guards for wording new authors used (round 5, batches ag–ar; docs/nlu.md)', () => {
  it.each<[string, CrisisFlag]>([
    ['pali się', 'disaster'],
    ['u nas się pali, pomocy', 'disaster'],
    ['gaz czuć', 'disaster'],
    ['gazem śmierdzi na całej klatce', 'disaster'],
    ['dach zerwało', 'disaster'],
    ['w domu mróz, piec pęknięty', 'disaster'],
    ['w mieszkaniu 8 stopni, na dworze minus dziesięć', 'disaster'],
    ['dostałam w twarz ale już się uspokoił. chyba. nie wiem co robić', 'violence'],
    ['nie mogę długo pisać bo zaraz wraca', 'violence'],
    ['sprawdza mi telefon i nie pozwala dzwonić do mamy', 'violence'],
    ['kolega pisze, że bierze wszystko co ma i idzie spać na zawsze', 'suicide_risk'],
    ['oddaję wszystkie swoje rzeczy, mnie już nic nie będzie potrzebne', 'suicide_risk'],
    ['dzwonie bo chcialem oddac swoje rzeczy meble telewizor wszystko mi juz nie bedzie potrzebne niedlugo', 'suicide_risk'],
    ['przekażcie pani Ani, że to nie jej wina, co się stanie', 'suicide_risk'],
    ['ja już nie chcę tej opieki proszę pani, nie chcę niczego, chcę tylko już nie być', 'suicide_risk'],
    ['nie dam rady juz, jutro mnie nie bedzie, wszystko przygotowane', 'suicide_risk'],
    ['Wszystko rozdałam, mieszkanie zostawię czyste. Proszę tylko, żeby kot trafił do dobrych ludzi.', 'suicide_risk'],
    ['Dziś mija termin opróżnienia lokalu, komornik będzie o 12, mąż leży po udarze w łóżku.', 'no_shelter'],
    ['przemoc nie ma końca, bije codziennie', 'violence'],
    ['mąż mnie bije, gdyby nie sąsiadka już bym nie żyła', 'violence'],
    ['rozmawiałam z mamą przez telefon i nagle przestała odpowiadać, słychać tylko jakby upadła', 'health_emergency'],
    ['w starej kamienicy zapadły się schody na klatce, ludzie z góry nie mogą wyjść', 'disaster'],
    ['mam zylety schowane w piornniku. chyba wieczorem uzyje', 'suicide_risk'],
    ['na imprezie ktos mi cos dosypal do drinka, obudzilam sie u obcego typa bez ubrania', 'violence'],
    ['kuzynka ma 14 lat i mieszka u 25letniego chlopaka', 'child_at_risk'],
    ['nie mam gdzie spać, jak nie mam gdzie spać to gdzie iść?', 'no_shelter'],
    ['mąż mnie bije, niebieska karta jest założona, ale nie mieszkamy razem dopiero od wczoraj i on przychodzi', 'violence'],
  ])('%s → %s', (text, flag) => {
    expect(crisisRules(text).flags).toContain(flag);
  });

  it.each<[string, CrisisFlag]>([
    ['Мене сьогодні виставили з пункту колективного проживання, я з онуком, нам нема куди йти', 'no_shelter'],
    ['menja vygnali segodnja iz obshchagi, ya beremennaja, nochevat negde', 'no_shelter'],
    ['три дні не їв, сплю в парку біля вокзалу', 'no_food'],
    ['doma net edy sovsem, troe detej', 'no_food'],
    ['mama zalyshyla malu odnu i pishla pyty, mala 3 roky', 'child_at_risk'],
    ['В будинку запах диму, датчик пищить, дідусь лежачий', 'disaster'],
    ['хазяйка вимкнула опалення через борг, надворі мінус, у сина кашель', 'disaster'],
  ])('Ukrainian/Russian: %s → %s', (text, flag) => {
    expect(detectCrisis(text).flags).toContain(flag);
  });

  it.each([
    'kaloryfery ledwo letnie, w pokoju 19 stopni, mąż marudzi. czy jest dofinansowanie do wymiany pieca?',
    'mam pożar w portfelu po opłatach, jest jakiś dodatek mieszkaniowy?',
    'jak byłem młody to spałem po dworcach, teraz mam 60 lat i własne mieszkanie, chcę oddać ubrania',
    'ostatni raz piszę w tej sprawie, decyzja przyszła, dziękuję',
    'jestem wolontariuszem, gdzie najbliższa noclegownia? chcemy zawieźć śpiwory',
    'byłam ofiarą przemocy, rozwiedliśmy się pięć lat temu. potrzebuję zaświadczenia do sądu',
    'głodu nie mamy, jedzenie jest, ale brakuje na leki dla męża',
    'padam z głodu po całym dniu w pracy, o której jutro otwieracie?',
    'syn ma czternaście lat, chodzi na trening i jest głodny jak wraca, są obiady w szkole dofinansowane?',
    'wnuczka mówi, że nie ma co jeść w domu, bo wszystko nudne, i wybrzydza',
    'mąż mówi, że mnie zastrzeli spojrzeniem ha ha, ale ja w sprawie zajęć dla dzieci',
    'żona mówi, że mnie udusi, jak znowu zapomnę złożyć te papiery',
    'kolega mówił, że chce się zabić, ale okazało się, że chodziło o grę komputerową',
    'w szkole syna był pożar kosza w łazience, nic się nikomu nie stało, ale dzieci są przestraszone',
    'mieszkam z teściową i się kłócimy, ale żadnej przemocy nie ma, po prostu ciasno',
    "cholovik ne p'ye i ne bje, prosto vin bez roboty",
    'oddam wózek i ubranka, dziecku już nie będą potrzebne, wyrosło',
    'Zastanawiam się, co by się stało, gdyby mama zasłabła w nocy, a ja w pracy – czy jest jakaś teleopieka?',
    'Co by było, gdyby w bloku wybuchł pożar – czy gmina daje lokal zastępczy?',
    'gdyby nie sąsiadka, spałabym na dworcu, a tak śpię u niej',
    'mieszkam w przyczepie na dzialce od lata, jest prad i piecyk, pytam o meldunek',
    'Babcia mówi, że chce umrzeć we własnym łóżku, a nie w szpitalu. Ma 94 lata.',
    'Gdybym zgłosiła, że były mąż nie płaci alimentów, czy to podlega pod Niebieską Kartę?',
    'Z mężem nie mieszkam od 3 lat, rozwód był, przemocy już nie ma. Potrzebuję zaświadczenia.',
    'sasiad grozi ze mnie poda do sadu o miedze',
    'Miałam myśli samobójcze jako nastolatka, teraz mam 35 lat i jest dobrze',
    'jutro mnie nie będzie w pracy, proszę dzwonić w piątek',
    'rozdałam wszystko po mamie, zostały tylko meble',
    'nie chcę być sama w święta',
    'w zeszłym roku mąż mnie uderzył, założyliśmy niebieską kartę, od pół roku nie mieszkamy razem i jest spokój. Potrzebuję zaświadczenia do sądu',
    'Mój sąsiad opowiadał, że jak był mały, to ojciec go bił, teraz sam jest ojcem i pyta o szkołę dla rodziców',
    'kolezanka mowi ze jak nie ma gdzie spac to mozna pisac tutaj. ja mam gdzie, pytam dla wiedzy',
    'kupiłem żyletki do golenia, ile kosztuje zasiłek',
  ])('stays calm: %s', (text) => {
    expect(crisisRules(text).urgent).toBe(false);
  });
});

describe('English, Ukrainian and Russian cues (nlu/crisis/english.ts, nlu/crisis/foreign.ts)', () => {
  it.each<[string, CrisisFlag]>([
    ["Haven't eaten for 3 days, my stipend is blocked by bank, I'm dizzy", 'no_food'],
    ["I don't want to live anymore. Nobody would notice if I'm gone", 'suicide_risk'],
    ['smell of gas very strong in our building, in the hallway, what to do', 'disaster'],
    ['the kids next door are alone since yesterday, two small ones, crying', 'child_at_risk'],
    ['fire in our hostel kitchen!!! everyone outside, smoke everywhere', 'disaster'],
    ['I saved up sleeping pills. Tonight I will take them all. Sorry for bothering', 'suicide_risk'],
    ['I can see from my window neighbour beating small boy with a belt', 'violence'],
    ['Tell my sister I love her. I am tired, this is the end.', 'suicide_risk'],
    ["I've been cutting myself for a month, today it's deeper and bleeding won't stop", 'health_emergency'],
    ['sleeping on bench second night, came from Georgia for work but firm does not exist', 'no_shelter'],
    ['toddler alone on balcony 4th floor, climbing the railing, nobody answers door', 'child_at_risk'],
    ['no heating for a week and it is minus ten, my baby is coughing', 'disaster'],
    ['my husband locks me in the flat when he goes to work, takes my documents', 'violence'],
    ['i have the rope ready. i just want someone to know my name', 'suicide_risk'],
    ['Not eating for 2 days because all money went for rent. Baby milk also finished.', 'no_food'],
    ['my baby is 7 months and has 40.2 fever and is very sleepy', 'health_emergency'],
    ['Water coming through the ceiling and the ceiling is bending down, I think it will fall', 'disaster'],
    ['Smoke coming from the flat downstairs, the alarm is beeping, nobody opens the door', 'disaster'],
    ['My son (3) drank something from the cleaning bottle, he is coughing', 'health_emergency'],
    ['Our heating broke and there is ice on the inside of the windows, grandma is shivering', 'disaster'],
    ["Синові 8 місяців, температура 40,3, млявий, не п'є", 'health_emergency'],
    ["he didnt hit me this time, just smashed the door and held a knife near my face", 'violence'],
    ['my boyfriend choked me last night. I am ok I think, he is at work now. I don\'t know what to do', 'violence'],
    ['my friend texted me "thank you for everything, sorry" and switched off her phone', 'suicide_risk'],
    ['every night I pray I won\'t wake up', 'suicide_risk'],
    ['hi is there any place for man to sleep tonight in wroclaw, the hostel is full', 'no_shelter'],
    ['no food no money, baby formula ran out this morning', 'no_food'],
    ['colleague collapsed at the warehouse, not responding, someone is doing CPR', 'health_emergency'],
    ['my 14yo daughter hasn\'t come home since yesterday, she left with a much older man', 'child_at_risk'],
    ['Газ відключили за борги, малому рочок, в квартирі 10 градусів, він весь холодний', 'disaster'],
    ['отдала все вещи сестре. Кошку пристроила. Так будет лучше для всех', 'suicide_risk'],
    ['Сосед упал с лестницы, не двигается, из головы кровь', 'health_emergency'],
    ['pomogite, ya v parke nochuyu uzhe 3 dnya, deneg net', 'no_shelter'],
    ['my bez jidy tretij den, ja vagitna', 'no_food'],
    ['в контенері де живемо запалився фарелек, все в диму', 'disaster'],
    ['He forces me to have sex when I say no. Every week.', 'violence'],
    ['How do you cover bruises on the neck so people at work dont ask?', 'violence'],
    ["he said next time he'll use the hammer. he means it", 'violence'],
    ['i not want live anymore. nobody help me here', 'suicide_risk'],
    ["Where can I donate all my clothes and furniture? I won't need any of it after Friday.", 'suicide_risk'],
    ['Please is there a night shelter for women in Gdańsk? I am outside now and it is cold', 'no_shelter'],
    ['tonight he is on the street in Łódź without money', 'no_shelter'],
    ["Can I sleep in your waiting room tonight? I'll be quiet, I promise.", 'no_shelter'],
    ["I've been eating from the bins behind Lidl for a week", 'no_food'],
    ['the wall socket is smoking and smells burnt', 'disaster'],
    ['в нас вже з позавчора нічого, діти на воді і сухарях', 'no_food'],
    ['Чоловік зараз лежить на підлозі і не відповідає', 'health_emergency'],
    ['дочка 3 роки випила рідину для миття посуду', 'health_emergency'],
    ['вкусила оса, набрякає горло і важко дихати', 'health_emergency'],
    ['парень выгнал меня, сижу в парке на лавочке, уже темно', 'no_shelter'],
    ['Діти 8 і 10 років зараз самі', 'child_at_risk'],
    ['Нікому не кажіть, але в мене в шухляді мотузка', 'suicide_risk'],
    ['Хочу успеть до конца недели, потом мне уже ничего не понадобится', 'suicide_risk'],
    ['i want die', 'suicide_risk'],
    ["Hi, just wanted to say goodbye, I'm going to be with my mum soon. Sorry for all the paperwork", 'suicide_risk'],
    ['my husband said he will burn me if I talk with social worker again', 'violence'],
    ["colleague cut his hand on the machine, lot of blood, the manager says don't call ambulance", 'health_emergency'],
    ['fridge empty cupboard empty 2 zl on card. what can i do today', 'no_food'],
    ['need bed tonight', 'no_shelter'],
    ['is there a way to donate my body to science? i wont need it after this week', 'suicide_risk'],
    ['my son 3 years swallowed a small battery 10 minutes ago', 'health_emergency'],
    ['allergic reaction throat closing epipen expired', 'health_emergency'],
    ['Я накопила таблетки, много. Просто хочу чтобы кто-то знал.', 'suicide_risk'],
    ['malyshka odna doma, mat ushla pit, ja slyshu kak ona krichit uzhe 3 chasa', 'child_at_risk'],
    ['коллега упал с высоты, плохо дышит, шеф говорит не звонить в скорую', 'health_emergency'],
    ["Мені 14. Мама п'є третій тиждень, їжі нема", 'no_food'],
    ['Підкажіть, яка доза снодійного смертельна? мені вже все одно', 'suicide_risk'],
    ['Хочу до сина. Він загинув під Бахмутом. Скоро буду з ним.', 'suicide_risk'],
    ['Старший син вийшов з дому з ножем, каже що піде вбивати батька', 'violence'],
    ['помираю з голоду, три дні не їв, сплю на вокзалі', 'no_shelter'],
    ['він був п\'яний і побив мене', 'violence'],
    ['дитина сама вдома вже другий день', 'child_at_risk'],
    ['Бывший следит за мной, ждёт у работы, пишет что мне не жить', 'violence'],
  ])('%s → %s', (text, flag) => {
    expect(detectCrisis(text).flags).toContain(flag);
  });

  it.each([
    'my mother had a stroke two years ago, she needs a carer',
    "I'm dying to know when my residence card is ready",
    'this queue is killing me',
    'I want to help homeless people with food',
    'I was fired from my job, can I get benefits?',
    'we never hit our children, the school asked about it',
    'my husband used to be violent but we divorced, the case is closed',
    "I'm starving lol, the lunch break at work is so short",
    'I watched on the news about the flood in south Poland. Do you collect clothes donations?',
    'My washing machine flooded the bathroom a bit, all cleaned up now. Does MOPS help with a new one?',
    "Сусід каже, що вб'є свого пса, якщо той ще раз загавкає вночі 😄 А серйозно — куди скаржитись на шум?",
    'that form nearly gave me a stroke, 14 pages. can I submit it online?',
    'nobody is hurting me, I just want to know how Niebieska Karta works in general',
    'the fire alarm went off but it was only my toast. nothing happened',
    'we had a fire in the flat in March, everyone was ok, insurance paid part',
    'saw on TVN24 there is flooding in the south, are you collecting donations?',
    "It's not like we're starving, but money is tight. Could I get a food voucher?",
    'Після загибелі чоловіка в мене були думки про самогубство, але я пройшла терапію і зараз все стабільно',
    'Десять лет назад пыталась покончить с собой, сейчас всё хорошо',
    'вчора по телевізору казали про повінь на півдні, а в нас всьо сухо',
    'córka miała temperaturę 39, byliśmy u lekarza, jest lepiej',
    'The storm yesterday was crazy, a tree fell on the street but our house is fine. Can OPS help with a new fridge?',
    'Do you have leaflets about domestic violence help in Ukrainian and English? I work at a language school',
    'Flood of paperwork again! Which forms do I need for zasiłek celowy?',
    'The fire alarm in our building was tested today, very loud, the kids were scared but all ok.',
    "Hello, I'm writing my master's thesis on domestic violence services for migrant women in Poland.",
    'If someone is thrown out of their flat, what does the procedure look like? I am a student of social work',
    'Смотрела новости про пожар в Ровно, ужас. У меня вопрос: когда будут давать опал на зиму?',
    'Повінь у 2024 залила нашого сусіда в Клодзку, нас тоді не зачепило.',
    "I'm starving, just finished 12 hour shift. Anyway, do foreigners qualify for zasiłek okresowy?",
    "For my social work degree I'm writing about how MOPS handles domestic violence cases.",
    'In 2022 I went through a very hard time and had thoughts of suicide, now I am really fine.',
    'the kids sleep at grandma tonight, can I come to the office tomorrow?',
    'Пишу курсову про насильство в сім\'ї, чи є у вас статистика?',
    'По новинах показували пожежу в сусідньому місті, чи збираєте речі?',
    'Минулого року в нас у підвалі затопило, чи можна ще раз подати на ремонт?',
    'Хочу волонтерити, допомагати голодним і бездомним у вашому місті',
    'Упала с лестницы на прошлой неделе, сломала руку, уже в гипсе. Нужна помощь по дому',
    'голодний як вовк після зміни, хотів спитати до котрої ви працюєте',
    'убью за кофе, сижу в очереди второй час',
    'з голоду не помираємо, але на ліки для мами грошей не вистачає',
    'дитина не сама вдома, з бабусею. я питаю про продовжену групу',
    'нет, насилия нет, просто тяжело морально после переезда',
    'думки про самогубство у мене були три роки тому, зараз стабільно',
    'Я будівельник, впав з драбини місяць тому, нога в гіпсі',
    'kolis davno ja chotila pokinchyty z soboju, teper vse dobre',
    'Прощавайте, я переїжджаю до Гданська 🙂 Як перенести мою справу?',
    'Онук каже друзям «я тебе вб\'ю», це в них така гра',
  ])('stays calm on the foreign cues: %s', (text) => {
    expect(foreignCrisisHits(text)).toEqual([]);
  });
});

describe('Ukrainian and Russian typed in Latin letters, English- and Polish-style spellings', () => {
  it.each<[string, CrisisFlag]>([
    ['ne choczu żyty, wse wtratyła', 'suicide_risk'],
    ['ne khochu bilshe zhyty', 'suicide_risk'],
    ['kolega skazaw szczo povisytsia', 'suicide_risk'],
    ['ne maju de spaty i shcho jisty', 'no_shelter'],
    ['ja nie mam kuda iti, sidżu na wokzale', 'no_shelter'],
    ['syn 14 let propal, ne prishol iz shkoly', 'child_at_risk'],
    ['on menia iznasiloval vchera', 'violence'],
    ['zamerz chelovek u garazhej, ele dyshit', 'health_emergency'],
    ['krysha obvalilas posle buri', 'disaster'],
  ])('%s → %s', (text, flag) => {
    expect(detectCrisis(text).flags).toContain(flag);
  });

  it('a negation or a settled matter still cancels', () => {
    expect(crisisRules('ja ne choczu nikomu zaważaty, pytaju pro kursy').urgent).toBe(false);
  });
});

describe('answers about the person who needs care', () => {
  it('a bedridden parent is a care request, not an emergency; a fall now is', () => {
    for (const t of ['Tata ma 83 lata i od miesięcy nie wstaje z łóżka', 'babcia jest obłożnie chora, leży', 'teść nie wychodzi z łóżka, ma 89 lat']) {
      expect(detectCrisis(t).urgent).toBe(false);
    }
    for (const t of ['mama upadła i nie wstaje', 'babcia leży na podłodze od rana i nie może wstać', 'dziadek przewrócił się w łazience, nie może się podnieść']) {
      expect(detectCrisis(t)).toMatchObject({ urgent: true, flags: expect.arrayContaining(['health_emergency']) });
    }
  });
});

describe('short answers', () => {
  it('one to three words raise the alarm alone only when the model is sure; rules still do', () => {
    for (const t of ['mnie samej', 'mnie samego', 'dotyczy mnie', 'siebie']) expect(detectCrisis(t).urgent).toBe(false);
    for (const t of ['pocięłam się', 'mąż bije', 'chcę umrzeć', 'nie mam gdzie spać']) expect(detectCrisis(t).urgent).toBe(true);
  });
});

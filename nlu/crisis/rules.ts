import type { CrisisFlag } from '../types';

/**
 * Crisis cues in plain folded Polish (no diacritics), matched on word boundaries of the match key
 * (see key.ts: ch→h, rz→z, u→o and doubled letters are merged on both sides). `\w*` stands for any
 * inflectional ending. Kinds decide which guards apply to a hit:
 * - `act`: a statement of something happening; cancelled by a negation just before it ("nie bije")
 *   or by a clear past marker in its clause ("20 lat temu mnie bił").
 * - `fixed`: the cue carries its own negation ("nie mam gdzie spać"); only past markers cancel it.
 * - `topic`: a noun that may just name a topic ("przemoc", "samobójstwo"); also cancelled when the
 *   clause is asking for information or training rather than reporting.
 * Recall comes first: when in doubt a cue stays in.
 */
export type RuleKind = 'act' | 'fixed' | 'topic';
export interface Rule {
  flag: CrisisFlag;
  kind: RuleKind;
  src: string;
  /** The hit is dropped when this matches anywhere in the utterance. */
  unless?: string;
}

// "na ulicy" as homelessness, not as part of an address ("mieszkam na ulicy Polnej 5").
const ULICY = 'ulicy(?!( [a-z]+){0,2} [0-9]| [a-z]*(skiej|ckiej|dzkiej|nej|wej|lej|ego|icza|wicza|ki|iej|owej))';
const KIDS_SUBJ = '(dzieci|dziecko|dzieciaki|maluchy|maluch|niemowle|noworodek|syn|synek|corka|coreczka|wnuk|wnuczka|wnuki|rodzenstwo|mlodsze rodzenstwo|dziewczynka|chlopiec|chlopczyk)';
const ALONE_AFTER = '( w domu| w mieszkaniu| od| bez| cal\\w*| na noc| zamkniet\\w*| a (matka|ojciec|mama|tata|rodzice)| bo| i plac\\w*| zostaly| przez| do rana| po nocach| caly| calymi|$)';

const KIDS = '(dzieci|dziecko|dziecka|dzieciom|dziecmi|dzieciaki|dzieciakow|maluchy|maluch|malucha|niemowle|niemowlaka|noworodk\\w*|syna|synka|synek|corke|coreczke|corka|coreczka|wnuk\\w*|wnucz\\w*|malego|mala|mloda|mlodego|nastolat\\w*|pasierb\\w*)';

export const RULES: Rule[] = [
  // ---------------------------------------------------------------- violence
  { flag: 'violence', kind: 'act', src: '(bije|bija|bije|bic mnie|bil|bila|bili|pobil\\w*|pobije|pobija|zbil\\w*|zbije|zbija|tlucze|tlukl\\w*|leje mnie|leje ja|leje nas|lal mnie|spral\\w*|sprac|skatowal\\w*|katuje|katowal\\w*|maltretuj\\w*|maltretowal\\w*|tarmosi|lomot\\w*)' },
  { flag: 'violence', kind: 'act', src: '(uderz\\w*|walnal|walnela|walnie|walil\\w*|wali mnie|wali ja|przywalil\\w*|trzasnal mnie|zdzielil\\w*)( (mnie|ja|jego|go|nas|mame|zone|corke|syna|dziecko|dzieci|w twarz|w glowe|piescia|reka|pasem|kablem|paskiem))' },
  { flag: 'violence', kind: 'act', src: '(szarp\\w*|popych\\w*|popchnal\\w*|pchnal\\w*|kopie|kopnal\\w*|kopal\\w*|kopia|dusi mnie|dusi ja|dusil\\w*|podduszal\\w*|poddusil\\w*|policzk\\w*|spoliczkowal\\w*|ciagnie mnie za wlosy|ciagnal mnie za wlosy|ciagal za wlosy|wykrecil\\w* mi|wykreca mi|przypalal\\w*|przypala|gwalc\\w*|zgwalcil\\w*|molest\\w*|wykorzystuje seksualnie|wykorzystywal\\w* seksualnie|zmusza mnie do (seksu|wspolzycia)|rzuca (we mnie|mna|w nas)|rzucil (we mnie|mna|sie na mnie)|rzucila sie na mnie|rzucil sie z nozem|z nozem|z siekiera|noz na mnie|noz do gardla)' },
  { flag: 'violence', kind: 'act', src: '(grozi|grozil\\w*|grozila|grozby|grozba)(?! (mi |nam |jej |mu |im )?(eksmisj|otrat|odciec|odlaczen|kar|komornik|wyrzocen|wylaczen|bezdomn|licytacj|zadloz|sprzedaz|zamkniec|zwolnien|choroba|niebezpieczen|zawalen))|(groz\\w* smiercia|straszy|straszyl\\w*|zastrasz\\w*|zabije (mnie|nas|ja|cie|was|dzieci|corke|syna|mame)|zabic (mnie|nas|ja|dzieci)|zabije jak|poderznie|podpali (mnie|nas|dom|mieszkanie)|wykonczy mnie|zatluc|zatlucze)' },
  { flag: 'violence', kind: 'act', src: '(zneca\\w*|znecal\\w*|znecanie|nekal\\w*|neka|nekaj\\w*|przesladuje|sledzi mnie|stalk\\w*|terroryzuje|terroryzowal\\w*|wyzywa mnie|wyzywa nas|wyzywa ja|poniza mnie|upokarza mnie|zamyka mnie|zamknal mnie|zamknela mnie|nie wypuszcza mnie|nie pozwala mi wychodzic|odebral mi telefon|zabiera mi (pieniadze|cala|emeryture|rente)|zabral mi (pieniadze|emeryture|rente|dokumenty))' },
  { flag: 'violence', kind: 'act', src: '(boje sie|boimy sie|boje sie|boi sie) (meza|zony|partnera|partnerki|ojca|taty|syna|brata|konkubenta|bylego|go|jego|jej|jej meza|wrocic do domu|wracac do domu|o swoje zycie|o zycie|ze (mnie|nas|ja|go) (zabije|uderzy|pobije|skrzywdzi)|ze znowu)' },
  { flag: 'violence', kind: 'act', src: '(siniak\\w*|siniec|sincow|posiniacz\\w*|podbit\\w* oko|podbite oczy|limo|rozcieta warga|zlamal mi|polamal mi|zlamany nos|slady (pobicia|duszenia))' },
  { flag: 'violence', kind: 'act', src: '(robi awantur\\w*|awantur\\w* (w domu|co noc|codziennie|co dzien|po pijaku|po pijanemu)|pijany awanturuje|awanturuje sie|krzyk\\w* i (placz|plakanie)|wola o pomoc|wolala o pomoc|krzyczy o pomoc|krzyczala o pomoc|wola ratunku|wolala ratunku|krzyczy ratunku|krzyczala ratunku|krzyczy ze (ja|go|ich) bije)' },
  { flag: 'violence', kind: 'act', src: '(uciekl\\w* (od meza|od niego|od partnera|od konkubenta|z domu przed|przed mezem|przed nim|z dziecmi od)|wezwal\\w* policj\\w*|wezwac policje|dzwonil\\w* na policje|policja (przyjechala|przyjezdza|byla u nas|zabrala go|go zabrala)|zakaz zblizania|nakaz opuszczenia)' },
  { flag: 'violence', kind: 'topic', src: '(przemoc\\w*|niebiesk\\w* kart\\w*|ofiar\\w* przemocy|przemocow\\w*|krzywdzi mnie|krzywdzi nas|krzywdzi ja|krzywdzi dzieci|skrzywdzil\\w*)' },

  // ---------------------------------------------------------------- suicide_risk
  { flag: 'suicide_risk', kind: 'fixed', src: '(nie chce (juz )?(zyc|dalej zyc|tak zyc|byc na tym swiecie|istniec)|nie chce mi sie (juz )?zyc|odechcialo mi sie zyc|nie mam po co zyc|nie mam dla kogo zyc|nie ma (juz )?sensu (zyc|zycie|dalej|tego ciagnac)|nie widze sensu (zycia|zyc|dalej|w zyciu)|nie dam rady (dluzej )?(zyc|dalej)|nie chce sie obudzic|nie obudzic sie)' },
  { flag: 'suicide_risk', kind: 'act', src: '(chce umrzec|chcialabym umrzec|chcialbym umrzec|wolalabym umrzec|wolalbym umrzec|wole umrzec|chce zniknac|chcialabym zniknac|chce to (wszystko )?zakonczyc|chce (ze|z) soba skonczyc|skoncze (ze|z) soba|skonczyc (ze|z) soba|skonczyc z tym wszystkim|skoncze z tym wszystkim|odebrac sobie zycie|odbiore sobie zycie|odebral\\w* sobie zycie|targnac sie|targne sie|targnal\\w* sie|zycie nie ma sensu|mam dosc zycia|mam dosyc zycia|zmeczon\\w* zyciem|zasnac i sie nie obudzic|zasne i sie nie obudze|lepiej (by|bedzie|byloby) (bylo )?(gdyby|jakby|zeby|jak) mnie nie (bylo|bedzie)|lepiej (by|bedzie) (bylo )?beze mnie|beze mnie (bedzie|byloby) (wam )?lepiej|pozegnac sie ze wszystkimi|list pozegnaln\\w*|moja ostatnia noc|ostatni raz pisze|koniec ze mna|nie bedzie mnie (juz )?(jutro|wkrotce|niedlugo))' },
  { flag: 'suicide_risk', kind: 'act', src: '(sie (zabic|zabije|zabije|zabil|zabila|zabija|powiesic|powiesi|powiesze|powiesil\\w*|otruc|otruje|otrul\\w*|utopic|utopie|utopi|zastrzelic|zastrzele)|(zabic|zabije|zabije|zabija|powiesic|powiesi|powiesze|otruc|otruje|utopic|utopie|zastrzelic|zastrzele) sie|rzuc\\w* sie (pod pociag|pod samochod|z mostu|z okna|z dachu|z balkonu|z wiezowca|pod tramwaj)|skocze z (mostu|okna|dachu|balkonu|wiezowca)|skoczyc z (mostu|okna|dachu|balkonu)|podciac (sobie )?zyly|podetne sobie zyly|podcial\\w* sobie zyly|tnie sie|tne sie|cielam sie|ciela sie|samookalecz\\w*|okalecz\\w* sie)' },
  { flag: 'suicide_risk', kind: 'act', src: '(polknel\\w* (tabletki|tabletek|leki|lekow|proszki|proszkow|wszystkie|cale|garsc|opakowanie|cos)|nalykal\\w* (sie )?(tabletek|lekow|prochow|proszkow)|lyknel\\w* (tabletki|wszystkie)|wzial\\w* (cale|wszystkie) (opakowanie|tabletki|leki)|wypil\\w* (kret|plyn|truciz\\w*|srodek)|przedawkowal\\w*|zatrul\\w* sie)' },
  { flag: 'suicide_risk', kind: 'topic', src: '(samobojstw\\w*|samobojcz\\w*|samobojc\\w*|mysli samobojcze|suicyd\\w*)' },

  // ---------------------------------------------------------------- no_shelter
  { flag: 'no_shelter', kind: 'fixed', src: '(nie (mam|mamy|ma|maja) (gdzie|dokad|gdzie sie) (spac|mieszkac|nocowac|sie podziac|podziac|isc|pojsc|wrocic|przenocowac|sie zatrzymac|przespac)|nie mam dachu nad glowa|nie mamy dachu nad glowa|bez dachu nad glowa|nie mam gdzie sie podziac|nie mam domu|nie mamy domu)' },
  { flag: 'no_shelter', kind: 'act', src: '(wyrzucil\\w* (mnie|nas|ja|go|mi rzeczy)|wyrzuca (mnie|nas)|wyrzucon\\w* (z domu|z mieszkania|na bruk|na ulice)|wygonil\\w* (mnie|nas)|wygania (mnie|nas)|wywalil\\w* (mnie|nas)|kazal\\w* (mi|nam) sie wyniesc|musze sie wyniesc dzis\\w*|mam sie wyniesc|wystawil\\w* (mi|nam) rzeczy|zmienil\\w* zamki)' },
  { flag: 'no_shelter', kind: 'act', src: `(spie|spimy|spal\\w*|nocuje|nocujemy|nocowal\\w*|koczuje|koczujemy|mieszkam|mieszkamy|przespal\\w*) (na|w|pod|u) ?(dworcu|dworcach|${ULICY}|klatce|klatkach|klatce schodowej|dzialce|dzialkach|altanie|altance|samochodzie|aucie|pustostanie|lawce|lawkach|parku|piwnicy|namiocie|kanale|kanalach|zsypie|szalasie|ogrodkach|mostem|golym niebem|smietniku|pustostanach|krzakach)` },
  { flag: 'no_shelter', kind: 'act', src: `(jestem|jestesmy|zostal\\w*|zostane|zostaniemy|wyladowal\\w*|wyladuje|zostaniemy) (na ${ULICY}|na bruku|bez dachu|bez mieszkania|bez domu)|(jestem|jest|jestesmy|zostal\\w*|zostane) bezdomn\\w*|nocleg\\w* (na dzis|na dzisiaj|na noc|dzis|dzisiaj|na ta noc)|potrzebuje (pilnie )?(noclegu|schronienia|miejsca do spania|dachu nad glowa)|szukam (noclegu|schroniska|noclegowni|miejsca do spania)|noclegowni\\w*|schronisk\\w* dla bezdomnych|ogrzewalni\\w*` },
  // Eviction counts only when it is imminent (today, tomorrow, days away, bailiff at the door).
  { flag: 'no_shelter', kind: 'act', src: '(eksmisj\\w*|eksmit\\w*|wyeksmit\\w*|wyprowadzic|wyprowadzka|wyrzucic nas|wyrzuca nas)( \\w+){0,3} (jutro|dzis|dzisiaj|pojutrze|teraz|juz|w piatek|w poniedzialek|za (1|jeden|dwa|2|trzy|3|kilka|pare) dni|w tym tygodniu|rano)|(jutro|dzis|dzisiaj|pojutrze|w piatek|w poniedzialek|za (dwa|2|trzy|3|kilka|pare) dni)( \\w+){0,3} (eksmisj\\w*|eksmit\\w*|wyeksmit\\w*|komornik\\w* (wyrzuca|eksmit\\w*)|musimy sie wyprowadzic|musze sie wyprowadzic)' },

  // ---------------------------------------------------------------- no_food
  { flag: 'no_food', kind: 'fixed', src: '(nie (mam|mamy|ma|maja) (co jesc|nic do jedzenia|co do garnka wlozyc|co dac (dzieciom|dziecku) (jesc|do jedzenia)|na jedzenie|za co kupic jedzenie|za co kupic chleb|pieniedzy na jedzenie|na chleb|jedzenia|co zjesc)|nie starcza (nam |mi )?na jedzenie|nie ma (nic )?(co jesc|w lodowce|jedzenia w domu)|od (\\w+ ){0,2}(dni|dnia|doby) (nic )?nie (jadl\\w*|jedl\\w*|jem|jemy|jedza)|nic nie (jadl\\w*|jedl\\w*|jem|jedza|jemy) od|nie jadl\\w* od|nie jedl\\w* od)' },
  { flag: 'no_food', kind: 'act', src: '(glodn\\w*|glodujemy|gloduje|glodowal\\w*|glodu|z glodu|glodz\\w*|pusta lodowka|lodowka (jest )?pusta|lodowke pusta|zostal\\w* bez jedzenia|bez jedzenia|nie jadl\\w* (nic )?(od )?(wczoraj|dwoch|trzech|kilku|paru|2|3)|chodz\\w* glodn\\w*|prosze o jedzenie|potrzebuje jedzenia|potrzebujemy jedzenia|paczk\\w* zywnosciow\\w* (pilnie|dzis|na dzis))' },

  // ---------------------------------------------------------------- child_at_risk
  { flag: 'child_at_risk', kind: 'act', src: `${KIDS_SUBJ} (sa |jest |zostal\\w* |zostaly |siedz\\w* |byly |bylo |znow |znowu |ciagle )?((same|sam|sama|samo|samiutkie)${ALONE_AFTER}|bez opieki|bez nadzoru|zamkniet\\w*|porzucon\\w*|zostawion\\w*|zaniedban\\w*|glodn\\w*|brudn\\w*|pobit\\w*|posiniacz\\w*|zmarzniet\\w*|marzn\\w*|plac\\w* (cala noc|calymi dniami|od godzin))` },
  { flag: 'child_at_risk', kind: 'act', src: `(zostawi\\w*|zostawia|zostawil\\w*|porzucil\\w*|porzuca|zamyka|zamknel\\w*|zamknal\\w*) (\\w+ )?${KIDS}|zaniedb\\w* (\\w+ )?${KIDS}|${KIDS} (\\w+ ){0,2}(zaniedban\\w*|bez opieki|same w domu|sam w domu|sama w domu|samo w domu)` },
  { flag: 'child_at_risk', kind: 'act', src: `(bije|bil|bila|pobil\\w*|katuje|tlucze|krzywdzi|skrzywdzil\\w*|zneca sie nad|molest\\w*|wykorzyst\\w*|uderzyl\\w*|szarpie|kopie|przypala|glodzi) (\\w+ )?${KIDS}|${KIDS} (\\w+ ){0,3}(bije|bity|bita|bite|bici|maja siniaki|ma siniaki|ma slady|boi sie wracac|boja sie wracac|ucieka z domu|uciekl\\w* z domu|zaginel\\w*|zaginal\\w*|nie wrocil\\w*|tnie sie)` },
  { flag: 'child_at_risk', kind: 'act', src: `(pijana|pijany|pijani|nacpan\\w*|pod wplywem)( \\w+){0,3} (przy dzieciach|z dziecmi|z dzieckiem|a dzieci|a dziecko|dzieci same|opiekuje sie dzieckiem)|(dzieci|dziecko) (\\w+ ){0,3}(pijan\\w* (matk\\w*|ojc\\w*|rodzic\\w*|mam\\w*|tat\\w*))|(zaginel\\w*|zaginal\\w*|zaginela) (\\w+ )?(syn|corka|dziecko|wnuczka|wnuk|coreczka|synek|nastolat\\w*)|(syn|corka|dziecko|wnuczka|wnuk|coreczka|synek) (\\w+ )?(zaginel\\w*|zaginal\\w*|zaginela|uciekl\\w* z domu)` },

  // ---------------------------------------------------------------- health_emergency
  { flag: 'health_emergency', kind: 'act', src: '(nie oddycha|przestal\\w* oddychac|nie moze oddychac|nie moze zlapac oddechu|dusi sie|dlawi sie|zadlawil\\w*|sinieje|zsinial\\w*|nieprzytomn\\w*|stracil\\w* przytomnosc|traci przytomnosc|zemdlal\\w* i|zemdlal\\w*|omdlal\\w*|(lezy|on|ona|mama|tata|maz|zona|babcia|dziadek|dziecko|syn|corka|brat|siostra|sasiad|sasiadka|pan|pani|ojciec|matka|niemowle) (\\w+ )?nie reaguje|nie reaguje na (glos|dotyk|wolanie|nic)|nie daje znakow zycia|nie daje znaku zycia|nie moge (go|jej) dobudzic|nie mozna (go|jej) dobudzic|nie rusza sie(?! z)|lezy bez ruchu|lezy na podlodze|lezy i nie (wstaje|oddycha|reaguje|rusza)|upadl\\w* i nie (moze|moge|wstaje)|przewrocil\\w* sie i nie (moze|wstaje)|nie moze wstac z podlogi|zaslabl\\w* i nie)' },
  { flag: 'health_emergency', kind: 'act', src: '(ma|dostal\\w*|chyba ma|przechodzi|dostaje) (zawal\\w*|udar\\w*|atak serca|wylew\\w*|zapasc|atak padaczki|drgawk\\w*|atak astmy|wstrzas\\w*)|(zawal|udar|wylew|atak serca) (teraz|wlasnie|chyba)|bol\\w* w klatce piersiowej|bol\\w* w klatce|krwawi|krwotok\\w*|wykrwawia|leje sie krew|duzo krwi|pelno krwi|ciezko rann\\w*|rana na glowie|pekniet\\w* glow\\w*|rozbil\\w* glowe|hipoterm\\w*|zamarza|zamarznie|zamarzl\\w*|lezy na mrozie|lezy na sniegu|zaczadz\\w*|czad|tlenek wegla|nie ma insuliny|bez insuliny|wysoka goraczka (niemowl\\w*|dziecka|u dziecka)|wezwac (lekarza|karetke|pogotowie)|wezwijcie (karetke|pogotowie)|potrzebna karetka|potrzebuje karetki|karetk\\w* nie (przyjezdza|przyjechala)|dzwonic po karetke|zadzwon\\w* (na|po) (112|karetke|pogotowie)|na 112|112',
    unless: '(opiek\\w*|opiekunk\\w*|rehabilit\\w*|wypis\\w*|po wyjsciu|dps|lezac\\w*|uslug\\w*|pielegn\\w*|turnus\\w*|orzeczeni\\w*|dom pomocy|dziennego domu|dzienny dom)' },

  // ---------------------------------------------------------------- disaster
  { flag: 'disaster', kind: 'act', src: '(spalil\\w* (sie |nam |mi ){0,2}(dom|mieszkanie|chata|chalupa|dach|budynek|stodola|wszystko|caly dobytek|dobytek|kamienica|blok)|splonal\\w*|splonel\\w*|splonela|splonelo|pali sie (dom|mieszkanie|u sasiada|u nas|na klatce|w bloku|budynek|kamienica)|plonie|plonal\\w*|pogorzel\\w*|pozar|pozaru|pozarem|pozary|pozarze|ogien w (domu|mieszkaniu|kuchni)|ogien na)|(dom|mieszkanie|chata|chalupa|budynek|blok|kamienica|stodola|dach) (nam |mi )?(sie )?(spalil\\w*|splonal\\w*|zawalil\\w*|runal\\w*)' },
  { flag: 'disaster', kind: 'act', src: '(zalal\\w*|zalewa|zalane|zalany|zalana|podtopi\\w*|podtopien\\w*|powodz(?!en)\\w*|woda (sie )?(wdarla|zalala|weszla|wlewa|stoi w domu|w domu|w mieszkaniu)|wylal\\w* rzek\\w*|rzeka wylala|rzeka wystapila|zatopil\\w*|zatopion\\w*)' },
  { flag: 'disaster', kind: 'act', src: '(wichur\\w*|huragan\\w*|traba powietrzn\\w*|nawalnic\\w*|burza (zerwala|zniszczyla|uszkodzila)|zerwal\\w* (nam |mi )?dach|zerwala (nam |mi )?dach|drzewo (spadlo|przewrocilo sie|runelo) na (dom|dach|nas)|dach (sie )?zawalil|zawalil\\w* sie (dach|strop|dom|sufit|budynek|sciana)|katastrof\\w* budowlan\\w*|wybuch gazu|wybuchl\\w* gaz|wybuch\\w* (w bloku|w domu|w mieszkaniu)|ulatnia sie gaz|gaz sie ulatnia|czuc gaz|osuw\\w* ziemi|osunela sie ziemia|grad zniszczyl|trzesienie ziemi|kleska zywiolow\\w*)' },
];

/** Info/training questions: a `topic` cue inside such a clause names a subject, not an event. */
export const INFO_CONTEXT =
  '(co to (jest|znaczy)|czym jest|na czym polega|definicj\\w*|szkoleni\\w*|ulotk\\w*|broszur\\w*|kampani\\w*|warsztat\\w*|prezentacj\\w*|referat\\w*|artykul\\w*|ankiet\\w*|statystyk\\w*|wolontariat\\w*|praktyk\\w*|procedur\\w*|jak wyglada|informacj\\w* (o|na temat|dotyczac\\w*)|na temat|prace (magisterska|licencjacka|dyplomowa|zaliczeniowa)|pisze prace|studiuj\\w*|zajeci\\w* (o|na temat)|lekcj\\w*|pogadank\\w*|film\\w*|serial\\w*|ksiazk\\w*|zapobiegani\\w*|profilaktyk\\w*|zespol interdyscyplinarn\\w*|gmin\\w* program|programie|konferencj\\w*|materialy|plakat\\w*|dla nauczycieli|w szkole (prowadzimy|organizujemy))';

/** A clause that speaks of the past ("20 lat temu", "kiedyś", "w dzieciństwie"), unless it says it still goes on. */
export const PAST_CONTEXT =
  '((\\d+|kilka|kilkanascie|pare|wiele|dwa|trzy|piec|dziesiec|dwadziescia|trzydziesci|nascie|\\w+scie) lat temu|rok temu|lata temu|dawno( temu)?|kiedys|w przeszlosci|przed laty|w dziecinstwie|jako dziecko|za mlodu|w mlodosci|w zeszlym roku|w tamtym roku|w poprzednim zwiazku|wiele lat|przez lata|skonczylo sie|juz (jest )?po wszystkim|juz sie skonczylo|juz nie zyje z nim|rozwiodlam sie|po rozwodzie)';
export const STILL_CONTEXT = '(znowu|znow|nadal|wciaz|ciagle|caly czas|dalej|teraz|dzis|dzisiaj|wczoraj|w nocy|przed chwila|od wczoraj|od rana|zaraz|codziennie|co dzien|co noc)';
/** Negations that cancel an `act`/`topic` cue when they stand just before it. */
export const NEGATORS = new Set(['nie', 'nigdy', 'nikt']);

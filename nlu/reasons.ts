/**
 * Art. 7 u.p.s. grounds for help (`problem.reasons`) from keyword rules.
 *
 * Rules, not the classifier: reasons are many, overlap freely and several are rare (trafficking, orphanhood),
 * so there are too few examples to learn them; a worker can also read and correct a rule. Patterns run on
 * the diacritic-folded, normalised text (number words are digits by then: "troje dzieci" → "3 dzieci").
 * A reason is a hint for the intake record, never a decision.
 */
import { normalise } from './normalise';
import type { ReasonCode } from './types';

type Rule = [ReasonCode, RegExp];

// Negated forms we must not read as the thing itself ("nie pije", "nie bije").
const NOT = '(?<!\\bnie )';

const RULES: Rule[] = [
  ['poverty', /\b(nie (mam|mamy|ma|starcza|stac|wystarcza)\w*( mi| nam| nas| jej| mu)? (na|za co|z czego|pieniedzy|pieniadz\w*|kasy|hajsu|co jesc|na chleb)|nie stac (mnie|nas)|brak\w* (mi |nam )?(pieniedzy|pieniadz\w*|kasy|srodkow|na wszystko|na (jedzenie|czynsz|rachunki|opal|leki|zycie))|bied\w*|ubog\w*|ubostw\w*|trudn\w* sytuacj\w* (materialn|finansow)\w*|zalegl\w* (w |z )?(czynsz|oplat|za|rachunk|platn)\w*|zalegam\w*|zadluz\w*|dlugi\b|dlugow|dlugami|bez grosza|splukan\w*|chwilowk\w*|komornik\w*|glod\w*|nie jadl\w*|pust\w* lodowk\w*|lodowka (pusta|swieci)|paczk\w* zywnosc\w*|bank\w* zywnosci|dozywian\w*|zapomog\w*|pomoc\w* (finansow|materialn|pieniezn|rzeczow)\w*|wsparci\w* finansow\w*|bez srodkow|nie starcza|pieniadze na (jedzenie|zycie|przezycie)|pieniedzy na|nie (mam|mamy|ma) czym palic|marzn\w*|nie (mam|mamy) nic (do jedzenia|w lodowce)|koniec z koncem|(nie mam|brak|bez) (zadnego )?dochod\w*|nie (mam|ma|maja|mamy) w (co|czym)|skonczyly (mi |nam )?sie pieniadze|emerytur\w* (jest )?(mala|nie (wystarcza|starcza))|nie daje rady placic|za darmo|darmow\w*|dochod (ponizej|na osobe)|problem z oplaceniem|nie (zaplacil|oplacil)\w*|odciel\w*|pieniedzy brak|brakuje (mi |nam )?na)/],
  ['orphanhood', /\b(sierot\w*|sieroc\w*|domu? dziecka|oboj\w* rodzicow|smierci rodzicow|piecz\w* zastepcz\w*|rodzice zmarli)/],
  ['homelessness', /\b(bezdomn\w*|nie (mam|ma|mamy) (gdzie|dokad) (spac|mieszkac|nocowac|isc|pojsc|sie podziac|wrocic)|nie ma gdzie sie podziac|noclegown\w*|schronisk\w*|ogrzewalni\w*|na (ulicy|bruku|dworcu|klatce)|bez dachu|dachu nad glowa|spi\w* w (samochodzie|parku|altanie|pustostanie|piwnicy)|mieszkam w (samochodzie|altanie)|nie mam domu|wyrzucil\w* (mnie |nas )?z (mieszkania|domu)|wystawil\w* moje rzeczy|bez mieszkania|schronieni\w*|nie mam adresu)/],
  ['unemployment', /\b(bezrobotn\w*|bez pracy|stracil\w* prac\w*|nie mam (pracy|praca)|nie ma pracy|zwolnil\w* (mnie )?z pracy|zwolnion\w* z pracy|zwolnili mnie|urzedzie pracy|szukam pracy|rynek pracy|rynku pracy)/],
  ['disability', /\b(niepelnospraw\w*|orzeczeni\w* o (niepelnosprawnosci|znacznym|umiarkowanym|stopniu)|na wozku|wozk\w* inwalidzk\w*|niewidom\w*|niedowidz\w*|nieslysz\w*|gluch\w*|autyz\w*|autyst\w*|aspergera|downa|porazeni\w*|amputac\w*|rent\w* socjaln\w*|pfron\w*|aparat\w* sluchow\w*|turnus\w*|wozk\w*|(nie|slabo) (widzi|slyszy)|sparalizowan\w*|warsztat\w* terapii)/],
  ['illness', /\b(udar\w*|wylew\w*|chor\w*|nowotw\w*|rak\w*|chemi\w*|alzheimer\w*|demencj\w*|otepieni\w*|parkinson\w*|stwardnieni\w*|cukrzyc\w*|depresj\w*|schizofren\w*|zawal\w*|po operacji|operacj\w* (biodra|kregoslupa)|lezac\w*|lezy|obloznie|sparalizowan\w*|odlezyn\w*|dwubiegunow\w*|nerwic\w*|stany lekowe|ptsd|zlamani\w*|zlamal\w*|psychiatr\w*|problemy z pamiecia|insulin\w*|leczeni\w*|nie wstaje|(chor\w*|problem\w*|zaburzeni\w*) psychiczn\w*|psychicznie chor\w*|zapomina\w*|pielegnacj\w*|amputac\w*|po wypadku)/],
  ['domestic_violence', new RegExp(`\\b(${NOT}bij\\w*|${NOT}bil(a|em|am|i)?\\b|bita|bici\\w*|pobil\\w*|uderzyl\\w*|szarp\\w*|zneca\\w*|przemoc\\w*|niebiesk\\w* kart\\w*|grozi\\w* (mi |nam |jej )?(nozem|siekiera|smiercia|pobiciem)|grozi\\w* ze (mnie|nas|ja|ja|go|jej) |wyzywa\\w*|poniza\\w*|kopie|popycha\\w*|siniak\\w*|podbit\\w*|neka\\w*|zastrasz\\w*|terroryz\\w*|awantur\\w*|boje sie (meza|zony|partnera|ojca|syna|go|jej)|rzuca (rzeczami|sie)|bite|agresywn\\w*|krzyczy na|boi sie wracac|kontroluje (kazdy|mnie|moj)\\w*|uciekl\\w* (z dziecmi )?od (meza|partnera|zony)|niebiesk\\w* lini\\w*|interwencj\\w* domow\\w*)`)],
  ['trafficking', /\b(handel ludzmi|handlu ludzmi|zabral\w* (mi )?(paszport|dokumenty)|zabrali (mi )?(paszport|dokumenty)|zmusza\w* (mnie )?do (pracy|prostytucji)|zmuszan\w*|pracowac za darmo|nie placa)/],
  ['maternity_large_family', /\b(wielodzietn\w*|([3-9]|1\d) (dzieci|dzieciaczkow)|(troj|czwor|piecior|szescior|siedmior|osmior)\w* dzieci|z (trojka|czworka|piatka) dzieci|(trojga|czworga|pieciorga) dzieci|karta duzej rodziny)/],
  ['parenting_household_helplessness', /\b(nie (radze|radzi|radzimy|daje|dajemy) (sobie )?(rady )?z (dziec\w*|synem|corka|wnuk\w*|wychowani\w*|nastolat\w*|noworodkiem)|nie radze sobie z wychowaniem|asystent\w* rodziny|asystentk\w* rodziny|wychowawcz\w*|zaniedban\w*|nie ogarniam (domu|dzieci)|ucieka z domu|wagaruj\w*|nie chodzi do szkoly|dzieci (same|mnie nie sluchaja)|dzieci sa same|kurator\w*|odebranie dzieci|zabior\w* (mi )?dzieci|prowadzeni\w* domu|gospodarowa\w*|szkol\w* dla rodzicow|nie slucha nikogo|wychowani\w*|wychowywani\w*|problem\w* z (synem|corka|dziecmi|nastolet\w*)|klopot\w* z dziec\w*|nie chce (chodzic do szkoly|wracac do domu)|nie wraca na noc|przy dzieciach|zostawia (dziecko|dzieci|male dzieci|mlodsze rodzenstwo|rodzenstwo) sam\w*|prowadzic domu|przerasta|brudn\w*|zle towarzystwo|nie (daje|dajemy) rady z \d+ dzieci)/],
  ['foreigner_integration', /(\b(z ukrain\w*|ukrain\w*|z bialorus\w*|cudzoziem\w*|uchodz\w*|obcokrajow\w*|ochron\w* uzupelniajac\w*|kart\w* pobytu|legalizacj\w* pobytu|z gruzji|z syrii|z afganistanu|z czeczenii|wietnam\w*|nie znam polski\w*|nie mowie (dobrze )?po polsku|tlumacz\w* do urzedu|z (charkowa|kijowa|lwowa|odessy|mariupola|chersonia|dnipra|zaporoza))|[а-яіїєґ]{3,})/],
  ['after_prison', /\b(wiezieni\w*|zaklad\w* karn\w*|odsiad\w*|odsiedzial\w*|z pudla|kryminal\w*|poprawczak\w*|zwolnion\w* warunkowo|wyrok\w*)/],
  ['addiction', new RegExp(`\\b(${NOT}pij\\w*|${NOT}pil\\b|pijan\\w*|przepij\\w*|napij\\w*|wypij\\w*|alkohol\\w*|narkot\\w*|narkoman\\w*|cpa\\w*|dopalacz\\w*|uzalezni\\w*|odwyk\\w*|trzezwos\\w*|hazard\\w*|kasyn\\w*|automatach|bukmacher\\w*|marihuan\\w*|aa|dda|przestac pic|z piciem|pic|nalog\\w*|naduzyw\\w*)\\b`)],
  ['random_event_crisis', /\b(pozar\w*|spalil\w*|spalila|zalal\w*|zalan\w*|zalalo|powodz\w*|wichur\w*|trab\w* powietrzn\w*|burz\w*|huragan\w*|okradl\w*|okradzion\w*|napad\w*|kryzys\w*|zdarzeni\w* losow\w*|zaloba|zalob\w*|traum\w*|swiadkiem wypadku)/],
  ['disaster', /\b(pozar\w*|spalil\w*|powodz\w*|wichur\w*|trab\w* powietrzn\w*|burz\w*|huragan\w*|klesk\w* zywiolow\w*|podtopien\w*|ulew\w*)/],
];

export interface ReasonMatch {
  reasons: ReasonCode[];
  /** The matched words, for the explanation a worker reads. */
  evidence: { reason: ReasonCode; words: string }[];
}

/** Reasons from already-folded text (the triage pipeline normalises once). */
export function reasonsFromFolded(folded: string): ReasonMatch {
  const reasons: ReasonCode[] = [];
  const evidence: { reason: ReasonCode; words: string }[] = [];
  for (const [code, re] of RULES) {
    const m = folded.match(re);
    if (m) {
      reasons.push(code);
      evidence.push({ reason: code, words: m[0] });
    }
  }
  return { reasons, evidence };
}

export function detectReasons(text: string): ReasonCode[] {
  return reasonsFromFolded(normalise(text).folded).reasons;
}

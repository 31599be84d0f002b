import { normalise } from './normalise';
import type { InformationTopic } from './types';

/**
 * Questions the first-contact post answers from configuration. A topic needs its own words *and*
 * the shape of a question or request for information (a question word, "wniosek", "gdzie złożyć",
 * a question mark, or a very short utterance such as "800 plus"); so "nie mam pracy i nie mam za co
 * żyć" or "dostaję 800 plus i 1200 zł" are not information questions.
 * Specific topics are tried before generic ones ("gdzie złożyć wniosek o 800 plus" is 800+, not address).
 */
const TOPICS: [InformationTopic, RegExp][] = [
  ['child_benefit_800', /\b(800 ?(\+|plus|plus)?|osiemset plus|800plus|swiadczeni\w* wychowawcz\w*|(500|piecset) ?(\+|plus))(\s|$)/],
  ['maintenance_fund', /\b(fundusz\w* alimentacyjn\w*|alimenty z funduszu|alimenty od (panstwa|gminy)|swiadczeni\w* z funduszu)/],
  ['large_family_card', /\b(kart\w* duzej rodziny|kdr|kart\w* (rodziny )?wielodzietn\w*|kart\w* 3 ?\+)/],
  ['housing_allowance', /\b(dodat\w* mieszkaniow\w*|dodat\w* (energetyczn\w*|oslonow\w*|grzewcz\w*|weglow\w*)|doplat\w* do czynszu)/],
  ['family_benefits', /\b(zasil\w* rodzinn\w*|swiadczeni\w* rodzinn\w*|becikow\w*|zapomog\w* (z tytulu|na) urodzeni\w*|swiadczeni\w* pielegnacyjn\w*|zasil\w* pielegnacyjn\w*|specjaln\w* zasil\w* opiekunczy|dobry start|300 ?(\+|plus)|kapital\w* opiekunczy|babciow\w*|aktywn\w* rodzic\w*|swiadczeni\w* (za|z tytulu) zyciem)/],
  ['pfron', /\b(pfron\w*|turnus\w*( rehabilitacyjn\w*)?|dofinansowani\w* (do |na )?(wozka|aparatu|sprzetu|turnusu|likwidacj\w*|protez\w*|remontu lazienki)|likwidacj\w* barier|barier\w* architektoniczn\w*|pcpr|sprzet\w* rehabilitacyjn\w*|aktywn\w* samorzad\w*|orzeczeni\w* o (stopniu )?niepelnosprawnosci|legitymacj\w* osoby niepelnosprawnej)/],
  ['foster_care', /\b(rodzin\w* zastepcz\w*|rodzinn\w* dom\w* dziecka|piecz\w* zastepcz\w*|pogotowi\w* rodzinn\w*|adopcj\w*|adoptowac|zaadoptowac)/],
  ['unemployment_registration', /\b(zarejestrowac sie (jako|w) (bezrobotn\w*|urzedzie pracy|pup)|zarejestrowac w (urzedzie pracy|pup)|rejestracj\w* (w|jako) (bezrobotn\w*|urzedzie pracy|pup)|urzad\w* pracy|urzedzie pracy|pup|status\w* bezrobotnego|zasil\w* dla bezrobotnych|jak sie zarejestrowac|rejestracja bezrobotn\w*)\b/],
  ['documents', /\b(jakie dokumenty|jakich dokumentow|jakie papiery|jakie zaswiadczenia|potrzebne dokumenty|lista dokumentow|wykaz dokumentow|jakie (druki|formularze)|co (mam|trzeba|nalezy|musze|powinnam|powinienem) (ze soba )?(zabrac|przyniesc|miec|dostarczyc|przygotowac|wziac)|co zabrac|dokumenty (sa )?potrzebne|z jakimi dokumentami|^(dokumenty|papiery|druki|formularze)( potrzebne)?$)/],
  ['opening_hours', /\b(godzin\w* (otwarcia|pracy|urzedowania|przyjec)|w jakich godzinach|o ktorej (otwieracie|zamykacie|jestescie|czynne|pracujecie|jest otwarte|mozna przyjsc)|do ktorej (jestescie|czynne|pracujecie|otwarte|jest otwarte|mozna)|od ktorej|czy (jestescie|jest) (dzis |jutro |teraz )?(otwarci|otwarte|czynne|czynny|czynni)|kiedy (jestescie |jest )?(otwarte|otwarci|czynne|pracujecie|otwieracie)|czynne w sobote|dni przyjec|kiedy (moge|mozna) przyjsc|(czy|kiedy)( \w+){0,3} (otwart\w*|czynn\w*)|(jestescie|jest) (dzis |jutro )?(otwarci|otwarte|czynni|czynne) (w|we) (sobote|niedziele|poniedzialek|wtorek|srode|czwartek|piatek|swieta))/],
  ['contact_phone', /\b((jaki|podaj\w*|prosze o|poprosze|jest|macie) (jakis )?(numer|nr|telefon)( telefonu| tel)?( do| kontaktow\w*)?|numer (telefonu )?do (was|osrodka|ops|mops|gops|pracownika|biura)|jak sie (do was |z wami )?(dodzwonic|skontaktowac)|telefon kontaktow\w*|kontakt telefoniczn\w*|na jaki numer (dzwonic|zadzwonic|moge)|(adres )?e ?-?mail\w*|mail\w*)/],
  ['address', /\b((jaki jest |podajcie |prosze o |poprosze )?(wasz |wasz adres|adres (osrodka|ops|mops|gops|biura|siedziby)|adres)|gdzie (jest|sie znajduje|jestescie|miesci sie|znajde|was znajde) (osrodek|ops|mops|gops|wasze biuro|biuro|siedziba|wasza siedziba|was|ten osrodek)?|jak (do was )?(dojechac|dojsc|trafic)|na jakiej ulicy|gdzie was szukac|gdzie jestescie)/],
];

// The shape of an information question.
const ASKING =
  /(^|\s)(gdzie|jak|jakie|jaki|jaka|jakich|jakim|kiedy|czy|ile|co|ktory|ktora|ktore|o ktorej|do ktorej|od ktorej|wniosek|wniosku|wnioski|zlozyc|zalatwic|dostac|uzyskac|otrzymac|przysluguje|przysluguja|naleza|nalezy|informacj\w*|pytanie|pytam|zapytac|zapytam|chce wiedziec|chcialabym wiedziec|chcialbym wiedziec|prosze o|poprosze|wyrobic|starac|ubiegac|zarejestrowac|zapisac|podajcie|podaj|potrzebne|kto|komu|dlaczego|jest|sa|macie|prowadzicie|zajmujecie)(\s|$)/;
// Requests for help that mention a topic word in passing are not information questions.
const NEED = /\b(nie mam (za co|pieniedzy|na)|nie starcza|brakuje|pomocy finansowej|zasil\w* (celow\w*|okresow\w*|stal\w*)|bije|pije)\b/;

export function informationTopic(text: string): InformationTopic | null {
  const { folded, tokens } = normalise(text);
  if (!folded) return null;
  // A short utterance is a topic request ("800 plus", "dokumenty") unless it states a fact ("mam 800 plus").
  const asking = ASKING.test(folded) || /\?/.test(text) || (tokens.length <= 4 && !/^(mam|mamy|ma|dostaje|dostajemy|pobieram|biore|juz)\b/.test(folded));
  if (!asking) return null;
  for (const [topic, re] of TOPICS) {
    if (!re.test(folded)) continue;
    // "adres" / "numer" in a need-for-help sentence is not a question about the centre.
    if ((topic === 'address' || topic === 'contact_phone') && NEED.test(folded)) continue;
    return topic;
  }
  return null;
}

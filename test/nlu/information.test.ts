import { informationTopic } from '../../nlu/information';
import type { InformationTopic } from '../../nlu/types';

describe('informationTopic', () => {
  it.each<[string, InformationTopic]>([
    ['w jakich godzinach jesteście otwarci', 'opening_hours'],
    ['do ktorej jestescie dzis otwarci?', 'opening_hours'],
    ['czy jesteście czynni w sobotę', 'opening_hours'],
    ['gdzie złożyć wniosek o 800 plus', 'child_benefit_800'],
    ['800+', 'child_benefit_800'],
    ['dodatek mieszkaniowy', 'housing_allowance'],
    ['chcę złożyć wniosek o dodatek mieszkaniowy', 'housing_allowance'],
    ['fundusz alimentacyjny', 'maintenance_fund'],
    ['karta dużej rodziny', 'large_family_card'],
    ['jak wyrobić kartę dużej rodziny', 'large_family_card'],
    ['jakie dokumenty zabrać', 'documents'],
    ['co trzeba mieć ze sobą', 'documents'],
    ['turnus rehabilitacyjny PFRON', 'pfron'],
    ['czy jest dofinansowanie do wózka z PFRON', 'pfron'],
    ['rodzina zastępcza', 'foster_care'],
    ['jak zostać rodziną zastępczą', 'foster_care'],
    ['zarejestrować się jako bezrobotny', 'unemployment_registration'],
    ['gdzie jest urząd pracy', 'unemployment_registration'],
    ['czy przysługuje mi zasiłek rodzinny', 'family_benefits'],
    ['ile wynosi becikowe', 'family_benefits'],
    ['jaki jest wasz adres', 'address'],
    ['jak do was dojechać', 'address'],
    ['podajcie numer telefonu', 'contact_phone'],
    ['jak się z wami skontaktować', 'contact_phone'],
    ['mail do was', 'contact_phone'],
    ['czy ośrodek jest otwarty w święta', 'opening_hours'],
    ['dokumenty', 'documents'],
    ['gdzie jest najbliższy PCPR', 'pfron'],
  ])('%s → %s', (text, topic) => {
    expect(informationTopic(text)).toBe(topic);
  });

  it.each([
    'nie mam pracy i nie mam za co żyć',
    'szukam pracy',
    'dostaję 800 plus i mam 1200 zł emerytury',
    'mój numer telefonu to 601222333',
    'mąż mnie bije',
    'potrzebuję pomocy, nie mam na czynsz',
    'mama potrzebuje opieki',
    'mam 800 plus',
    'gdzie mogę dostać zasiłek',
    'kiedy przyjdzie pracownik',
    '',
  ])('does not fire on a request for help: %s', (text) => {
    expect(informationTopic(text)).toBeNull();
  });
});

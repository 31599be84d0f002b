/** Whole intakes per category; the expected team per centre is in the routing table below. */
export interface IntakeCase {
  name: string;
  category: 'benefits' | 'social_work' | 'care_services';
  answers: Record<string, string>;
  expect: (r: import('../../../intake').IntakeRecord) => void;
}

export const INTAKE_CASES: IntakeCase[] = [
  {
    name: 'benefits, self, with income below the criterion',
    category: 'benefits',
    answers: {
      consent: 'Tak, zaczynamy',
      problem: 'Proszę o zasiłek celowy na opał na zimę, brakuje mi pieniędzy',
      reporter: 'Mnie',
      name: 'Zofia Wąsik-Żółtowska',
      identity: '44051401359',
      address: 'ul. Słoneczna 5/2, {postalCode} {city}',
      phone: '601 222 333',
      householdSize: '2',
      income: '1500 zł',
      benefitNeeds: 'Opału lub pomocy w opłatach',
    },
    expect: (r) => {
      expect(r.reporter).toBe('self');
      expect(r.applicant).toMatchObject({ firstName: 'Zofia', lastName: 'Wąsik-Żółtowska', pesel: '44051401359', birthDate: '1944-05-14', phone: '601222333' });
      expect(r.household.size).toBe(2);
      expect(r.income).toMatchObject({ monthlyNet: 1500, perPerson: 750, criterion: 823, belowCriterion: true });
      expect(r.needs.benefitKinds).toEqual(['fuel_bills']);
      expect(r.territory.inside).toBe(true);
    },
  },
  {
    name: 'social work, relative reporting',
    category: 'social_work',
    answers: {
      consent: 'Tak, zaczynamy',
      problem: 'Syn pije alkohol, nie pracuje i nie radzę sobie z nim, potrzebuję wsparcia w rodzinie',
      reporter: 'Kogoś z mojej rodziny',
      relation: 'mama',
      reporterName: 'Barbara Nowak',
      name: 'Piotr Nowak',
      identity: '15.03.1990',
      address: 'ul. Lipowa 7, {postalCode} {city}',
      phone: '502 333 444',
      socialDetails: 'Mieszkamy razem we dwoje',
    },
    expect: (r) => {
      expect(r.reporter).toBe('relative');
      expect(r.reporterContact).toEqual({ name: 'Barbara Nowak', phone: '502333444', relation: 'mama' });
      expect(r.applicant).toMatchObject({ firstName: 'Piotr', lastName: 'Nowak', birthDate: '1990-03-15' });
      expect(r.household.size).toBeNull(); // not asked outside benefits
      expect(r.needs.details).toBe('Mieszkamy razem we dwoje');
    },
  },
  {
    name: 'care services, relative reporting a parent',
    category: 'care_services',
    answers: {
      consent: 'Tak, zaczynamy',
      problem: 'Mama po udarze potrzebuje opiekunki do pomocy w domu, jest starsza i leżąca',
      reporter: 'Kogoś z mojej rodziny',
      relation: 'córka',
      reporterName: 'Ewa Kamińska',
      name: 'Halina Kamińska',
      identity: 'pomiń',
      address: 'ul. Polna 3, {postalCode} {city}',
      phone: '603 444 555',
      careSituation: 'Mama ma 86 lat, nie wstaje z łóżka',
      careNeeds: 'Pomocy w domu w codziennych czynnościach',
      currentHelp: 'Ja po pracy i sąsiadka',
    },
    expect: (r) => {
      expect(r.reporter).toBe('relative');
      expect(r.skipped).toContain('identity');
      expect(r.needs).toMatchObject({ careFor: 'Mama ma 86 lat, nie wstaje z łóżka', careHelp: ['home_care'], currentHelp: 'Ja po pracy i sąsiadka' });
      expect(r.income.monthlyNet).toBeNull();
    },
  },
];

/** Which team's queue takes each category, per shipped centre (from the seeds' reorganisations). */
export const ROUTING: Record<string, Record<IntakeCase['category'], string>> = {
  demo: { benefits: 'swiadczenia', social_work: 'praca_socjalna', care_services: 'uslugi' },
  krasnystaw: { benefits: 'swiadczenia', social_work: 'praca_socjalna_i_uslugi', care_services: 'praca_socjalna_i_uslugi' },
  przasnysz: { benefits: 'postepowania_administracyjne', social_work: 'praca_socjalna', care_services: 'uslugi' },
  piaseczno: { benefits: 'swiadczenia', social_work: 'praca_socjalna', care_services: 'uslugi' },
  'lopiennik-gorny': { benefits: 'swiadczenia', social_work: 'praca_socjalna_i_uslugi', care_services: 'praca_socjalna_i_uslugi' },
  belchatow: { benefits: 'swiadczenia', social_work: 'praca_socjalna', care_services: 'uslugi' },
};

/** A short benefits intake by a resident for themselves, in the demo centre. */
export const BENEFITS = {
  consent: 'Tak, zaczynamy',
  problem: 'Proszę o zasiłek celowy na opał na zimę, brakuje mi pieniędzy',
  reporter: 'Mnie',
  name: 'Jan Kowalski',
  identity: '44051401359',
  address: 'ul. Słoneczna 5, 99-100 Demowo',
  phone: '601 222 333',
  householdSize: '1',
  income: '900',
  benefitNeeds: 'Opału lub pomocy w opłatach',
};

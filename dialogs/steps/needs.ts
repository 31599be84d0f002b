import { choiceStep, freeTextStep, options } from './common';
import { category } from './step';

export const benefitNeedsStep = choiceStep({
  id: 'benefitNeeds',
  key: 'benefitNeeds.ask',
  applies: (s) => category(s) === 'benefits',
  choices: (t) =>
    options(t, 'benefitNeeds', [
      ['money', ['pieniadz', 'zasilek', 'zasilku', 'gotowk', 'kasa']],
      ['fuel_bills', ['opal', 'wegiel', 'drewno', 'rachun', 'oplat', 'czynsz', 'prad']],
      ['meals', ['posil', 'jedzeni', 'zywnosc', 'obiad', 'paczk']],
      ['shelter', ['schronien', 'nocleg', 'spania', 'dach']],
      ['clothes', ['ubrani', 'ubran', 'buty', 'kurtk']],
      ['other', ['inne', 'cos innego', 'czegos innego']],
    ]),
  store: (r, values) => {
    r.needs.benefitKinds = values;
  },
});

export const careSituationStep = freeTextStep({
  id: 'careSituation',
  key: 'careSituation.ask',
  applies: (s) => category(s) === 'care_services',
  store: (r, v) => {
    r.needs.careFor = v;
  },
});

export const careNeedsStep = choiceStep({
  id: 'careNeeds',
  key: 'careNeeds.ask',
  applies: (s) => category(s) === 'care_services',
  choices: (t) =>
    options(t, 'careNeeds', [
      ['home_care', ['w domu', 'codzienn', 'opiekunk', 'uslugi opiekuncze', 'zakupy', 'sprzatani', 'mycie']],
      ['specialist_care', ['specjalist', 'rehabilitac', 'pielegn']],
      ['dps', ['dps', 'dom pomocy', 'domu pomocy']],
      ['day_care', ['dzienn', 'sds', 'osrodek wsparcia', 'dom dziennego']],
      ['teleopieka', ['teleopiek', 'opask', 'sos', 'przycisk']],
      ['other', ['inne', 'cos innego', 'czegos innego']],
    ]),
  store: (r, values) => {
    r.needs.careHelp = values;
  },
});

export const currentHelpStep = freeTextStep({
  id: 'currentHelp',
  key: 'currentHelp.ask',
  applies: (s) => category(s) === 'care_services',
  store: (r, v) => {
    r.needs.currentHelp = v;
  },
});

export const socialDetailsStep = freeTextStep({
  id: 'socialDetails',
  key: 'socialDetails.ask',
  applies: (s) => category(s) === 'social_work',
  store: (r, v) => {
    r.needs.details = v;
  },
});

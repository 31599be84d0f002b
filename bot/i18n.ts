import i18next, { type TFunction } from 'i18next';
import pl from '../locales/pl/translation.json';
import plPhone from '../locales/pl/phone.json';

/** One i18next instance for all resident-facing text; Polish is the default and only language so far. */
const instance = i18next.createInstance();
void instance.init({
  lng: 'pl',
  fallbackLng: 'pl',
  resources: { pl: { translation: pl, phone: plPhone } },
  defaultNS: 'translation',
  ns: ['translation', 'phone'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});

export type Translate = TFunction;
export const t: Translate = instance.t.bind(instance) as Translate;

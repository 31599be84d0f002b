import i18next, { type TFunction } from 'i18next';
import worker from '../locales/pl/worker.json';

/** The desk's own i18next instance (namespace "worker"), so its strings never mix with the resident-facing ones. */
const instance = i18next.createInstance();
void instance.init({
  lng: 'pl',
  fallbackLng: 'pl',
  ns: ['worker'],
  defaultNS: 'worker',
  resources: { pl: { worker } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});

export const wt: TFunction = instance.t.bind(instance) as TFunction;
export const workerStrings = worker;

import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { startApp, type RunningApp } from '../../../server/app';
import { DEMO_CENTRE, loadCentre, type Settings } from '../../../config';

/** The agreed whole benefits intake, answered by the question's step (channelData.pk.step). */
export const BENEFITS_ANSWERS: Record<string, string> = {
  consent: 'Tak, zaczynamy',
  problem: 'nie mam na opał i jedzenie, brakuje mi pieniędzy',
  'problem/confirm': 'tak',
  'problem/clarify': 'Pomoc finansowa lub rzeczowa',
  reporter: 'Mnie',
  name: 'Anna Kowalska',
  identity: '44051401359',
  address: 'ul. Słoneczna 5, 99-100 Demowo',
  phone: '601 222 333',
  householdSize: '2',
  income: '1500',
  benefitNeeds: 'Opału lub pomocy w opłatach',
  summary: 'Tak, wysyłam',
};

export interface Pk {
  step: string;
  sub: string | null;
}

/** The answer to a question; sub-steps fall back to the step's answer, unknown ones are skipped. */
export function answerFor(pk: Pk): string {
  if (pk.sub && BENEFITS_ANSWERS[`${pk.step}/${pk.sub}`]) return BENEFITS_ANSWERS[`${pk.step}/${pk.sub}`];
  if (pk.step === 'summary' && pk.sub) return 'tak';
  return BENEFITS_ANSWERS[pk.step] ?? 'pomiń';
}

export const REFERENCE = /PK-\d{4}-\d{3,}/;

/** The real server on a random loopback port and a temp SQLite file. */
export async function startTestServer(extra: Partial<Settings> = {}): Promise<RunningApp & { dbFile: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-dl-'));
  const dbFile = path.join(dir, 'pk.sqlite');
  const app = await startApp(
    { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: `sqlite://${dbFile}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent', ...extra } as Settings,
    loadCentre(),
  );
  return Object.assign(app, { dbFile });
}

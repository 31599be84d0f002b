import type { CentreConfig } from '../config';
import type { IntakeRecord } from '../intake';
import { teamName } from './access';
import { deadlineOf } from './review';

const COLUMNS: [string, (r: IntakeRecord, c: CentreConfig) => unknown][] = [
  ['numer', (r) => r.reference],
  ['data_wplywu', (r) => r.createdAt],
  ['status', (r) => r.status],
  ['kanal', (r) => r.channel],
  ['pilne', (r) => (r.urgency.urgent ? 'tak' : 'nie')],
  ['sygnaly_kryzysu', (r) => r.urgency.flags.join(' ')],
  ['zespol_kod', (r) => r.team],
  ['zespol', (r, c) => teamName(c, r.team)],
  ['termin_wywiadu', (r, c) => deadlineOf(r, c)],
  ['imie', (r) => r.applicant.firstName],
  ['nazwisko', (r) => r.applicant.lastName],
  ['pesel', (r) => r.applicant.pesel],
  ['data_urodzenia', (r) => r.applicant.birthDate],
  ['telefon', (r) => r.applicant.phone ?? r.reporterContact?.phone],
  ['ulica', (r) => r.applicant.address?.street],
  ['kod_pocztowy', (r) => r.applicant.address?.postalCode],
  ['miejscowosc', (r) => r.applicant.address?.city],
  ['osob_w_gospodarstwie', (r) => r.household.size],
  ['dochod_netto', (r) => r.income.monthlyNet],
  ['dochod_na_osobe', (r) => r.income.perPerson],
  ['kryterium', (r) => r.income.criterion],
  ['kategoria', (r) => r.problem.category],
  ['podstawy_art7', (r) => r.problem.reasons.join(' ')],
  ['opis', (r) => r.problem.description],
  ['zglaszajacy', (r) => r.reporter],
  ['zgoda_rodo', (r) => (r.consent.informed ? 'tak' : 'nie')],
];

/** One cell: quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV for the case-management system: semicolon-separated, UTF-8 with BOM (what Polish spreadsheets open right), CRLF. */
export function recordsToCsv(records: IntakeRecord[], config: CentreConfig): string {
  const lines = [COLUMNS.map(([h]) => h).join(';')];
  for (const r of records) lines.push(COLUMNS.map(([, f]) => csvCell(f(r, config))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import type { PeselInfo } from './types';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
/** Month offset → century (shared/domain: 1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60). */
const CENTURIES: [number, number][] = [
  [80, 1800],
  [60, 2200],
  [40, 2100],
  [20, 2000],
  [0, 1900],
];

/** Decodes a PESEL: null unless it has 11 digits, a valid check digit and a real birth date. */
export function parsePesel(pesel: string): PeselInfo | null {
  if (!/^\d{11}$/.test(pesel)) return null;
  const d = [...pesel].map(Number);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * d[i], 0);
  if ((10 - (sum % 10)) % 10 !== d[10]) return null;
  const yy = d[0] * 10 + d[1];
  let mm = d[2] * 10 + d[3];
  const dd = d[4] * 10 + d[5];
  const [offset, century] = CENTURIES.find(([o]) => mm > o && mm <= o + 12) ?? [-1, 0];
  if (offset < 0) return null;
  mm -= offset;
  const year = century + yy;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  return { pesel, birthDate: iso, sex: d[9] % 2 === 0 ? 'female' : 'male' };
}

/** The check digit for the first 10 digits of a PESEL (for tests and for building examples). */
export function peselCheckDigit(first10: string): number {
  const d = [...first10].map(Number);
  return (10 - (WEIGHTS.reduce((acc, w, i) => acc + w * d[i], 0) % 10)) % 10;
}

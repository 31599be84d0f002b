import { monthNumber } from '../numbers';
import type { Ctx } from './context';

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/** ISO date if day/month/year make a real calendar date (years 1900–2100, two-digit years resolved). */
export function isoDate(day: number, month: number, year: number, now = new Date()): string | null {
  if (year < 100) {
    const yy = now.getUTCFullYear() % 100;
    year += year <= yy ? 2000 : 1900;
  }
  if (year < 1880 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Dates in the utterance: "15.03.1952", "15-03-1952", "15/03/52", "1952-03-15", "15 marca 1952",
 * "15 III 1952", "piętnastego marca tysiąc dziewięćset pięćdziesiątego drugiego".
 */
export function findDates(c: Ctx): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (iso: string | null, start: number, end: number): void => {
    if (iso && !out.some((d) => d.start < end && start < d.end)) out.push({ iso, start, end });
  };
  for (const m of c.bf.matchAll(/\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/g)) push(isoDate(+m[3], +m[2], +m[1]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of c.bf.matchAll(/\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b/g)) push(isoDate(+m[1], +m[2], +m[3]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  // Day (digits, cardinal or ordinal word), month name or Roman numeral, year.
  const nums = c.nums;
  for (let k = 0; k < nums.length - 1; k++) {
    const day = nums[k];
    const year = nums[k + 1];
    if (day.collective || !Number.isInteger(day.value) || day.value < 1 || day.value > 31) continue;
    const between = c.bf.slice(day.end, year.start);
    const m = /^\s*(\p{L}+)\.?\s*$/u.exec(between);
    if (!m) continue;
    const named = monthNumber(m[1]);
    // Roman months ("24 XII 1987") only with a four-digit year: "5 i 7 lat" is not 5 January 2007.
    const month = named ?? (year.value >= 1000 ? (ROMAN[m[1]] ?? null) : null);
    if (!month || !Number.isInteger(year.value)) continue;
    let end = year.end;
    const tail = /^\s*(r\b\.?|roku\b)/.exec(c.bf.slice(end));
    if (tail) end += tail[0].length;
    push(isoDate(day.value, month, year.value), day.start, end);
  }
  return out.sort((a, b) => a.start - b.start);
}

import { parsePesel } from '../pesel';
import type { PeselInfo } from '../types';
import type { Ctx } from './context';
import type { FoundDate } from './dates';

export interface Identifiers {
  phone?: string;
  pesel?: PeselInfo;
  invalidPesel?: string;
  /** Postal code written as NN-NNN (or spoken after "kod"). */
  postalCode?: string;
  /** Five-digit runs that are postal codes only if the dialog asked for one. */
  fiveDigits?: string;
}

type Hint = 'phone' | 'pesel' | 'postalCode' | undefined;

/**
 * Phone numbers, PESELs and postal codes from digit runs: typed ("601 222 333", "+48 601-222-333",
 * "0048601222333") or dictated one digit at a time or in groups ("pięćset jeden, dwieście trzydzieści
 * cztery, …"). An 11-digit run is a PESEL when its checksum holds; with a +48/0048/48 prefix and no
 * valid PESEL (or when a phone was asked for) it is a phone.
 */
export function findIdentifiers(c: Ctx, dates: FoundDate[], hint: Hint): Identifiers {
  const out: Identifiers = {};
  const pc = /(?:^|[^\d-])(\d{2})-(\d{3})(?![\d-])/.exec(c.bf);
  if (pc) out.postalCode = `${pc[1]}-${pc[2]}`;
  for (const run of c.runs) {
    if (dates.some((d) => d.start < run.end && run.start < d.end)) continue;
    const d = run.digits;
    const plus = /\+\s*$/.test(c.bf.slice(Math.max(0, run.start - 2), run.start));
    const prefix48 = /^(0048|48)\d{9}$/.test(d);
    if (d.length === 11) {
      const info = parsePesel(d);
      if (info && !(prefix48 && (plus || hint === 'phone'))) {
        out.pesel ??= info;
        continue;
      }
      if (prefix48 && hint !== 'pesel') {
        out.phone ??= d.slice(2);
        continue;
      }
      out.invalidPesel ??= d;
      continue;
    }
    if (d.length === 9 && d[0] !== '0') out.phone ??= d;
    else if (d.length === 13 && prefix48) out.phone ??= d.slice(4);
    else if (d.length === 10 && d[0] === '0' && d[1] !== '0') out.phone ??= d.slice(1);
    else if (d.length === 5) {
      const code = `${d.slice(0, 2)}-${d.slice(2)}`;
      if (!out.postalCode && /\bkod\w*( pocztow\w*)?( to| jest)?\s*$/.test(c.bf.slice(Math.max(0, run.start - 25), run.start))) out.postalCode = code;
      out.fiveDigits ??= code;
    } else if (hint === 'phone' && d.length > 9 && d.length < 13) {
      // Dictated with a slip ("sześćset zero dwa …" read as 600 0 2): keep the last nine digits only if the rest is a prefix.
      if (/^(48|0)/.test(d) && d.length - 9 <= 2) out.phone ??= d.slice(d.length - 9);
    }
  }
  return out;
}

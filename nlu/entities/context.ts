import { cleanText, foldDiacritics, normalise, removeFillers } from '../normalise';
import { digitRuns, numbersIn, type DigitRun, type NumberToken } from '../numbers';

/**
 * One utterance prepared once for all extractors:
 * `base` is the cleaned text without fillers (diacritics kept), `bf` the same folded — spans coincide;
 * `nums`/`runs` are number tokens and dictated digit strings found in `bf`;
 * `nf` is the fully normalised folded text (number words as digits) for simple word patterns;
 * `raw` is the folded cleaned text with fillers kept, for yes/no ("no tak").
 */
export interface Ctx {
  original: string;
  base: string;
  bf: string;
  nf: string;
  raw: string;
  nums: NumberToken[];
  runs: DigitRun[];
}

export function context(text: string): Ctx {
  const original = text ?? '';
  const cleaned = cleanText(original);
  const base = removeFillers(cleaned);
  const bf = foldDiacritics(base);
  const nums = numbersIn(bf);
  return { original, base, bf, nf: normalise(original).folded, raw: foldDiacritics(cleaned), nums, runs: digitRuns(bf, nums) };
}

/** Folded text just before / after a span, trimmed, for context checks. */
export function before(c: Ctx, start: number, chars = 30): string {
  return c.bf.slice(Math.max(0, start - chars), start);
}
export function after(c: Ctx, end: number, chars = 30): string {
  return c.bf.slice(end, end + chars);
}

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

/**
 * Polish amounts written with thousand separators and grosze ("1 500,50 zł", "2.300,00 zł") become one
 * number ("1500,50 zł"). Only before grosze or a currency word: "601 222 333" stays a phone number.
 */
export function joinThousands(text: string): string {
  return text.replace(/(?<![\d.,])(\d{1,3})((?:[ \u00a0.]\d{3})+)(?=(,\d{1,2}(?!\d))|\s*(zł|zl|złotych|zlotych|pln)\b)/gi, (_m, head: string, groups: string) => head + groups.replace(/[ \u00a0.]/g, ''));
}

export function context(text: string): Ctx {
  const original = text ?? '';
  const cleaned = cleanText(joinThousands(original));
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

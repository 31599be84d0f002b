import { numberWordsToDigits } from './numbers';
import type { Normalised } from './types';

/**
 * Text normalisation shared by every NLU function. Steps: Unicode NFC, lower case, punctuation to
 * spaces (keeping the punctuation that belongs inside numbers and words: "1234,50", "05-500",
 * "12/4", "Nowak-Kowalska", "+48"), speech fillers removed, number words to digits, diacritics folded.
 * Folding maps one character to one character, so spans in `text` and `folded` coincide.
 */

const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

export function foldDiacritics(text: string): string {
  return text.replace(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g, (c) => {
    const lower = c.toLowerCase();
    const f = FOLD[lower] ?? lower;
    return c === lower ? f : f.toUpperCase();
  });
}

/**
 * NFC, lower case, punctuation to spaces, whitespace squeezed; no filler removal, no number rewriting.
 * For matchers that need the speaker's exact words (yes/no, crisis cues).
 */
export function cleanText(input: string): string {
  const s = (input ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u201b\u0060\u00b4]/g, "'");
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (WORD_CHAR.test(c)) {
      out += c;
      continue;
    }
    const p = s[i - 1] ?? '';
    const n = s[i + 1] ?? '';
    // Separators inside numbers stay: decimal comma, dates, postal codes, flat numbers ("12/4").
    if (/[.,:/-]/.test(c) && DIGIT.test(p) && DIGIT.test(n)) out += c;
    // Hyphens inside words stay ("Nowak-Kowalska"), and the "+" of "+48".
    else if (c === '-' && LETTER.test(p) && LETTER.test(n)) out += c;
    else if (c === '+' && DIGIT.test(n)) out += c;
    else out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
const WORD_CHAR = /[\p{L}\p{N}\s]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

// Hesitations and discourse fillers from speech transcripts and chat ("yyy", "eee", "proszę pani").
const FILLER_TOKENS = /^(y+|e+|yy+m+|ee+m+|hm+|hmm+|mhm+|yhm+|em+|ym+|aa+|eh+|ehh+|uh+|um+)$/;
const FILLER_PHRASES: RegExp[] = [
  /(^| )(prosze|proszę) (pani|pana|panią|pania|panstwa|państwa)(?= |$)/g,
  /(^| )(wie|wi) (pani|pan)(?= |$)/g,
  /(^| )to znaczy(?= |$)/g,
  /(^| )znaczy(?= |$)/g,
  /(^| )(kurde|kurcze|kurczę)(?= |$)/g,
  // "jakby" as a filler; kept when it means "if/as if" ("jakby mnie nie było").
  /(^| )jakby(?= (?!mnie|nie|ktos|ktoś|cos|coś|sie|się|by|był|byl|mial|miał|miala|miała|to\b)\p{L})/gu,
];

/** Removes speech fillers; a leading "no" goes too unless it is the whole answer. */
export function removeFillers(text: string): string {
  let t = text
    .split(' ')
    .filter((tok) => !FILLER_TOKENS.test(tok))
    .join(' ');
  for (const re of FILLER_PHRASES) t = t.replace(re, '$1');
  t = t.replace(/\s+/g, ' ').trim();
  // "no więc mam problem" → "więc mam problem"; a lone "no" (colloquial yes) is left for yesNo.
  t = t.replace(/^(no+ )+(?=\S)/, '');
  return t;
}

export function normalise(input: string): Normalised {
  const cleaned = cleanText(input ?? '');
  const text = numberWordsToDigits(removeFillers(cleaned)).replace(/\s+/g, ' ').trim();
  const folded = foldDiacritics(text);
  return { original: input, text, folded, tokens: folded.split(' ').filter(Boolean) };
}

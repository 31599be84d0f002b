/**
 * A forgiving "match key" for crisis cues: lower case, diacritics folded, and the spelling confusions
 * Polish writers and speech recognisers make most merged (ch/h, rz/ż, ó/u, doubled letters), so
 * "samobujstwo", "hce umżeć" and "nieeee" still hit. Rules are written in plain folded Polish and go
 * through the same mapping, so both sides agree. Tokens keep their span in the input for evidence.
 */

const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

export function keyWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (c) => FOLD[c] ?? c)
    .replace(/ch/g, 'h')
    .replace(/rz/g, 'z')
    .replace(/u/g, 'o')
    .replace(/([a-z])\1+/g, '$1');
}

/** Applies keyWord's letter mapping to a rule's regex source (rules avoid \b and \s for this reason). */
export function keyPattern(src: string): string {
  return src.replace(/ch/g, 'h').replace(/rz/g, 'z').replace(/u/g, 'o').replace(/([a-z])\1+/g, '$1');
}

export interface Keyed {
  /** NFC input, for evidence. */
  source: string;
  /** Token keys joined by single spaces. */
  key: string;
  /** Per token: span in `source`, span in `key`, and whether a clause boundary precedes it. */
  tokens: { start: number; end: number; kStart: number; kEnd: number; key: string; clause: number; sentence: number }[];
}

// Words that open a new clause: negation in "nie bije, tylko grozi" must not reach "grozi".
const CLAUSE_WORDS = new Set(['ale', 'lecz', 'tylko', 'jednak', 'natomiast', 'bo', 'poniewaz', 'gdyz', 'choc', 'chociaz', 'ze', 'wiec']);
// Run-together negations common in fast typing: "niemam", "niebije", "niechce".
const GLUED_NIE = /^nie(mam|mamy|ma|chce|hce|bije|bil|bila|jadl\w*|jedli\w*|jem|oddycha|zyje|reaguje|wiem|moge|pozwala)$/;

export function keyed(input: string): Keyed {
  const source = (input ?? '').normalize('NFC');
  const tokens: Keyed['tokens'] = [];
  let key = '';
  let clause = 0;
  let sentence = 0;
  let last = 0;
  for (const m of source.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const gap = source.slice(last, start);
    if (/[.,;!?:()\n]/.test(gap)) clause++;
    if (/[.;!?\n]/.test(gap)) sentence++;
    last = end;
    let k = keyWord(m[0]);
    const glued = GLUED_NIE.exec(k);
    const parts = glued ? ['nie', glued[1]] : [k];
    for (const p of parts) {
      k = p;
      if (CLAUSE_WORDS.has(k) && tokens.length) clause++;
      if (key) key += ' ';
      tokens.push({ start, end, kStart: key.length, kEnd: key.length + k.length, key: k, clause, sentence });
      key += k;
    }
  }
  return { source, key, tokens };
}

/** Index of the token containing key offset `pos`. */
export function tokenAt(k: Keyed, pos: number): number {
  let lo = 0;
  let hi = k.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (k.tokens[mid].kStart <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

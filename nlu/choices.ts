import { normalise } from './normalise';
import type { Choice } from './types';

/**
 * Which offered choice an answer picks: by number ("1", "1.", DTMF "1", "jeden", "jedynka",
 * "pierwsza", "numer dwa", "ta druga", "ostatnia") or by a synonym matched on folded words with
 * inflection tolerated by prefix ("sąsiad" ↔ "sąsiadka", "sąsiadki"). Two choices equally matched → null.
 */

const ORDINAL_WORDS: [RegExp, number][] = [
  [/^(pierwsz\w*|jedyn\w*)$/, 1], [/^(drug\w*|dwoj\w*)$/, 2], [/^(trzeci\w*|troj\w*)$/, 3], [/^(czwart\w*|czwor\w*)$/, 4],
  [/^(piat\w*)$/, 5], [/^(szost\w*)$/, 6], [/^(siodm\w*)$/, 7], [/^(osm\w*)$/, 8], [/^(dziewiat\w*)$/, 9],
];
// Words that may wrap a choice number: "numer dwa", "opcja 1", "wybieram trzecią", "ta druga proszę".
const WRAPPERS = new Set([
  'numer', 'nr', 'no', 'opcja', 'opcje', 'opcji', 'odpowiedz', 'wybieram', 'wybor', 'wybralam', 'wybralem', 'poprosze', 'prosze',
  'ta', 'ten', 'to', 'te', 'tamta', 'tamten', 'chodzi', 'o', 'chyba', 'raczej', 'punkt', 'pozycja', 'wariant', 'na', 'moze', 'jest',
  'daje', 'klikam', 'naciskam', 'wciskam', 'przycisk', 'cyfra', 'cyfre', 'tak', 'dobrze', 'niech', 'bedzie', 'z', 'wersja',
]);

function numberChoice(tokens: string[], count: number): number | null {
  const core = tokens.filter((t) => !WRAPPERS.has(t));
  if (core.length !== 1) return null;
  const t = core[0].replace(/^#|#$|\*$/g, '');
  let n: number | null = null;
  if (/^\d{1,2}$/.test(t)) n = Number(t);
  else if (/^(ostatni\w*)$/.test(t)) n = count;
  else for (const [re, v] of ORDINAL_WORDS) if (re.test(t)) n = v;
  return n !== null && n >= 1 && n <= count ? n : null;
}

/** Stem for inflection-tolerant matching: long words lose their ending, short ones must match whole. */
function wordMatches(token: string, syn: string): boolean {
  if (token === syn) return true;
  if (syn.length < 4 || /\d/.test(syn)) return false;
  const stem = syn.length >= 7 ? syn.slice(0, -2) : syn.slice(0, -1);
  // Short words ("mama") only inflect forward: "mamy", "mamie" — never shrink to "mam" ("I have").
  if (syn.length <= 5 && token.length < syn.length) return false;
  return token.startsWith(stem) && token.length <= syn.length + 4;
}

/** Length in words of the synonym found in the tokens, or 0. */
function synonymHit(tokens: string[], synTokens: string[]): number {
  if (!synTokens.length) return 0;
  for (let i = 0; i + synTokens.length <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < synTokens.length && ok; j++) ok = wordMatches(tokens[i + j], synTokens[j]);
    if (ok) return synTokens.length;
  }
  return 0;
}

export function matchChoice<V extends string>(text: string, choices: readonly Choice<V>[]): V | null {
  const { tokens } = normalise(text);
  if (!tokens.length || !choices.length) return null;
  const n = numberChoice(tokens, choices.length);
  if (n !== null) return choices[n - 1].value;
  let best = 0;
  let winners = new Set<V>();
  for (const c of choices) {
    for (const s of [c.value, ...c.synonyms]) {
      const syn = normalise(s).tokens;
      const hit = synonymHit(tokens, syn);
      if (!hit) continue;
      if (hit > best) {
        best = hit;
        winners = new Set([c.value]);
      } else if (hit === best) winners.add(c.value);
    }
  }
  return winners.size === 1 ? [...winners][0] : null;
}

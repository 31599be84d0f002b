import { normalise } from './normalise';
import type { Choice } from './types';

// STUB (replaced by the full choice matcher: number words, ordinals, synonyms, typos).
const ORDINALS = ['jeden|jedynka|pierwsz\\w*|1', 'dwa|dwojka|drug\\w*|2', 'trzy|trojka|trzeci\\w*|3', 'cztery|czworka|czwart\\w*|4', 'piec|piatka|piat\\w*|5', 'szesc|szostka|szost\\w*|6', 'siedem|siodemka|siodm\\w*|7', 'osiem|osemka|osm\\w*|8', 'dziewiec|dziewiatka|dziewiat\\w*|9'];

/** Which of the offered choices the answer picks: by its number (1., "jeden", "pierwsze") or a synonym. */
export function matchChoice<V extends string>(text: string, choices: readonly Choice<V>[]): V | null {
  const { folded } = normalise(text);
  if (!folded) return null;
  for (let i = 0; i < choices.length && i < ORDINALS.length; i++) {
    if (new RegExp(`^(numer |opcja |odpowiedz )?(${ORDINALS[i]})$`).test(folded)) return choices[i].value;
  }
  for (const c of choices) {
    for (const s of c.synonyms) {
      const syn = normalise(s).folded;
      if (syn && (folded === syn || new RegExp(`(^| )${syn}( |$)`).test(folded))) return c.value;
    }
  }
  return null;
}

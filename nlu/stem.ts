/**
 * A light Polish suffix stripper for diacritic-folded tokens.
 *
 * natural's Polish stemmer is a no-op, and a full morphological analyser (Morfeusz, Stempel) is too heavy
 * for a kiosk. Stripping the most common inflectional endings is enough to make "opalu", "opalem" and "opal"
 * one feature, which is what a bag-of-words classifier needs. It is deliberately conservative: a stem keeps
 * at least four letters, so short words ("dps", "mama", "pije") are left alone.
 */

// Longest first: the first matching ending is stripped. All endings are diacritic-folded.
const SUFFIXES = [
  'owania', 'owanie', 'owaniu', 'ujacych', 'ujacy', 'ujaca', 'owego', 'owemu', 'owych', 'owymi',
  'iego', 'iemu', 'ami', 'ach', 'ego', 'emu', 'ych', 'ymi', 'imi', 'ich', 'iej', 'owi', 'owa', 'owe', 'owy',
  'ow', 'om', 'em', 'ie', 'ia', 'iu', 'ej', 'ym', 'im', 'ek',
  'y', 'a', 'e', 'i', 'o', 'u',
];

const MIN_STEM = 4;

export function stem(token: string): string {
  if (token.length <= MIN_STEM || /\d/.test(token)) return token;
  for (const s of SUFFIXES) {
    if (token.endsWith(s) && token.length - s.length >= MIN_STEM) return token.slice(0, -s.length);
  }
  return token;
}

import type { Normalised } from './types';

// STUB (replaced by the full normaliser): NFC, lower case, punctuation, diacritics.
const FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

export function foldDiacritics(text: string): string {
  return text.replace(/[ąćęłńóśźż]/g, (c) => FOLD[c] ?? c);
}

export function normalise(input: string): Normalised {
  const text = input
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s@+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const folded = foldDiacritics(text);
  return { original: input, text, folded, tokens: folded.split(' ').filter(Boolean) };
}

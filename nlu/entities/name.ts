import type { PersonName } from '../types';

// Introductions and courtesy words around a name ("dzień dobry, nazywam się …", "pani Anna").
const LEAD =
  /^(?:\s*(?:dzien dobry|dobry wieczor|witam|czesc|halo|hej|tak|no|yyy|eee|prosze pani|prosze pana|prosze|wiec|to|ja|ja jestem|jestem|tu|tutaj|moje imie i nazwisko to|moje imie i nazwisko|imie i nazwisko|moje nazwisko to|moje imie to|nazywam sie|nazywa sie|mowi|z tej strony|pani|pan|panna)[\s,.:;!-]+)+/i;
const TRAIL = /[\s,.;!-]+(?:z tej strony|przy telefonie|dziekuje|prosze|slucham)\s*[.!]*$/i;
const FIRST_ONLY = /^(?:.*?\b)?(?:mam na imie|na imie mam|imie mam|moje imie to|imie)\s*[:,-]?\s*/i;

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[ąćęłńóśźż]/g, (ch) => ({ ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' })[ch] ?? ch);
}

/**
 * The name as typed, original casing and diacritics kept: "Jan Kowalski", "nazywam się Anna
 * Nowak-Kowalska", "mam na imię Zofia" (first name only). Text that is not a name (digits only, no
 * letters, a sentence) gives undefined; odd characters are kept verbatim — storage escapes, not us.
 */
export function findName(original: string): PersonName | undefined {
  let s = original.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!s || s.length > 120) return undefined;
  // "mam na imię Krzysztof, a nazwisko Nowak": both parts named explicitly.
  const both = /\bimie(?! i nazwisk)\s*(?:to|mam)?\s*[:,-]?\s*(\S+?)[\s,.;]+(?:a\s+|i\s+)?(?:moje\s+)?nazwisko\s*(?:to|mam)?\s*[:,-]?\s*(\S+)/.exec(fold(s));
  if (both) {
    const fStart = both.index + both[0].indexOf(both[1]);
    const lStart = both.index + both[0].length - both[2].length;
    const clean = (w: string): string => w.replace(/[\s,.;:!]+$/g, '');
    return { firstName: clean(s.slice(fStart, fStart + both[1].length)), lastName: clean(s.slice(lStart, lStart + both[2].length)) };
  }
  const firstOnly = FIRST_ONLY.exec(fold(s));
  if (firstOnly && /\bimie\b/.test(fold(s)) && !/\bnazwisk/.test(fold(s))) {
    s = s.slice(firstOnly[0].length);
    const w = s.replace(/^[\s,.:;!-]+|[\s,.:;!]+$/g, '').split(' ')[0];
    return w && /\p{L}/u.test(w) && !/\d/.test(w) ? { firstName: w, lastName: null } : undefined;
  }
  // Strip introductions by length on the folded copy (folding keeps length).
  for (let k = 0; k < 3; k++) {
    const lead = LEAD.exec(fold(s));
    if (lead) s = s.slice(lead[0].length);
    const trail = TRAIL.exec(fold(s));
    if (trail) s = s.slice(0, trail.index);
  }
  s = s.replace(/^[\s,.:;!-]+|[\s,.;!]+$/g, '').trim();
  if (!s || !/\p{L}/u.test(s)) return undefined;
  const words = s.split(' ');
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || letters < s.replace(/\s/g, '').length / 3) return undefined; // mostly digits/garbage
  if (words.length > 5 || words.every((w) => /^\d+$/.test(w))) return undefined;
  // A sentence rather than a name: common verbs and function words.
  if (words.length > 2 && words.some((w) => /^(nie|mam|jest|sie|się|chce|chcę|bo|ze|że|i|ale|mieszkam|potrzebuje|potrzebuję)$/i.test(w))) return undefined;
  return { firstName: words[0], lastName: words.length > 1 ? words.slice(1).join(' ') : null };
}

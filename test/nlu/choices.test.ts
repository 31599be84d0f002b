import { matchChoice } from '../../nlu/choices';
import type { Choice } from '../../nlu/types';

const WHO: Choice<'self' | 'family' | 'neighbour'>[] = [
  { value: 'self', synonyms: ['dla siebie', 'ja', 'mnie'] },
  { value: 'family', synonyms: ['rodzina', 'członek rodziny', 'mama', 'tata', 'dziecko'] },
  { value: 'neighbour', synonyms: ['sąsiad', 'znajomy'] },
];
const YN: Choice<'yes' | 'no' | 'dk'>[] = [
  { value: 'yes', synonyms: ['tak', 'zgoda'] },
  { value: 'no', synonyms: ['nie'] },
  { value: 'dk', synonyms: ['nie wiem'] },
];

describe('matchChoice', () => {
  it.each([
    ['1', 'self'],
    ['1.', 'self'],
    ['#1', 'self'],
    ['jeden', 'self'],
    ['jedynka', 'self'],
    ['pierwsza', 'self'],
    ['numer dwa', 'family'],
    ['ta druga', 'family'],
    ['dwójka', 'family'],
    ['opcja 2', 'family'],
    ['3', 'neighbour'],
    ['trzecia proszę', 'neighbour'],
    ['ostatnia', 'neighbour'],
    ['sąsiadka', 'neighbour'],
    ['sąsiadki', 'neighbour'],
    ['sasiad', 'neighbour'],
    ['dla siebie', 'self'],
    ['dla mamy', 'family'],
    ['Dzwonię w sprawie sąsiadki', 'neighbour'],
  ])('%s → %s', (text, v) => {
    expect(matchChoice(text, WHO)).toBe(v);
  });

  it.each(['4', 'zero', 'mama i sąsiad', 'coś innego', '', 'mam sprawę'])('gives null when nothing or more than one choice fits: %s', (text) => {
    expect(matchChoice(text, WHO)).toBeNull();
  });

  it('prefers the longer synonym ("nie wiem" over "nie")', () => {
    expect(matchChoice('nie wiem', YN)).toBe('dk');
    expect(matchChoice('nie', YN)).toBe('no');
    expect(matchChoice('Tak', YN)).toBe('yes');
  });
});

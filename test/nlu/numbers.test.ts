import { digitRuns, monthNumber, numberWordsToDigits, numbersIn } from '../../nlu/numbers';

const values = (s: string): number[] => numbersIn(s).map((t) => t.value);
const runs = (s: string): string[] => digitRuns(s).map((r) => r.digits);

describe('numbersIn', () => {
  it.each<[string, number[]]>([
    ['tysiąc dwieście', [1200]],
    ['dziewięćset pięćdziesiąt', [950]],
    ['dwa tysiące trzysta', [2300]],
    ['sto tysięcy', [100000]],
    ['dwadzieścia jeden', [21]],
    ['pięćset jeden dwieście trzydzieści cztery', [501, 234]],
    ['sześć zero jeden', [6, 0, 1]],
    ['dwadzieścia piętnaście', [20, 15]],
    ['półtora tysiąca', [1500]],
    ['poltora tysiaca', [1500]],
    ['pół tysiąca', [500]],
    ['3,5 tys.', [3500]],
    ['2 tys', [2000]],
    ['2k', [2000]],
    ['1234,50', [1234.5]],
    ['1.200', [1200]],
    ['dwa miliony', [2000000]],
    ['milion dwieście tysięcy', [1200000]],
    ['siedemdziesiat dziewiec', [79]],
    ['trzech synów i dwie córki', [3, 2]],
  ])('%s → %j', (s, v) => {
    expect(values(s)).toEqual(v);
  });

  it('marks collective numerals and ordinals', () => {
    const [d] = numbersIn('dwójka dzieci');
    expect(d).toMatchObject({ value: 2, collective: true });
    const [p] = numbersIn('pięcioro');
    expect(p).toMatchObject({ value: 5, collective: true });
    const [o] = numbersIn('piętnastego');
    expect(o).toMatchObject({ value: 15, ordinal: true });
    const [y] = numbersIn('tysiąc dziewięćset pięćdziesiątego drugiego');
    expect(y).toMatchObject({ value: 1952, ordinal: true });
    expect(numbersIn('dwudziestego pierwszego')[0].value).toBe(21);
  });

  it('gives spans into the input', () => {
    const s = 'mam siedemdziesiąt dziewięć lat';
    const [t] = numbersIn(s);
    expect(s.slice(t.start, t.end)).toBe('siedemdziesiąt dziewięć');
  });

  it('flags single spoken digits', () => {
    expect(numbersIn('sześć zero').map((t) => t.singleDigit)).toEqual([true, true]);
    expect(numbersIn('sześćset')[0].singleDigit).toBe(false);
  });
});

describe('digitRuns (dictation join mode)', () => {
  it.each<[string, string[]]>([
    ['sześć zero jeden dwa dwa dwa trzy trzy trzy', ['601222333']],
    ['pięćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem', ['501234567']],
    ['sześćset zero dwa sto dwadzieścia trzy czterysta pięćdziesiąt sześć', ['602123456']],
    ['zero pięć pięćset', ['05500']],
    ['dwadzieścia dwa trzysta', ['22300']],
    ['601 222 333', ['601222333']],
    ['+48 601-222-333', ['48601222333']],
    ['pesel 44051401359 i telefon 601222333', ['44051401359', '601222333']],
    ['mam dwójkę dzieci', []],
  ])('%s → %j', (s, r) => {
    expect(runs(s)).toEqual(r);
  });
});

describe('numberWordsToDigits', () => {
  it('joins three or more dictated digits and leaves grouped numbers separate', () => {
    expect(numberWordsToDigits('sześć zero jeden')).toBe('601');
    expect(numberWordsToDigits('dwa dwa')).toBe('2 2');
    expect(numberWordsToDigits('pięćset jeden dwieście')).toBe('501 200');
  });
  it('converts ordinals only in dates', () => {
    expect(numberWordsToDigits('piętnastego marca')).toBe('15 marca');
    expect(numberWordsToDigits('ta druga opcja')).toBe('ta druga opcja');
  });
});

describe('monthNumber', () => {
  it.each([
    ['marca', 3],
    ['Października', 10],
    ['pazdziernika', 10],
    ['grudnia', 12],
    ['maja', 5],
    ['stół', null],
  ])('%s → %s', (w, n) => {
    expect(monthNumber(w)).toBe(n);
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import { extract, extractEntities } from '../../nlu/entities';
import type { Expect } from '../../nlu/types';

interface Case {
  text: string;
  expect: Expect;
  value: unknown;
}
const SET: Case[] = readFileSync(join(__dirname, '../../nlu/data/entities-test.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

describe('entities test set (nlu/data/entities-test.jsonl)', () => {
  it('has at least 150 realistic lines covering every expect', () => {
    expect(SET.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(SET.map((c) => c.expect));
    for (const k of ['age', 'householdSize', 'monthlyIncome', 'phone', 'pesel', 'postalCode', 'birthDate', 'yesNo', 'name', 'address']) expect(kinds).toContain(k);
  });

  it('extracts at least 95% of values exactly', () => {
    const wrong = SET.filter((c) => JSON.stringify(extract(c.text, c.expect).value) !== JSON.stringify(c.value));
    const accuracy = 1 - wrong.length / SET.length;
    if (wrong.length) console.warn(wrong.map((c) => `${c.expect}: ${c.text} → ${JSON.stringify(extract(c.text, c.expect).value)}`).join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('extract: PESEL', () => {
  it.each([
    ['44051401359', '44051401359'],
    ['440 514 013 59', '44051401359'],
    ['cztery cztery zero pięć jeden cztery zero jeden trzy pięć dziewięć', '44051401359'],
    ['czterdzieści cztery zero pięć czternaście zero jeden trzysta pięćdziesiąt dziewięć', '44051401359'],
  ])('%s', (text, pesel) => {
    const r = extract(text, 'pesel');
    expect(r.value).toBe(pesel);
    expect(r.entities.pesel).toEqual({ pesel, birthDate: '1944-05-14', sex: 'male' });
  });

  it('reports an invalid checksum as invalidPesel with value null', () => {
    const r = extract('44051401358', 'pesel');
    expect(r.value).toBeNull();
    expect(r.entities.invalidPesel).toBe('44051401358');
    expect(r.entities.pesel).toBeUndefined();
  });
});

describe('extract: phone', () => {
  it.each([
    ['601 222 333', '601222333'],
    ['+48 601-222-333', '601222333'],
    ['0048601222333', '601222333'],
    ['48601222333', '601222333'],
    ['pięćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem', '501234567'],
    ['sześćset zero dwa sto dwadzieścia trzy czterysta pięćdziesiąt sześć', '602123456'],
    ['szesc zero jeden dwa dwa dwa trzy trzy trzy', '601222333'],
    ['(81) 532 11 22', '815321122'],
    ['60122233', null],
  ])('%s → %s', (text, phone) => {
    expect(extract(text, 'phone').value).toBe(phone);
  });
});

describe('extract: postal code', () => {
  it.each([
    ['22-300', '22-300'],
    ['05500', '05-500'],
    ['zero pięć pięćset', '05-500'],
    ['dwadzieścia dwa trzysta', '22-300'],
    ['2230', null],
  ])('%s → %s', (text, code) => {
    expect(extract(text, 'postalCode').value).toBe(code);
  });
  it('finds a written code without being asked', () => {
    expect(extractEntities('mieszkam w 22-300 Krasnystaw').postalCode).toBe('22-300');
  });
});

describe('extract: age', () => {
  it.each([
    ['mam 79 lat', 79],
    ['siedemdziesiąt dziewięć', 79],
    ['osiemdziesiąt sześć lat', 86],
    ['od 10 lat jestem wdową a mam 82', 82],
    ['200', null],
    ['nie powiem', null],
  ])('%s → %s', (text, age) => {
    expect(extract(text, 'age').value).toBe(age);
  });
  it('takes a bare number as age only when age was asked', () => {
    expect(extractEntities('siedemdziesiąt dziewięć').age).toBeUndefined();
    expect(extractEntities('mam 79 lat').age).toBe(79);
    expect(extractEntities('mieszkam tu od 10 lat').age).toBeUndefined();
  });
});

describe('extract: household size', () => {
  it.each([
    ['mieszkam z żoną i dwójką dzieci', 4],
    ['sama', 1],
    ['mieszkam sama', 1],
    ['we trójkę', 3],
    ['z mężem', 2],
    ['ja i mama', 2],
    ['nas jest pięcioro', 5],
    ['4', 4],
    ['jestem sama z trojgiem dzieci', 4],
    ['mieszkam z mężem i dziećmi', null],
    ['sto', null],
  ])('%s → %s', (text, size) => {
    expect(extract(text, 'householdSize').value).toBe(size);
  });
});

describe('extract: monthly income', () => {
  it.each([
    ['1200 zł', 1200],
    ['tysiąc dwieście złotych', 1200],
    ['3,5 tys.', 3500],
    ['1234,50', 1234.5],
    ['półtora tysiąca', 1500],
    ['nie mam dochodu', 0],
    ['żadnego', 0],
    ['zero', 0],
    ['nic', 0],
    ['około 2000', 2000],
    ['1500-1800', 1800],
    ['dwa tysiące sto złotych', 2100],
    ['2000 zł plus 800 plus na dziecko', 2000],
    ['dwa miliony', null],
  ])('%s → %s', (text, income) => {
    expect(extract(text, 'monthlyIncome').value).toBe(income);
  });
});

describe('extract: birth date', () => {
  it.each([
    ['15 marca 1952', '1952-03-15'],
    ['15.03.1952', '1952-03-15'],
    ['15-03-1952', '1952-03-15'],
    ['1952-03-15', '1952-03-15'],
    ['piętnastego marca tysiąc dziewięćset pięćdziesiątego drugiego', '1952-03-15'],
    ['30 lutego 1950', null],
  ])('%s → %s', (text, date) => {
    expect(extract(text, 'birthDate').value).toBe(date);
  });
});

describe('extract: yes / no / don\'t know', () => {
  it.each([
    ['no tak', 'yes'],
    ['no', 'yes'],
    ['jasne', 'yes'],
    ['pewnie', 'yes'],
    ['oczywiscie', 'yes'],
    ['zgadza się', 'yes'],
    ['tak tak', 'yes'],
    ['raczej nie', 'no'],
    ['no nie', 'no'],
    ['nie', 'no'],
    ['nie wiem', 'dont_know'],
    ['banan', null],
  ])('%s → %s', (text, yn) => {
    expect(extract(text, 'yesNo').value).toBe(yn);
  });
});

describe('extract: name', () => {
  it.each([
    ['Jan Kowalski', { firstName: 'Jan', lastName: 'Kowalski' }],
    ['nazywam się Anna Nowak-Kowalska', { firstName: 'Anna', lastName: 'Nowak-Kowalska' }],
    ['mam na imię Zofia', { firstName: 'Zofia', lastName: null }],
    ['dzień dobry, tu pani Halina Wiśniewska', { firstName: 'Halina', lastName: 'Wiśniewska' }],
    ['123456', null],
    ['!!!', null],
  ])('%s', (text, name) => {
    expect(extract(text, 'name').value).toEqual(name);
  });
  it('keeps markup and SQL verbatim as plain strings (storage escapes)', () => {
    expect(extract("Robert'); DROP TABLE osoby;--", 'name').value).toEqual({ firstName: "Robert');", lastName: 'DROP TABLE osoby;--' });
  });
});

describe('extract: address', () => {
  it.each([
    ['ul. Lubelska 12/4, 22-300 Krasnystaw', { street: 'Lubelska 12/4', postalCode: '22-300', city: 'Krasnystaw' }],
    ['Piłsudskiego 5 m 3 Przasnysz', { street: 'Piłsudskiego 5/3', postalCode: null, city: 'Przasnysz' }],
    ['Łopiennik Górny 45', { street: 'Łopiennik Górny 45', postalCode: null, city: 'Łopiennik Górny' }],
    ['ulica lubelska dwanaście przez cztery dwadzieścia dwa trzysta krasnystaw', { street: 'lubelska 12/4', postalCode: '22-300', city: 'krasnystaw' }],
  ])('%s', (text, address) => {
    expect(extract(text, 'address').value).toEqual(address);
  });
});

describe('extract without expect', () => {
  it('returns value null and the entities found', () => {
    const r = extract('mam 79 lat, telefon 601 222 333');
    expect(r.value).toBeNull();
    expect(r.entities).toMatchObject({ age: 79, phone: '601222333' });
  });
  it('gives null for unexpected shapes', () => {
    expect(extract('nie wiem', 'phone').value).toBeNull();
    expect(extract('jakieś bzdury', 'birthDate').value).toBeNull();
  });
});

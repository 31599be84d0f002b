import { loadCentre } from '../../config';
import { emptyRecord } from '../../intake';
import { csvCell, recordsToCsv } from '../../worker/csv';
import { applyEdits, parseField } from '../../worker/edit';
import { deadlineOf, warningsFor, workingDaysLeft } from '../../worker/review';

const config = loadCentre();
const now = new Date('2026-11-23T10:00:00Z');
const fresh = () => {
  const r = emptyRecord({ id: 'r1', reference: 'PK-2026-000010', conversationId: 'c1', channel: 'kiosk', now, team: 'swiadczenia' });
  r.status = 'new';
  r.missing = ['identity', 'phone'];
  return r;
};

describe('field corrections follow the bot’s rules', () => {
  test.each([
    ['applicant.pesel', '44051401359', '44051401359'],
    ['applicant.pesel', '440514 01359', '44051401359'],
    ['applicant.phone', '+48 601-222-333', '601222333'],
    ['applicant.phone', '0601222333', '601222333'],
    ['applicant.address.postalCode', '22300', '22-300'],
    ['income.monthlyNet', '1 234,50 zł', 1234.5],
    ['household.size', '3', 3],
    ['applicant.firstName', '  Zdzisław ', 'Zdzisław'],
    ['applicant.lastName', '', null],
  ])('%s ← "%s" is kept as %p', (field, input, expected) => {
    expect(parseField(field as never, input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['applicant.pesel', '44051401358'], // wrong check digit
    ['applicant.pesel', '4405140135'],
    ['applicant.phone', '12 34'],
    ['applicant.phone', 'zadzwoń 601222333'],
    ['applicant.address.postalCode', '2-300'],
    ['applicant.birthDate', '1944-02-30'],
    ['household.size', '0'],
    ['income.monthlyNet', '-5'],
    ['problem.category', 'zasiłek'],
  ])('%s ← "%s" is refused with a Polish message', (field, input) => {
    const p = parseField(field as never, input);
    expect(p.ok).toBe(false);
    expect((p as { message: string }).message).toMatch(/[a-ząćęłńóśźż]/i);
  });

  test('a PESEL fills birth date and age and leaves "missing"; all-or-nothing on an error', () => {
    const r = fresh();
    const refused = applyEdits(r, { 'applicant.pesel': '44051401359', 'applicant.phone': 'abc' }, config, now);
    expect(Object.keys(refused.errors)).toEqual(['applicant.phone']);
    expect(r.applicant.pesel).toBeNull();
    const done = applyEdits(r, { 'applicant.pesel': '44051401359' }, config, now);
    expect(done.changed).toEqual([{ field: 'applicant.pesel', before: null, after: '44051401359' }]);
    expect(r.applicant).toMatchObject({ birthDate: '1944-05-14', age: 82 });
    expect(r.missing).toEqual(['phone']);
  });

  test('an address outside the gmina flips the territory check; income against the criterion is recomputed', () => {
    const r = fresh();
    applyEdits(r, { 'applicant.address.street': 'Lubelska 12', 'applicant.address.postalCode': '22-300', 'applicant.address.city': 'Krasnystaw' }, config, now);
    expect(r.territory.inside).toBe(false);
    applyEdits(r, { 'household.size': '1', 'income.monthlyNet': '2000' }, config, now);
    expect(r.income.belowCriterion).toBe(false);
    const w = warningsFor(r, config, []).map((x) => x.code);
    expect(w).toEqual(expect.arrayContaining(['outsideTerritory', 'incomeAbove', 'missingPesel', 'missingPhone', 'missing']));
  });

  test('urgency changes the statutory deadline (2 working days instead of 14)', () => {
    const r = fresh();
    r.dueBy = deadlineOf(r, config);
    expect(r.dueBy).toBe('2026-12-11');
    applyEdits(r, { 'urgency.urgent': true }, config, now);
    expect(r.dueBy).toBe('2026-11-25');
    expect(workingDaysLeft('2026-11-25', now)).toBe(2);
    expect(workingDaysLeft('2026-11-20', now)).toBe(-1);
    expect(workingDaysLeft('2026-11-23', now)).toBe(0);
  });
});

describe('CSV export', () => {
  test('formulas are neutralised and separators quoted', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Kowalska; Anna')).toBe('"Kowalska; Anna"');
    expect(csvCell(null)).toBe('');
  });
  test('BOM, header and one line per record', () => {
    const r = fresh();
    r.applicant.lastName = 'Żółkiewska';
    const csv = recordsToCsv([r], config);
    expect(csv.startsWith('\uFEFFnumer;')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Żółkiewska');
  });
});

test('warnings name skipped and missing questions in Polish', () => {
  const r = fresh();
  r.skipped = ['householdSize'];
  const texts = warningsFor(r, config, []).map((w) => w.text);
  expect(texts).toContain('Brak danych: PESEL lub data urodzenia, telefon.');
  expect(texts).toContain('Pominięte przez mieszkańca: liczba osób w gospodarstwie.');
});

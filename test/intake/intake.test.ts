import { loadCentre } from '../../config';
import { addWorkingDays, checkIncome, criterionInForce, insideTerritory, isWorkingDay, nextOpening, teamFor, warsawTime } from '../../intake';

const demo = loadCentre();

describe('working days (community interview deadline)', () => {
  test('skips weekends and Polish public holidays', () => {
    expect(addWorkingDays(new Date('2026-11-23T10:00:00Z'), 14)).toBe('2026-12-11');
    // 10 Nov 2026 (Tue) + 2: 11 Nov is Independence Day → 12, 13.
    expect(addWorkingDays(new Date('2026-11-10T10:00:00Z'), 2)).toBe('2026-11-13');
    // Easter Monday 2027 is 29 March.
    expect(isWorkingDay(new Date('2027-03-29T12:00:00Z'))).toBe(false);
    // Corpus Christi 2026: 4 June; 24 December is a holiday since 2025.
    expect(isWorkingDay(new Date('2026-06-04T12:00:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-12-24T12:00:00Z'))).toBe(false);
  });
});

describe('income criterion (recorded, never a decision)', () => {
  test('the criterion in force depends on the day', () => {
    expect(criterionInForce(demo, new Date('2024-06-01'))?.singlePerson).toBe(776);
    expect(criterionInForce(demo, new Date('2025-01-01'))?.singlePerson).toBe(1010);
  });
  test('single person vs family per person; "not exceeding" counts as below', () => {
    expect(checkIncome(demo, 1010, 1, new Date('2026-01-01'))).toEqual({ perPerson: 1010, criterion: 1010, belowCriterion: true });
    expect(checkIncome(demo, 1011, 1, new Date('2026-01-01'))?.belowCriterion).toBe(false);
    expect(checkIncome(demo, 3292, 4, new Date('2026-01-01'))).toEqual({ perPerson: 823, criterion: 823, belowCriterion: true });
    expect(checkIncome(demo, 3300, 4, new Date('2026-01-01'))?.belowCriterion).toBe(false);
  });
});

test('territory by postal code or town, unknown when the address says too little', () => {
  expect(insideTerritory(demo, { street: 'Lipowa 1', postalCode: '99-100', city: 'Demowo' })).toBe(true);
  expect(insideTerritory(demo, { street: null, postalCode: null, city: 'Wola Demowska' })).toBe(true);
  expect(insideTerritory(demo, { street: 'Długa 1', postalCode: '00-950', city: 'Warszawa' })).toBe(false);
  expect(insideTerritory(demo, { street: 'Lipowa 1', postalCode: null, city: null })).toBeNull();
});

test('information stays with the first-contact post unless a team takes it', () => {
  expect(teamFor(demo, 'information').code).toBe('pierwszy_kontakt');
  expect(teamFor(demo, 'benefits').code).toBe('swiadczenia');
});

describe('Warsaw time and the next opening', () => {
  test('calendar days are Warsaw days: 23:30 UTC on 31 December is already the new year', () => {
    expect(warsawTime(new Date('2026-12-31T23:30:00Z')).day.toISOString().slice(0, 10)).toBe('2027-01-01');
  });
  test.each([
    ['2026-11-23T09:00:00Z', true, 'dzisiaj'], // Monday 10:00
    ['2026-11-23T06:00:00Z', false, 'dzisiaj od 7:30'], // Monday 7:00
    ['2026-11-23T15:00:00Z', false, 'jutro od 7:30'], // Monday 16:00
    ['2026-11-27T16:00:00Z', false, 'w poniedziałek od 7:30'], // Friday evening
    ['2026-11-10T18:00:00Z', false, 'w czwartek od 7:30'], // 11 November is a holiday
  ])('%s → open %s, "%s"', (at, openNow, text) => {
    expect(nextOpening(demo, new Date(at))).toEqual({ openNow, text });
  });
});

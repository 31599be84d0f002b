import { findAddress } from './entities/address';
import { context } from './entities/context';
import { findDates } from './entities/dates';
import { findIdentifiers } from './entities/identifiers';
import { findMonthlyIncome } from './entities/money';
import { findName } from './entities/name';
import { findAge, findHouseholdSize } from './entities/people';
import { findYesNo } from './entities/yesno';
import type { Entities, Expect, Extraction } from './types';

/** Sanity bounds: a value outside them is a misheard or mistyped answer, so the dialog asks again. */
const BOUNDS: Partial<Record<Expect, [number, number]>> = {
  age: [0, 130],
  householdSize: [1, 30],
  monthlyIncome: [0, 1_000_000],
};

function inBounds(expect: Expect, v: number | undefined): number | undefined {
  const b = BOUNDS[expect];
  if (v === undefined || !b) return v;
  return v >= b[0] && v <= b[1] ? v : undefined;
}

function collect(text: string, expect?: Expect): Entities {
  const c = context(text);
  const e: Entities = {};
  const dates = findDates(c);
  const hint = expect === 'phone' || expect === 'pesel' || expect === 'postalCode' ? expect : undefined;
  const ids = findIdentifiers(c, dates, hint);
  if (ids.pesel) e.pesel = ids.pesel;
  if (ids.invalidPesel) e.invalidPesel = ids.invalidPesel;
  if (ids.phone) e.phone = ids.phone;
  const postal = ids.postalCode ?? (expect === 'postalCode' || expect === 'address' ? ids.fiveDigits : undefined);
  if (postal) e.postalCode = postal;
  if (dates.length) e.birthDate = dates[0].iso;

  // Number-based answers: a bare number counts only for the entity that was asked for.
  const age = inBounds('age', findAge(c, expect === 'age'));
  if (age !== undefined) e.age = age;
  const household = inBounds('householdSize', findHouseholdSize(c, expect === 'householdSize'));
  if (household !== undefined) e.householdSize = household;
  const income = inBounds('monthlyIncome', findMonthlyIncome(c, expect === 'monthlyIncome'));
  if (income !== undefined) e.monthlyIncome = income;

  const yn = findYesNo(c.raw);
  if (yn && (expect === 'yesNo' || c.raw.split(' ').length <= 6)) e.yesNo = yn;
  if (expect === 'name') {
    const n = findName(text);
    if (n) e.name = n;
  }
  if (expect === 'address') {
    const a = findAddress(text);
    if (a) {
      if (!a.postalCode && e.postalCode) a.postalCode = e.postalCode;
      e.address = a;
    }
  }
  return e;
}

/** Everything recognisable in a free utterance (no question asked). */
export function extractEntities(text: string): Entities {
  return collect(text);
}

/**
 * The value for the question the dialog asked (`expect`) plus all entities found. Values:
 * age/householdSize integers, monthlyIncome zł, phone 9 digits, pesel 11 digits (null when the
 * checksum fails; `entities.invalidPesel` then holds the digits), postalCode "NN-NNN", birthDate
 * "YYYY-MM-DD", yesNo 'yes'|'no'|'dont_know', name {firstName,lastName}, address {street,postalCode,city}.
 * Unexpected shapes give value null, so the dialog asks again.
 */
export function extract(text: string, expect?: Expect): Extraction {
  const entities = collect(text, expect);
  let value: unknown = null;
  switch (expect) {
    case undefined:
      break;
    case 'pesel':
      value = entities.pesel?.pesel ?? null;
      break;
    default:
      value = entities[expect] ?? null;
  }
  return { value, entities };
}

import type { CentreConfig } from '../config';
import { addWorkingDays, checkIncome, insideTerritory, type IntakeRecord } from '../intake';
import { extract, parsePesel } from '../nlu';
import { wt } from './i18n';

/** Fields the reviewing worker may correct, by dotted path. */
export const EDITABLE_FIELDS = [
  'applicant.firstName',
  'applicant.lastName',
  'applicant.pesel',
  'applicant.birthDate',
  'applicant.age',
  'applicant.phone',
  'applicant.email',
  'applicant.address.street',
  'applicant.address.postalCode',
  'applicant.address.city',
  'household.size',
  'income.monthlyNet',
  'problem.description',
  'problem.category',
  'urgency.urgent',
  'needs.details',
  'reporterContact.name',
  'reporterContact.phone',
  'reporterContact.relation',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

const CATEGORIES = ['benefits', 'social_work', 'care_services', 'information'];

export interface EditResult {
  /** Field → Polish message, for every value refused. Nothing is changed when any is refused. */
  errors: Record<string, string>;
  changed: { field: string; before: unknown; after: unknown }[];
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };
const ok = (value: unknown): Parsed => ({ ok: true, value });
const bad = (key: string): Parsed => ({ ok: false, message: wt(`invalid.${key}`) });

function ageOn(birthDate: string, now: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = now.getUTCFullYear() - y;
  if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age--;
  return age;
}

/** Validates one value the way the bot validates the same answer; empty text clears the field. */
export function parseField(field: EditableField, raw: unknown): Parsed {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (field === 'urgency.urgent') return raw === true || raw === 'true' ? ok(true) : raw === false || raw === 'false' ? ok(false) : bad('field');
  if (field === 'problem.category') return CATEGORIES.includes(text) ? ok(text) : bad('category');
  if (text === '') return field === 'problem.description' ? ok('') : ok(null);
  if (text.length > 2000) return bad('text');
  switch (field) {
    case 'applicant.pesel':
      return parsePesel(text.replace(/\s/g, '')) ? ok(text.replace(/\s/g, '')) : bad('pesel');
    case 'applicant.phone':
    case 'reporterContact.phone': {
      // Same rules as the bot (nlu phone extractor: 9 digits, +48/0 prefixes dropped), but only digits and separators.
      if (!/^[+\d][\d\s()-]*$/.test(text)) return bad('phone');
      const phone = extract(text, 'phone').value as string | null;
      return phone && /^\d{9}$/.test(phone) ? ok(phone) : bad('phone');
    }
    case 'applicant.address.postalCode': {
      const m = /^(\d{2})-?(\d{3})$/.exec(text);
      return m ? ok(`${m[1]}-${m[2]}`) : bad('postalCode');
    }
    case 'applicant.birthDate': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const d = m ? new Date(`${text}T00:00:00Z`) : null;
      return d && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text ? ok(text) : bad('date');
    }
    case 'applicant.age': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 0 && n <= 130 ? ok(n) : bad('age');
    }
    case 'household.size': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= 30 ? ok(n) : bad('size');
    }
    case 'income.monthlyNet': {
      const n = Number(text.replace(/\s|zł/g, '').replace(',', '.'));
      return Number.isFinite(n) && n >= 0 && n < 1_000_000 ? ok(Math.round(n * 100) / 100) : bad('money');
    }
    case 'applicant.email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? ok(text) : bad('email');
    default:
      return text.length <= 300 || field === 'problem.description' || field === 'needs.details' ? ok(text) : bad('text');
  }
}

function getPath(record: IntakeRecord, field: string): unknown {
  return field.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), record) ?? null;
}

function setPath(record: IntakeRecord, field: string, value: unknown): void {
  const keys = field.split('.');
  let o = record as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) {
    if (o[k] === null || o[k] === undefined) {
      o[k] = k === 'address' ? { street: null, postalCode: null, city: null } : k === 'reporterContact' ? { name: null, phone: null, relation: null } : {};
    }
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = value;
}

/**
 * Applies the worker's corrections to a copy-free record: all or nothing. Derived values follow the
 * bot's rules: PESEL gives birth date and age, address gives territory, income and household give the
 * criterion check, and a filled field leaves the `missing`/`skipped` lists.
 */
export function applyEdits(record: IntakeRecord, changes: Record<string, unknown>, config: CentreConfig, now: Date): EditResult {
  const errors: Record<string, string> = {};
  const parsed: [EditableField, unknown][] = [];
  for (const [field, raw] of Object.entries(changes)) {
    if (!(EDITABLE_FIELDS as readonly string[]).includes(field)) {
      errors[field] = wt('invalid.field');
      continue;
    }
    const p = parseField(field as EditableField, raw);
    if (p.ok) parsed.push([field as EditableField, p.value]);
    else errors[field] = p.message;
  }
  if (Object.keys(errors).length) return { errors, changed: [] };
  const changed: EditResult['changed'] = [];
  for (const [field, value] of parsed) {
    const before = getPath(record, field);
    if (JSON.stringify(before) === JSON.stringify(value)) continue;
    setPath(record, field, value);
    changed.push({ field, before, after: value });
  }
  const touched = new Set(changed.map((c) => c.field));
  if (touched.has('applicant.pesel') && record.applicant.pesel) {
    const info = parsePesel(record.applicant.pesel)!;
    record.applicant.birthDate = info.birthDate;
    record.applicant.age = ageOn(info.birthDate, now);
  } else if (touched.has('applicant.birthDate') && record.applicant.birthDate) {
    record.applicant.age = ageOn(record.applicant.birthDate, now);
  }
  if ([...touched].some((f) => f.startsWith('applicant.address.'))) {
    const inside = insideTerritory(config, record.applicant.address);
    record.territory = { inside, note: inside === false ? `poza gminą ${config.territory.gmina}` : null };
  }
  if (touched.has('household.size') || touched.has('income.monthlyNet')) {
    const { monthlyNet } = record.income;
    const size = record.household.size;
    const check = monthlyNet !== null && size ? checkIncome(config, monthlyNet, size, new Date(record.createdAt)) : null;
    record.income = { monthlyNet, perPerson: check?.perPerson ?? null, criterion: check?.criterion ?? null, belowCriterion: check?.belowCriterion ?? null };
  }
  if (touched.has('urgency.urgent') && record.dueBy) {
    // The statutory deadline follows urgency; counted from the day the centre learned of the case.
    const n = record.urgency.urgent ? config.deadlines.urgentWorkingDays : config.deadlines.normalWorkingDays;
    record.dueBy = addDays(record.createdAt, n);
  }
  const filled = (f: string) => getPath(record, f) !== null && getPath(record, f) !== '';
  const stepOf: Record<string, string[]> = {
    identity: ['applicant.pesel', 'applicant.birthDate'],
    phone: ['applicant.phone', 'reporterContact.phone'],
    address: ['applicant.address.street', 'applicant.address.city'],
    name: ['applicant.firstName', 'applicant.lastName'],
    householdSize: ['household.size'],
    income: ['income.monthlyNet'],
    age: ['applicant.age'],
    reporterName: ['reporterContact.name'],
    socialDetails: ['needs.details'],
  };
  const isFilled = (name: string) => (stepOf[name] ?? []).some((f) => touched.has(f as EditableField) && filled(f));
  record.missing = record.missing.filter((m) => !isFilled(m));
  record.skipped = record.skipped.filter((m) => !isFilled(m));
  return { errors, changed };
}

const addDays = (iso: string, n: number) => addWorkingDays(new Date(iso), n);

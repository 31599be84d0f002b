import { normalise } from './normalise';
import { parsePesel } from './pesel';
import type { Address, Entities, Expect, Extraction, PersonName, YesNo } from './types';

// STUB (replaced by the full extractor: spoken numbers, grouped phones, dates in words, money words).

function digitsOnly(s: string): string {
  return s.replace(/\D/g, '');
}

function yesNo(folded: string): YesNo | undefined {
  if (/^(nie wiem|nie jestem pewn\w*|trudno powiedziec)$/.test(folded)) return 'dont_know';
  if (/^(tak|no tak|jasne|oczywiscie|zgadza sie|dobrze|ok|okej|zgoda|potwierdzam|rozumiem|tak rozumiem)\b/.test(folded)) return 'yes';
  if (/^(nie|raczej nie|nie chce|nie zgadza sie)\b/.test(folded)) return 'no';
  return undefined;
}

function name(original: string): PersonName | undefined {
  const words = original.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 4) return undefined;
  return { firstName: words[0] ?? null, lastName: words.length > 1 ? words.slice(1).join(' ') : null };
}

function address(original: string): Address | undefined {
  const pc = original.match(/\b(\d{2})-?(\d{3})\b/);
  const postalCode = pc ? `${pc[1]}-${pc[2]}` : null;
  const parts = original.split(',').map((p) => p.trim()).filter(Boolean);
  let street: string | null = parts[0] ?? null;
  let city: string | null = null;
  const rest = parts.slice(1).join(' ').replace(/\b\d{2}-?\d{3}\b/, '').trim();
  if (rest) city = rest;
  if (street && pc && street.includes(pc[0])) street = street.replace(pc[0], '').trim() || null;
  if (!street && !city && !postalCode) return undefined;
  return { street, postalCode, city };
}

export function extractEntities(text: string): Entities {
  const n = normalise(text);
  const f = n.folded;
  const e: Entities = {};
  const digits = digitsOnly(f);
  const pesel11 = f.match(/\b\d{11}\b/);
  if (pesel11) {
    const info = parsePesel(pesel11[0]);
    if (info) e.pesel = info;
    else e.invalidPesel = pesel11[0];
  }
  const phone = f.replace(/(\+|00)48/g, '').match(/(?:^|\D)(\d{3}[ -]?\d{3}[ -]?\d{3})(?:\D|$)/);
  if (phone && digitsOnly(phone[1]).length === 9) e.phone = digitsOnly(phone[1]);
  const pc = text.match(/\b(\d{2})-(\d{3})\b/);
  if (pc) e.postalCode = `${pc[1]}-${pc[2]}`;
  const date = text.match(/\b(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\b/);
  if (date) e.birthDate = `${date[3]}-${date[2].padStart(2, '0')}-${date[1].padStart(2, '0')}`;
  const money = f.match(/(\d+(?:[.,]\d+)?)\s*(tys\w*)?/);
  if (/nie mam (zadnego )?dochod|brak dochod|zero/.test(f)) e.monthlyIncome = 0;
  else if (money) e.monthlyIncome = parseFloat(money[1].replace(',', '.')) * (money[2] ? 1000 : 1);
  const num = f.match(/\b(\d{1,3})\b/);
  if (num) e.age = Number(num[1]);
  if (/\b(sama|sam|samotn\w*)\b/.test(f)) e.householdSize = 1;
  else if (num) e.householdSize = Number(num[1]);
  const yn = yesNo(f);
  if (yn) e.yesNo = yn;
  void digits;
  return e;
}

export function extract(text: string, expect?: Expect): Extraction {
  const entities = extractEntities(text);
  let value: unknown = null;
  switch (expect) {
    case 'pesel':
      value = entities.pesel?.pesel ?? null;
      break;
    case 'name':
      value = name(text) ?? null;
      break;
    case 'address':
      value = address(text) ?? null;
      break;
    case undefined:
      value = null;
      break;
    default:
      value = entities[expect] ?? null;
  }
  if (expect === 'age' && typeof value === 'number' && (value < 0 || value > 130)) value = null;
  if (expect === 'householdSize' && typeof value === 'number' && (value < 1 || value > 30)) value = null;
  return { value, entities };
}

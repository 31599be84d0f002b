import type { NumberToken } from '../numbers';
import type { Ctx } from './context';

const CURRENCY_AFTER = /^\s*(zl\b|zloty|zlote|zlotych|zlotowek|zlociszy|pln\b|netto\b|brutto\b|na reke|miesiecznie|mies\b|na miesiac|w miesiacu)/;
const MONEY_BEFORE =
  /\b(okolo|ok|jakies|mniej wiecej|prawie|ponad|niecale|kolo|cos kolo|emerytur\w*|rent\w*|pensj\w*|wyplat\w*|wynagrodzeni\w*|zarabiam|zarabia|zarobki|zarobek|dostaje|dostajemy|dostaje|mam|mamy|ma|zasil\w*|dochod\w*|wynosi|wychodzi|jest|to|z|od|do|plus|i|a|oraz|tylko|lacznie|razem)\s*$/;
// Amounts that are not income: 800+ (not counted, u.p.s. art. 8) and non-money quantities.
const NOT_MONEY_AFTER = /^\s*(\+|plus\b|lat|lata|dzieci|osob|osoby|dni|miesiecy|razy|m2|metr|kg|procent|%|godzin|pokoj|-?letni|roku|r\b)/;
const ZERO =
  /\b(nie mam (zadnego |zadnych |)(dochod\w*|pieniedzy|zarobk\w*|zrodla dochodu|zadnego|zadnych|nic)|nie mam zadnych|brak (dochod\w*|zrodla)|bez (dochod\w*|srodkow|pieniedzy)|zadnego dochodu|zadnych dochodow|nic nie (zarabiam|dostaje|mam|dostajemy)|nie zarabiam|nie pracuje i nic|nie mamy (zadnego |zadnych )?(dochod\w*|pieniedzy))\b|^(0|zero|nic|nul|brak|zadnego|zadnych|zaden|nie mam|zero zl|0 zl|0 zlotych|zero zlotych|nic nie mam|ani grosza|nie mam ani grosza|zupelnie nic|kompletnie nic)$|ani grosza/;

function isAmountToken(c: Ctx, t: NumberToken, expected: boolean): boolean {
  if (t.collective || t.ordinal) return false;
  const aft = c.bf.slice(t.end, t.end + 20);
  const bef = c.bf.slice(Math.max(0, t.start - 25), t.start);
  if (NOT_MONEY_AFTER.test(aft)) return false;
  if (/(^|\s)(800|500)\s*$/.test(c.bf.slice(Math.max(0, t.start - 5), t.start + 3)) && /^\s*(\+|plus)/.test(aft)) return false;
  if (CURRENCY_AFTER.test(aft)) return true;
  if (t.value >= 100 && MONEY_BEFORE.test(bef)) return true;
  return expected && t.value >= 0;
}

/**
 * Monthly net income in zł: "1200 zł", "tysiąc dwieście złotych", "3,5 tys.", "półtora tysiąca",
 * "1234,50", "około 2000"; "nie mam dochodu" / "zero" / "nic" → 0. Ranges ("1500-1800", "od 1500 do
 * 1800") take the upper bound: the worker verifies income anyway, and overstating never hides the
 * need to check it. Several amounts joined by "i", "plus", "a" ("emerytura 1800 i renta 500")
 * are summed as household income.
 */
export function findMonthlyIncome(c: Ctx, expected: boolean): number | undefined {
  const amounts: { value: number; start: number; end: number }[] = [];
  const dictated = c.runs.filter((r) => r.digits.length >= 9 && r.tokens.length > 1);
  for (const t of c.nums) {
    if (dictated.some((r) => r.start <= t.start && t.end <= r.end)) continue; // a phone or PESEL, not money
    if (!isAmountToken(c, t, expected)) continue;
    const prev = amounts[amounts.length - 1];
    // "1 200 zł": a 1–3 digit group followed by an exact 3-digit group is one number.
    if (prev && t.kind === 'digits' && /^\d{3}$/.test(t.digits) && /^\s$/.test(c.bf.slice(prev.end, t.start)) && prev.value < 1000 && Number.isInteger(prev.value)) {
      const prevTok = c.nums.find((x) => x.start === prev.start);
      if (prevTok?.kind === 'digits') {
        prev.value = prev.value * 1000 + t.value;
        prev.end = t.end;
        continue;
      }
    }
    if (prev && /^\s*(-|–|do|albo|lub|czy|,|\/)\s*(od\s*)?$/.test(c.bf.slice(prev.end, t.start))) {
      // Range: keep the upper bound.
      prev.value = Math.max(prev.value, t.value);
      prev.end = t.end;
      continue;
    }
    amounts.push({ value: t.value, start: t.start, end: t.end });
  }
  // Unasked, only amounts said to be income count ("zapłaciłam 350 zł za prąd" is not income).
  if (!expected && !/(emerytur|rent[aeyi]|pensj|zarab|dochod|zasil|wyplat|dostaj|na reke|netto|brutto|miesiecz|wynagrodz|pobieram)/.test(c.bf)) return undefined;
  if (amounts.length) {
    const sum = amounts.reduce((a, x) => a + x.value, 0);
    const v = Math.round(sum * 100) / 100;
    return v >= 0 && v <= 1e6 ? v : undefined;
  }
  if (ZERO.test(c.bf)) return 0;
  return undefined;
}

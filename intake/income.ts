import type { CentreConfig, IncomeCriterion } from '../config';

/** The criterion in force on a day (art. 8 u.p.s.): the latest one whose effectiveFrom is not after it. */
export function criterionInForce(config: CentreConfig, on: Date): IncomeCriterion | null {
  const day = on.toISOString().slice(0, 10);
  const inForce = config.incomeCriteria.filter((c) => c.effectiveFrom <= day).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return inForce.at(-1) ?? null;
}

export interface IncomeCheck {
  perPerson: number;
  criterion: number;
  belowCriterion: boolean;
}

/**
 * Records how stated income compares with the criterion. Never a decision: eligibility is the centre's.
 * Art. 8: a single-person household is compared with the single-person criterion, a family per person;
 * "not exceeding" the criterion counts as below it.
 */
export function checkIncome(config: CentreConfig, monthlyNet: number, householdSize: number, on: Date): IncomeCheck | null {
  const c = criterionInForce(config, on);
  if (!c || householdSize < 1) return null;
  const perPerson = Math.round((monthlyNet / householdSize) * 100) / 100;
  const criterion = householdSize === 1 ? c.singlePerson : c.perPersonInFamily;
  return { perPerson, criterion, belowCriterion: perPerson <= criterion };
}

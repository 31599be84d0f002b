import { consentStep } from './steps/consent';
import { addressStep, phoneStep } from './steps/contact';
import { householdSizeStep, incomeStep } from './steps/household';
import { benefitNeedsStep, careNeedsStep, careSituationStep, currentHelpStep, socialDetailsStep } from './steps/needs';
import { ageStep, identityStep, nameStep } from './steps/person';
import { problemStep } from './steps/problem';
import { relationStep, reporterNameStep, reporterStep } from './steps/reporter';
import type { Step } from './steps/step';
import { summaryStep } from './steps/summary';
import type { IntakeState, StepId } from './state';

/** The order of questions. Which of them a conversation asks depends on category and reporter (Step.applies). */
const ORDER: Step[] = [
  consentStep,
  problemStep,
  reporterStep,
  relationStep,
  reporterNameStep,
  nameStep,
  identityStep,
  ageStep,
  addressStep,
  phoneStep,
  householdSizeStep,
  incomeStep,
  benefitNeedsStep,
  careSituationStep,
  careNeedsStep,
  currentHelpStep,
  socialDetailsStep,
];

/** Steps this conversation asks, in order (used by the summary). */
export function stepsOf(state: IntakeState): StepId[] {
  return [...ORDER.filter((s) => s.applies(state)).map((s) => s.id), 'summary'];
}

const ALL: Step[] = [...ORDER, summaryStep(stepsOf)];
export const ALL_STEP_IDS: readonly StepId[] = ALL.map((s) => s.id);
const BY_ID = new Map<StepId, Step>(ALL.map((s) => [s.id, s]));

export function stepById(id: StepId): Step {
  const step = BY_ID.get(id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}

/** The next question after `current` that applies to this conversation. */
export function nextStep(current: StepId, state: IntakeState): StepId {
  const order = ALL.map((s) => s.id);
  for (let i = order.indexOf(current) + 1; i < order.length; i++) {
    if (BY_ID.get(order[i])!.applies(state)) return order[i];
  }
  return 'summary';
}

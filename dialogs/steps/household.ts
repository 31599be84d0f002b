import { extract } from '../../nlu';
import { checkIncome } from '../../intake';
import { category, isSelf, type Step } from './step';

const asksMoney = (s: Parameters<Step['applies']>[0]) => category(s) === 'benefits' && s.record?.reporter !== 'third_party';

export const householdSizeStep: Step = {
  id: 'householdSize',
  optional: true,
  applies: asksMoney,
  prompt: ({ t, state }) => ({ text: t(isSelf(state) ? 'household.askSelf' : 'household.askOther'), expect: 'householdSize', keypad: true }),
  handle(text, { state, t }) {
    const size = extract(text, 'householdSize').value as number | null;
    if (size === null || !Number.isInteger(size) || size < 1 || size > 30) return { type: 'invalid', say: t('household.invalid') };
    state.record!.household.size = size;
    return { type: 'done' };
  },
  clear: (r) => {
    r.household.size = null;
  },
};

export const incomeStep: Step = {
  id: 'income',
  optional: true,
  applies: asksMoney,
  prompt: ({ t }) => ({ text: t('income.ask'), expect: 'monthlyIncome', keypad: true }),
  handle(text, { state, t, services, now }) {
    const amount = extract(text, 'monthlyIncome').value as number | null;
    if (amount === null || !Number.isFinite(amount) || amount < 0 || amount > 1_000_000) return { type: 'invalid', say: t('income.invalid') };
    const record = state.record!;
    record.income.monthlyNet = amount;
    // Recorded for the worker only; the resident is never told a verdict.
    const check = record.household.size ? checkIncome(services.config, amount, record.household.size, now) : null;
    record.income.perPerson = check?.perPerson ?? null;
    record.income.criterion = check?.criterion ?? null;
    record.income.belowCriterion = check?.belowCriterion ?? null;
    return { type: 'done', say: [t('income.noted')] };
  },
  clear: (r) => {
    r.income = { monthlyNet: null, perPerson: null, criterion: null, belowCriterion: null };
  },
};

import { extract, extractEntities } from '../../nlu';
import { pickChoice } from './common';
import type { IntakeRecord } from '../../intake';
import type { ChoiceOption } from '../state';
import { parseName } from './reporter';
import { isSelf, type Outcome, type Step, type StepContext } from './step';

export const nameStep: Step = {
  id: 'name',
  optional: true,
  applies: () => true,
  prompt: ({ t, state }) => ({ text: t(isSelf(state) ? 'name.askSelf' : 'name.askOther'), expect: 'name' }),
  handle(text, { state, t }) {
    const name = parseName(text);
    if (!name) return { type: 'invalid', say: t('name.invalid') };
    state.record!.applicant.firstName = name.firstName;
    state.record!.applicant.lastName = name.lastName;
    return { type: 'done' };
  },
  clear: (r) => {
    r.applicant.firstName = null;
    r.applicant.lastName = null;
  },
};

export function ageOn(birthDate: string, now: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = now.getUTCFullYear() - y;
  if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age--;
  return age;
}

/** Digits read back in groups of three, as a phone caller would say them. */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{3})(?=\d)/g, '$1 ');
}

export function confirmChoices(ctx: StepContext): ChoiceOption[] {
  return [
    { value: 'yes', title: ctx.t('choice.yes'), synonyms: ['tak', 'zgadza sie', 'dobrze'] },
    { value: 'no', title: ctx.t('choice.no'), synonyms: ['nie', 'zle', 'nie zgadza sie'] },
  ];
}

/** On the phone a number heard from speech is read back before it is kept. */
export function handleReadBack(text: string, ctx: StepContext, keep: (value: string) => void): Outcome {
  const pick = pickChoice(text, confirmChoices(ctx)) ?? extract(text, 'yesNo').value;
  const value = ctx.state.pendingValue;
  if (pick === 'yes' && value) {
    keep(value);
    ctx.state.pendingValue = null;
    ctx.state.sub = null;
    return { type: 'done' };
  }
  ctx.state.pendingValue = null;
  ctx.state.sub = null;
  return { type: 'again', say: [ctx.t('phone.retype')] };
}

function keepPesel(record: IntakeRecord, pesel: string, now: Date): void {
  const info = extractEntities(pesel).pesel;
  record.applicant.pesel = pesel;
  if (info) {
    record.applicant.birthDate = info.birthDate;
    record.applicant.age = ageOn(info.birthDate, now);
  }
}

export const identityStep: Step = {
  id: 'identity',
  optional: true,
  applies: (s) => s.record?.reporter !== 'third_party',
  prompt(ctx) {
    const { t, state } = ctx;
    if (state.sub === 'confirm' && state.pendingValue) {
      return { text: t('identity.confirmPesel', { digits: groupDigits(state.pendingValue) }), expect: 'yesNo', choices: confirmChoices(ctx) };
    }
    return { text: t(isSelf(state) ? 'identity.askSelf' : 'identity.askOther'), expect: 'pesel', keypad: true };
  },
  handle(text, ctx) {
    const { state, t, now } = ctx;
    const record = state.record!;
    if (state.sub === 'confirm') return handleReadBack(text, ctx, (v) => keepPesel(record, v, now));
    const e = extractEntities(text);
    if (e.pesel) {
      if (state.channel === 'phone') {
        state.pendingValue = e.pesel.pesel;
        state.sub = 'confirm';
        return { type: 'again' };
      }
      keepPesel(record, e.pesel.pesel, now);
      return { type: 'done' };
    }
    if (e.invalidPesel) return { type: 'invalid', say: t('identity.invalidPesel') };
    const birthDate = extract(text, 'birthDate').value as string | null;
    if (birthDate && ageOn(birthDate, now) >= 0 && ageOn(birthDate, now) <= 130) {
      record.applicant.birthDate = birthDate;
      record.applicant.age = ageOn(birthDate, now);
      return { type: 'done' };
    }
    return { type: 'invalid', say: t('identity.invalid') };
  },
  clear: (r) => {
    r.applicant.pesel = null;
    r.applicant.birthDate = null;
    // The age is this question's only when it came from the PESEL or birth date (a third party is asked for it).
    if (r.reporter !== 'third_party') r.applicant.age = null;
  },
};

export const ageStep: Step = {
  id: 'age',
  optional: true,
  applies: (s) => s.record?.reporter === 'third_party',
  prompt: ({ t }) => ({ text: t('age.ask'), expect: 'age', keypad: true }),
  handle(text, { state, t }) {
    const age = extract(text, 'age').value as number | null;
    if (age === null || !Number.isInteger(age) || age < 0 || age > 130) return { type: 'invalid', say: t('age.invalid') };
    state.record!.applicant.age = age;
    return { type: 'done' };
  },
  clear: (r) => {
    r.applicant.age = null;
  },
};

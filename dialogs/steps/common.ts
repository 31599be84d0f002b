import { matchChoice, normalise } from '../../nlu';
import type { Translate } from '../../bot/i18n';
import type { IntakeRecord } from '../../intake';
import type { ChoiceOption, IntakeState, StepId } from '../state';
import type { Step } from './step';

/** Longest free-text answer kept for a detail question. */
const MAX_DETAIL = 1000;

/** An optional free-text question whose answer is stored as said. */
export function freeTextStep(opts: {
  id: StepId;
  key: string;
  applies(state: IntakeState): boolean;
  store(record: IntakeRecord, value: string | null): void;
}): Step {
  return {
    id: opts.id,
    optional: true,
    applies: opts.applies,
    prompt: ({ t }) => ({ text: t(opts.key), expect: 'text' }),
    handle(text, { state, t }) {
      if (!/\p{L}|\d/u.test(text)) return { type: 'invalid', say: t('input.notUnderstood') };
      opts.store(state.record as IntakeRecord, text.slice(0, MAX_DETAIL));
      return { type: 'done' };
    },
    clear: (record) => opts.store(record, null),
  };
}

/** Choice options from locale keys `${prefix}.${value}`. */
export function options(t: Translate, prefix: string, values: [string, string[]][]): ChoiceOption[] {
  return values.map(([value, synonyms]) => ({ value, title: t(`${prefix}.${value}`), synonyms }));
}

/** A question with choices; free text that matches no choice is kept as "other: …". */
export function choiceStep(opts: {
  id: StepId;
  key: string;
  choices(t: Translate): ChoiceOption[];
  applies(state: IntakeState): boolean;
  store(record: IntakeRecord, values: string[]): void;
}): Step {
  return {
    id: opts.id,
    optional: true,
    applies: opts.applies,
    prompt: ({ t }) => ({ text: t(opts.key), expect: 'choice', choices: opts.choices(t), allowFreeText: true }),
    handle(text, { state, t }) {
      const pick = pickChoice(text, opts.choices(t));
      if (pick && pick !== 'other') {
        opts.store(state.record as IntakeRecord, [pick]);
        return { type: 'done' };
      }
      if (/\p{L}{3,}/u.test(text) && pick !== 'other') {
        opts.store(state.record as IntakeRecord, [`other: ${text.slice(0, MAX_DETAIL)}`]);
        return { type: 'done' };
      }
      if (pick === 'other') return { type: 'again', say: [t('input.describeOther')] };
      return { type: 'invalid', say: t('input.notUnderstood') };
    },
    clear: (record) => opts.store(record, []),
  };
}

/** A button press sends the button's title; match that exactly first, then by number or synonym. */
export function pickChoice(text: string, choices: readonly ChoiceOption[]): string | null {
  const said = normalise(text).folded;
  const exact = choices.find((c) => normalise(c.title).folded === said);
  return exact ? exact.value : matchChoice(text, choices);
}

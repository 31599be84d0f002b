import { ActionTypes, ActivityTypes, InputHints, type Activity } from 'botbuilder';
import type { Prompt, StepId } from './state';

/** Channel-neutral hints every channel may use to render a question its own way. */
export interface PromptChannelData {
  step: StepId;
  sub: string | null;
  expect: Prompt['expect'] | null;
  keypad: boolean;
  optional: boolean;
  allowFreeText: boolean;
  choices: { value: string; title: string }[];
}

/** The question as a Bot Framework activity: text, choices as suggested actions, hints in channelData.pk. */
export function promptActivity(prompt: Prompt, step: StepId, sub: string | null, optional: boolean): Partial<Activity> {
  const choices = prompt.choices ?? [];
  const pk: PromptChannelData = {
    step,
    sub,
    expect: prompt.expect ?? null,
    keypad: prompt.keypad ?? false,
    optional,
    allowFreeText: prompt.allowFreeText ?? (choices.length === 0 || prompt.expect !== 'choice'),
    choices: choices.map((c) => ({ value: c.value, title: c.title })),
  };
  return {
    type: ActivityTypes.Message,
    text: prompt.text,
    inputHint: InputHints.ExpectingInput,
    suggestedActions: choices.length
      ? { to: [], actions: choices.map((c) => ({ type: ActionTypes.ImBack, title: c.title, value: c.title })) }
      : undefined,
    channelData: { pk },
  };
}

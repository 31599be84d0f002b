import type { BotServices } from '../../bot/services';
import type { Translate } from '../../bot/i18n';
import type { IntakeRecord } from '../../intake';
import type { IntakeState, Prompt, StepId } from '../state';

export interface StepContext {
  state: IntakeState;
  services: BotServices;
  t: Translate;
  now: Date;
  /** Creates the draft record on first need (a reference number is assigned then). */
  ensureRecord(): Promise<IntakeRecord>;
  /** Erases the record's conversation everywhere (transcript, channel copies): the resident asked. */
  forgetConversation(): Promise<void>;
}

/** What a step did with an answer. */
export type Outcome =
  | { type: 'done'; say?: string[] }
  | { type: 'invalid'; say: string }
  /** Ask the same question again without counting it as a failed attempt. */
  | { type: 'again'; say?: string[] }
  | { type: 'goto'; step: StepId; say?: string[] }
  | { type: 'end'; say: string[] };

export interface Step {
  id: StepId;
  /** May the resident skip it ("pomiń", "nie wiem")? */
  optional: boolean;
  /** Is the question part of this conversation (depends on category and reporter)? */
  applies(state: IntakeState): boolean;
  prompt(ctx: StepContext): Prompt;
  handle(text: string, ctx: StepContext): Promise<Outcome> | Outcome;
  /** Clears what the step stored (used by "cofnij" and by corrections). */
  clear?(record: IntakeRecord): void;
}

export const isSelf = (s: IntakeState) => s.record?.reporter === 'self' || s.record?.reporter == null;
export const category = (s: IntakeState) => s.record?.problem.category ?? null;

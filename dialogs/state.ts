import type { Channel, IntakeRecord } from '../intake';
import type { Expect } from '../nlu';

export type StepId =
  | 'consent'
  | 'problem'
  | 'reporter'
  | 'relation'
  | 'reporterName'
  | 'name'
  | 'identity'
  | 'age'
  | 'address'
  | 'phone'
  | 'householdSize'
  | 'income'
  | 'benefitNeeds'
  | 'careSituation'
  | 'careNeeds'
  | 'currentHelp'
  | 'socialDetails'
  | 'summary';

/** Everything the intake conversation remembers between turns (persisted with the dialog stack). */
export interface IntakeState {
  step: StepId;
  /** Sub-step inside a step (e.g. the problem step's "confirm"), or null. */
  sub: string | null;
  /** Steps answered so far, for "cofnij". */
  history: StepId[];
  /** Invalid answers at the current question. */
  retries: number;
  /** Set while a field is corrected from the summary. */
  returnToSummary: boolean;
  /** Set while "przerwij" waits for "keep or delete?". */
  confirmingStop: boolean;
  channel: Channel;
  consentAt: string | null;
  /** Crisis flags the resident has already been given helplines for. */
  announcedFlags: string[];
  /** A value waiting for read-back confirmation on the phone (phone number, PESEL). */
  pendingValue: string | null;
  record: IntakeRecord | null;
  finished: boolean;
  /** The safety question is asked at most once (when words hint at danger the rules did not flag). */
  safetyAsked?: boolean;
  /** What the resident said about the matter before acknowledging the greeting; used as the description. */
  earlyText?: string | null;
}

export interface ChoiceOption {
  value: string;
  title: string;
  synonyms: string[];
}

/** A question as the dialog means it; each channel decides how to show or say it. */
export interface Prompt {
  text: string;
  choices?: ChoiceOption[];
  expect?: Expect | 'text' | 'choice';
  /** The kiosk shows a numeric keypad; the phone accepts DTMF. */
  keypad?: boolean;
  /** Free text makes sense besides the choices. */
  allowFreeText?: boolean;
}

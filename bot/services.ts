import { randomUUID } from 'node:crypto';
import type { CentreConfig } from '../config';
import type { AuditLog, IntakeRepository, TranscriptRepository } from '../storage';

/** What the dialogs need from the outside world; passed in, never imported deep in the code. */
export interface BotServices {
  config: CentreConfig;
  intakes: IntakeRepository;
  transcripts: TranscriptRepository;
  audit: AuditLog;
  now(): Date;
  newId(): string;
  /** Told about every saved record (the worker desk pushes new ones live). */
  onRecordSaved?(recordId: string, status: string, urgent: boolean): void;
  /** Told when a resident had a conversation erased, so channels drop their copies of its messages. */
  onConversationForgotten?(conversationId: string): void;
}

export const systemClock = { now: () => new Date(), newId: () => randomUUID() };

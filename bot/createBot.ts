import { ConversationState, type Middleware, type Storage } from 'botbuilder';
import type { CentreConfig } from '../config';
import { AuditLog, IntakeRepository, KnexStorage, TranscriptRepository, type Database } from '../storage';
import { IntakeBot } from './intakeBot';
import { systemClock, type BotServices } from './services';
import { TranscriptMiddleware } from './transcriptMiddleware';

export interface BotRuntime {
  bot: IntakeBot;
  services: BotServices;
  storage: Storage;
  conversationState: ConversationState;
  /** Middleware every adapter that runs this bot must use. */
  middleware: Middleware[];
}

/** Wires config → storage → bot. Channels bring their own adapter and add `middleware` to it. */
export function createBot(opts: {
  config: CentreConfig;
  db: Database;
  now?: () => Date;
  newId?: () => string;
  onRecordSaved?: BotServices['onRecordSaved'];
  onConversationForgotten?: BotServices['onConversationForgotten'];
}): BotRuntime {
  const storage = new KnexStorage(opts.db.knex);
  const services: BotServices = {
    config: opts.config,
    intakes: new IntakeRepository(opts.db.knex),
    transcripts: new TranscriptRepository(opts.db.knex),
    audit: new AuditLog(opts.db.knex),
    now: opts.now ?? systemClock.now,
    newId: opts.newId ?? systemClock.newId,
    onRecordSaved: opts.onRecordSaved,
    onConversationForgotten: opts.onConversationForgotten,
  };
  const conversationState = new ConversationState(storage);
  const bot = new IntakeBot(conversationState, services);
  return { bot, services, storage, conversationState, middleware: [new TranscriptMiddleware(services.transcripts)] };
}

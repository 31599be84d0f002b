import path from 'node:path';
import { ActivityTypes, type Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder-core';
import { createBot, type BotRuntime } from '../../bot';
import { loadCentre, CENTRES_DIR, type CentreConfig } from '../../config';
import type { IntakeRecord } from '../../intake';
import { openDatabase, type Database } from '../../storage';
import { tempDir } from './databases';

export interface Turn {
  texts: string[];
  activities: Partial<Activity>[];
  /** The last question's channel hints (channelData.pk). */
  pk: { step: string; sub: string | null; choices: { value: string; title: string }[]; optional: boolean } | null;
}

/** A resident talking to the real bot on a real SQLite file, through botbuilder's TestAdapter. */
export class Conversation {
  private adapter!: TestAdapter;
  runtime!: BotRuntime;
  db!: Database;
  readonly conversationId: string;

  constructor(
    readonly config: CentreConfig,
    readonly dbFile: string,
    readonly channelId = 'test',
    conversationId?: string,
    readonly now: () => Date = () => new Date('2026-11-23T09:00:00Z'),
  ) {
    this.conversationId = conversationId ?? `conv-${Math.random().toString(36).slice(2)}`;
  }

  /** Opens the database; tests on PostgreSQL replace it. */
  openDb: () => Promise<Database> = () => openDatabase(`sqlite://${this.dbFile}`);

  static async start(opts: { centre?: string; channelId?: string; dbFile?: string; openDb?: () => Promise<Database>; now?: () => Date } = {}): Promise<Conversation> {
    const config = loadCentre(path.join(CENTRES_DIR, `${opts.centre ?? 'demo'}.json`));
    const dbFile = opts.dbFile ?? path.join(tempDir(), 'pk.sqlite');
    const c = new Conversation(config, dbFile, opts.channelId, undefined, opts.now);
    if (opts.openDb) c.openDb = opts.openDb;
    await c.open();
    return c;
  }

  /** (Re)opens the database and builds a fresh bot, as a restarted process would. */
  async open(): Promise<void> {
    this.db = await this.openDb();
    let n = 0;
    this.runtime = createBot({ config: this.config, db: this.db, now: this.now, newId: () => `${this.conversationId}-rec-${++n}` });
    this.adapter = new TestAdapter(async (ctx) => this.runtime.bot.run(ctx), {
      channelId: this.channelId,
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: 'test' },
      user: { id: 'resident', name: 'resident' },
      bot: { id: 'bot', name: 'bot' },
      serviceUrl: 'https://test.invalid',
      locale: 'pl-PL',
    } as never);
    for (const m of this.runtime.middleware) this.adapter.use(m);
  }

  async restart(): Promise<void> {
    await this.db.close();
    await this.open();
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** The conversation opens (Web Chat and the kiosk send conversationUpdate first). */
  async join(): Promise<Turn> {
    return this.turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'resident', name: 'resident' }] });
  }

  async say(text: string, channelData?: Record<string, unknown>): Promise<Turn> {
    return this.turn({ type: ActivityTypes.Message, text, channelData });
  }

  private async turn(activity: Partial<Activity>): Promise<Turn> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(activity, async (ctx) => this.runtime.bot.run(ctx));
    const activities = this.adapter.activeQueue.splice(0);
    const messages = activities.filter((a) => a.type === ActivityTypes.Message);
    const last = [...messages].reverse().find((a) => a.channelData?.pk);
    return { texts: messages.map((a) => a.text ?? ''), activities, pk: last?.channelData?.pk ?? null };
  }

  async record(): Promise<IntakeRecord | null> {
    return this.runtime.services.intakes.getByConversation(this.conversationId);
  }
}

/** Joins all texts of a turn, for `toContain` / `toMatch` checks. */
export const all = (turn: Turn) => turn.texts.join('\n');

export type Answers = Partial<Record<string, string>>;

const CATEGORY_TITLES: Record<string, string> = {
  benefits: 'Pomoc finansowa lub rzeczowa',
  social_work: 'Trudna sytuacja w rodzinie',
  care_services: 'Opieka',
  information: 'Informacja',
};

/**
 * Answers whatever the bot asks, by the question's step (channelData.pk.step), until the summary
 * is confirmed or `until` is reached. The problem step is confirmed or clarified towards `category`.
 */
export async function driveIntake(
  c: Conversation,
  opts: { category: string; answers: Answers; until?: string; confirmSummary?: boolean },
): Promise<Turn[]> {
  const turns: Turn[] = [await c.join()];
  for (let i = 0; i < 40; i++) {
    const pk = turns[turns.length - 1].pk;
    if (!pk) break;
    if (opts.until && pk.step === opts.until && pk.sub === null) break;
    let answer: string;
    if (pk.step === 'problem' && pk.sub === 'confirm') {
      const record = await c.record();
      answer = record?.problem.category === opts.category ? 'tak' : 'Nie, chodzi o coś innego';
    } else if (pk.step === 'problem' && pk.sub === 'clarify') {
      answer = CATEGORY_TITLES[opts.category];
    } else if (pk.step === 'summary' && pk.sub === null) {
      if (opts.confirmSummary === false) break;
      answer = 'Tak, wysyłam';
    } else {
      answer = opts.answers[pk.step] ?? 'pomiń';
    }
    turns.push(await c.say(answer));
  }
  return turns;
}

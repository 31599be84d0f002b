import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type Middleware,
  type ResourceResponse,
} from 'botbuilder';
import { logError } from '../server/log';

/** What a channel hands in: an activity with at least a conversation id (the rest is filled in). */
export type IncomingActivity = Partial<Omit<Activity, 'conversation' | 'from' | 'recipient'>> & {
  conversation: { id: string } & Partial<Activity['conversation']>;
  from?: { id: string; name?: string; role?: string };
  recipient?: { id: string; name?: string; role?: string };
};

/** Receives the bot's replies of one turn, as they are sent. */
export type ActivitySink = (activity: Activity) => void | Promise<void>;

const SINK = Symbol('activitySink');

export interface BotLike {
  run(context: TurnContext): Promise<void>;
}

/**
 * Runs the bot in this process for our own channels (Direct Line, kiosk, phone, CLI). Each channel
 * turns its transport into an activity, calls `receive`, and turns the replies back into its transport.
 * Turns of one conversation run one at a time, so fast typing cannot race the conversation state.
 */
export class ChannelAdapter extends BotAdapter {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(private readonly bot: BotLike, middleware: Middleware[] = []) {
    super();
    for (const m of middleware) this.use(m);
    this.onTurnError = async (context, error) => {
      // No personal data in logs: only the error's class and message, never the activity.
      logError('bot turn', error);
      await context.sendActivity('Przepraszamy, wystąpił błąd po naszej stronie. Proszę powtórzyć ostatnią odpowiedź – nic z tego, co już zostało podane, nie zginęło.');
    };
  }

  /** Processes one incoming activity; resolves when the turn (and its replies) are done. */
  receive(incoming: IncomingActivity, sink: ActivitySink): Promise<void> {
    const activity = completeIncoming(incoming);
    const key = activity.conversation.id;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const turn = previous.then(async () => {
      const context = new TurnContext(this, activity);
      context.turnState.set(SINK, sink);
      await this.runMiddleware(context, (ctx) => this.bot.run(ctx));
    });
    const settled = turn.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return turn;
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const sink = context.turnState.get(SINK) as ActivitySink | undefined;
    const responses: ResourceResponse[] = [];
    for (const partial of activities) {
      if (partial.type === 'delay') {
        await new Promise((r) => setTimeout(r, typeof partial.value === 'number' ? partial.value : 0));
        continue;
      }
      const activity = { ...partial, id: partial.id ?? randomUUID(), timestamp: new Date() } as Activity;
      if (sink) await sink(activity);
      responses.push({ id: activity.id as string });
    }
    return responses;
  }

  override async updateActivity(): Promise<void> {
    throw new Error('updateActivity is not supported by our channels');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('deleteActivity is not supported by our channels');
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    const context = new TurnContext(this, activity as Activity);
    await this.runMiddleware(context, logic);
  }
}

function completeIncoming(a: IncomingActivity): Activity {
  if (!a.conversation?.id) throw new Error('incoming activity needs conversation.id');
  return {
    id: a.id ?? randomUUID(),
    timestamp: a.timestamp ?? new Date(),
    channelId: a.channelId ?? 'webchat',
    serviceUrl: a.serviceUrl ?? 'http://localhost',
    from: a.from ?? { id: 'resident', name: 'resident' },
    recipient: a.recipient ?? { id: 'bot', name: 'Pierwszy Kontakt' },
    locale: a.locale ?? 'pl-PL',
    ...a,
  } as Activity;
}

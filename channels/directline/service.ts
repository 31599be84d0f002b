import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { ServerContext } from '../../server/context';
import { ConversationStore, type DirectLineConversation } from './conversationStore';
import { TokenService } from './tokens';
import { logError } from '../../server/log';

export interface DirectLineOptions {
  /** Lifetime of conversation tokens (Direct Line uses 30 minutes; clients refresh at half-life). */
  tokenTtlSeconds: number;
  /** Lifetime of the key inside a streamUrl: only long enough to open the socket. */
  streamTokenTtlSeconds: number;
  /** Cap on activities per conversation; a whole intake needs well under 100. */
  maxActivities: number;
  /** Conversations idle this long (no open stream) are forgotten. */
  idleMs: number;
  /** How often a batch of changed conversations is written to storage (0 = never). */
  flushMs: number;
  /** Conversations per batch. */
  flushBatch: number;
  /** express.json body limit. */
  bodyLimit: string;
  /** /chat/token rate limit per client address. */
  chatTokenLimit: { windowMs: number; limit: number };
}

export const DEFAULT_OPTIONS: DirectLineOptions = {
  tokenTtlSeconds: 1800,
  streamTokenTtlSeconds: 120,
  maxActivities: 500,
  idleMs: 60 * 60 * 1000,
  flushMs: 100,
  // Few conversations per storage transaction: the bot's turns share the one SQLite connection, and a
  // batch of 12 activity lists held it long enough to show in the p99 (17–21 ms vs 13–16 ms at N = 200).
  flushBatch: 4,
  bodyLimit: '64kb',
  chatTokenLimit: { windowMs: 60_000, limit: 20 },
};

/** What the channel does, independent of HTTP: conversations, the bot turns, and their activities. */
export class DirectLineService {
  readonly tokens: TokenService;
  /** DIRECTLINE_SECRET; unset in the demo, where only /chat/token hands out (conversation) tokens. */
  readonly secret: string | undefined;
  readonly store: ConversationStore;
  private readonly botFrom: { id: string; name: string; role: 'bot' };
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly ctx: ServerContext,
    readonly opts: DirectLineOptions,
  ) {
    this.secret = ctx.settings.DIRECTLINE_SECRET || undefined;
    // Tokens outlive a restart: signed with the Direct Line secret, or else the server's signing secret.
    this.tokens = new TokenService(this.secret ?? ctx.signingSecret);
    ctx.events.on('conversation-forgotten', (id) => void this.store.forget(id));
    this.store = new ConversationStore(opts.flushMs > 0 ? ctx.runtime.storage : null, {
      idleMs: opts.idleMs,
      flushMs: opts.flushMs,
      flushBatch: opts.flushBatch,
      maxActivities: opts.maxActivities + 64,
    });
    this.botFrom = { id: 'bot', name: ctx.config.shortName, role: 'bot' };
  }

  /** A fresh conversation id and anonymous user id: unguessable, URL-safe. */
  static newIds(): { conversationId: string; userId: string } {
    return { conversationId: randomBytes(16).toString('base64url'), userId: `dl_${randomBytes(12).toString('base64url')}` };
  }

  /**
   * Opens the conversation (idempotent). The first time, the bot is told the resident joined, so it
   * greets; the greeting lands in the activity list before any stream asks for it.
   */
  async open(conversationId: string, userId: string, locale?: string): Promise<{ conversation: DirectLineConversation; created: boolean }> {
    const existing = await this.store.get(conversationId);
    if (existing) return { conversation: existing, created: false };
    const conversation = this.store.create(conversationId, userId);
    this.store.markStarted(conversation);
    this.runTurn(conversation, { type: 'conversationUpdate', membersAdded: [{ id: userId, name: '' }], locale: locale ?? 'pl-PL' });
    return { conversation, created: true };
  }

  /** A resident's activity: echoed into the list (clients show it as sent), then given to the bot. */
  post(conversation: DirectLineConversation, incoming: Record<string, unknown>): string {
    const watermark = conversation.activities.length + 1;
    const id = activityId(conversation.id, watermark);
    const activity = {
      ...incoming,
      id,
      channelId: 'directline',
      conversation: { id: conversation.id },
      from: { id: conversation.userId, role: 'user' },
      recipient: this.botFrom,
      timestamp: new Date().toISOString(),
      serviceUrl: undefined,
    };
    this.store.append(conversation, activity);
    if (incoming.type === 'message' || incoming.type === 'event') {
      // The resident sees the bot "typing" at once, even if the turn waits behind a previous one.
      this.store.pushEphemeral(conversation, { type: 'typing', id: `${id}-typing`, from: this.botFrom, conversation: { id: conversation.id }, timestamp: activity.timestamp });
      this.runTurn(conversation, activity);
    }
    return id;
  }

  /** Waits for the bot turns under way (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.store.close();
  }

  private runTurn(conversation: DirectLineConversation, activity: Record<string, unknown>): void {
    const sink = (reply: Activity) => {
      if (reply.type === 'typing') {
        this.store.pushEphemeral(conversation, { ...reply, from: this.botFrom, conversation: { id: conversation.id } });
        return;
      }
      const { serviceUrl: _s, ...rest } = reply;
      this.store.append(conversation, {
        ...rest,
        id: activityId(conversation.id, conversation.activities.length + 1),
        channelId: 'directline',
        conversation: { id: conversation.id },
        from: this.botFrom,
        recipient: { id: conversation.userId, role: 'user' },
        timestamp: new Date().toISOString(),
      });
    };
    const turn = this.ctx.adapter
      .receive(
        {
          ...(activity as Partial<Activity>),
          channelId: 'directline',
          conversation: { id: conversation.id } as Activity['conversation'],
          from: { id: conversation.userId, name: '', role: 'user' },
          recipient: { id: 'bot', name: this.botFrom.name, role: 'bot' },
          locale: typeof activity.locale === 'string' ? activity.locale : 'pl-PL',
          timestamp: new Date(),
        },
        sink,
      )
      .catch((e: Error) => {
        // The adapter already told the resident; log only the error, never the activity.
        logError('directline turn', e);
      });
    this.pending.add(turn);
    void turn.finally(() => this.pending.delete(turn));
  }
}

/** Direct Line style activity ids: `<conversationId>|<7-digit sequence>`. */
export function activityId(conversationId: string, watermark: number): string {
  return `${conversationId}|${String(watermark).padStart(7, '0')}`;
}

/** '' / '-' / missing / garbage mean "from the beginning". */
export function parseWatermark(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

import type { Storage } from 'botbuilder';
import { logError } from '../../server/log';

/** Receives serialised activity sets (`{"activities":[…],"watermark":"n"}`) for one open stream. */
export interface StreamListener {
  send(activitySet: string): void;
  /** Called when the conversation is evicted or the server closes. */
  close(): void;
}

/**
 * One Direct Line conversation as the server keeps it. Activities are kept as JSON strings: they are
 * serialised once, on append, and then sent as they are to every stream and poll.
 * The activity with watermark n is `activities[n - 1]`.
 */
export interface DirectLineConversation {
  id: string;
  userId: string;
  /** The bot has been told the resident joined (conversationUpdate). */
  started: boolean;
  activities: string[];
  listeners: Set<StreamListener>;
  lastSeen: number;
  /** How many activities are already in storage. */
  persisted: number;
  metaDirty: boolean;
}

export interface StoreOptions {
  /** Conversations without an open stream and untouched this long are dropped from memory (and storage). */
  idleMs: number;
  /** How often the in-memory lists are written to storage; 0 disables persistence. */
  flushMs: number;
  /**
   * Conversations written per flush. Small batches keep each storage transaction short, so the bot's
   * own state writes (same database connection) are never stuck behind a big one.
   */
  flushBatch?: number;
  /** Upper bound on activities per conversation (for reading chunks back). */
  maxActivities?: number;
  now?: () => number;
}

/** Activities per storage item: only the last, partly filled chunk is ever rewritten. */
const CHUNK = 16;
const PREFIX = 'pk-directline/';

/**
 * All live Direct Line conversations. Memory is bounded by idle eviction (and by the per-conversation
 * cap the routes enforce); the lists are written to the bot's Storage in chunks, so a restarted
 * process can still serve a reconnect from its watermark with nothing lost or repeated.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, DirectLineConversation>();
  private readonly loading = new Map<string, Promise<DirectLineConversation | undefined>>();
  private readonly dirty = new Set<DirectLineConversation>();
  private readonly timers: NodeJS.Timeout[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private busy = false;
  private readonly now: () => number;

  constructor(
    private readonly storage: Storage | null,
    private readonly opts: StoreOptions,
  ) {
    this.now = opts.now ?? (() => Date.now());
  }

  /** Starts the periodic flush and idle sweep (timers do not keep the process alive). */
  start(): void {
    if (this.storage && this.opts.flushMs > 0) {
      const t = setInterval(() => {
        if (!this.busy && this.dirty.size) {
          this.busy = true;
          void this.flush().finally(() => (this.busy = false));
        }
      }, this.opts.flushMs);
      t.unref();
      this.timers.push(t);
    }
    const sweep = setInterval(() => void this.sweep(), Math.max(1000, Math.min(60_000, this.opts.idleMs / 4)));
    sweep.unref();
    this.timers.push(sweep);
  }

  get size(): number {
    return this.conversations.size;
  }

  create(id: string, userId: string): DirectLineConversation {
    const c: DirectLineConversation = { id, userId, started: false, activities: [], listeners: new Set(), lastSeen: this.now(), persisted: 0, metaDirty: true };
    this.conversations.set(id, c);
    this.dirty.add(c);
    return c;
  }

  /** The conversation from memory, or from storage after a restart or eviction. */
  async get(id: string): Promise<DirectLineConversation | undefined> {
    const c = this.conversations.get(id);
    if (c) {
      c.lastSeen = this.now();
      return c;
    }
    if (!this.storage) return undefined;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  markStarted(c: DirectLineConversation): void {
    c.started = true;
    c.metaDirty = true;
    this.dirty.add(c);
  }

  /** Appends an activity (assigning its watermark) and pushes it to every open stream. */
  append(c: DirectLineConversation, activity: Record<string, unknown>): number {
    const watermark = c.activities.length + 1;
    const json = JSON.stringify(activity);
    c.activities.push(json);
    c.lastSeen = this.now();
    this.dirty.add(c);
    const set = `{"activities":[${json}],"watermark":"${watermark}"}`;
    for (const l of c.listeners) l.send(set);
    return watermark;
  }

  /**
   * The resident had the conversation erased: every activity so far is replaced by an empty
   * placeholder (watermarks stay valid for a reconnecting client) and rewritten in storage.
   */
  async forget(id: string): Promise<void> {
    const c = await this.get(id);
    if (!c) return;
    c.activities = c.activities.map((json) => {
      const { id: activityId, timestamp } = JSON.parse(json) as { id?: string; timestamp?: string };
      return JSON.stringify({ type: 'event', name: 'erased', id: activityId, timestamp });
    });
    c.persisted = 0;
    this.dirty.add(c);
  }

  /** Pushes an activity that is not kept (typing): late joiners must not see stale indicators. */
  pushEphemeral(c: DirectLineConversation, activity: Record<string, unknown>): void {
    if (c.listeners.size === 0) return;
    const set = `{"activities":[${JSON.stringify(activity)}],"watermark":"${c.activities.length}"}`;
    for (const l of c.listeners) l.send(set);
  }

  /** The activity set after `watermark` (as the client last saw it). */
  since(c: DirectLineConversation, watermark: number): string {
    const from = Math.max(0, Math.min(watermark, c.activities.length));
    return `{"activities":[${c.activities.slice(from).join(',')}],"watermark":"${c.activities.length}"}`;
  }

  /**
   * Registers a stream: first everything after `watermark`, then live activities. Both happen in the
   * same tick, so nothing appended in between can be lost or sent twice.
   */
  subscribe(c: DirectLineConversation, listener: StreamListener, watermark: number): () => void {
    if (watermark < c.activities.length) listener.send(this.since(c, watermark));
    c.listeners.add(listener);
    c.lastSeen = this.now();
    return () => {
      c.listeners.delete(listener);
      c.lastSeen = this.now();
    };
  }

  /** Drops idle conversations (no open stream, untouched for idleMs) from memory and storage. */
  async sweep(): Promise<number> {
    const cutoff = this.now() - this.opts.idleMs;
    const keys: string[] = [];
    let gone = 0;
    for (const c of this.conversations.values()) {
      if (c.listeners.size === 0 && c.lastSeen < cutoff) {
        this.conversations.delete(c.id);
        this.dirty.delete(c);
        gone++;
        keys.push(PREFIX + c.id);
        for (let chunk = 0; chunk * CHUNK < Math.max(c.activities.length, c.persisted); chunk++) keys.push(`${PREFIX}${c.id}/${chunk}`);
      }
    }
    // By now the resident's token has expired too, so nobody could resume these: forget them everywhere.
    if (keys.length && this.storage) await this.storage.delete(keys).catch(() => undefined);
    return gone;
  }

  /** Writes new activities and changed metadata to storage, one batch at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushNow()).catch((e: Error) => {
      logError('directline persistence', e);
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const c of this.conversations.values()) for (const l of [...c.listeners]) l.close();
    await this.flushAll();
  }

  private async flushNow(): Promise<void> {
    if (!this.storage || this.dirty.size === 0) return;
    const batch: DirectLineConversation[] = [];
    for (const c of this.dirty) {
      batch.push(c);
      if (batch.length >= (this.opts.flushBatch ?? 16)) break;
    }
    for (const c of batch) this.dirty.delete(c);
    const changes: Record<string, unknown> = {};
    const done: [DirectLineConversation, number][] = [];
    for (const c of batch) {
      const count = c.activities.length;
      // Metadata changes only on creation and start; the activities live in the chunks.
      if (c.metaDirty) changes[PREFIX + c.id] = { userId: c.userId, started: c.started, eTag: '*' };
      for (let chunk = Math.floor(c.persisted / CHUNK); chunk * CHUNK < count; chunk++) {
        changes[`${PREFIX}${c.id}/${chunk}`] = { a: c.activities.slice(chunk * CHUNK, (chunk + 1) * CHUNK), eTag: '*' };
      }
      c.metaDirty = false;
      done.push([c, count]);
    }
    try {
      await this.storage.write(changes as never);
      for (const [c, count] of done) c.persisted = Math.max(c.persisted, count);
    } catch (e) {
      for (const [c] of done) {
        c.metaDirty = true;
        this.dirty.add(c);
      }
      throw e;
    }
  }

  /** Writes everything still dirty (shutdown, tests). */
  async flushAll(): Promise<void> {
    // Stops when a round makes no progress (storage failing): shutdown must not spin.
    for (let before = Infinity; this.dirty.size > 0 && this.dirty.size < before; ) {
      before = this.dirty.size;
      await this.flush();
    }
  }

  private async load(id: string): Promise<DirectLineConversation | undefined> {
    const storage = this.storage!;
    const meta = (await storage.read([PREFIX + id]))[PREFIX + id] as { userId: string; started: boolean } | undefined;
    if (!meta) return undefined;
    const keys: string[] = [];
    const maxChunks = Math.ceil((this.opts.maxActivities ?? 1000) / CHUNK) + 1;
    for (let chunk = 0; chunk < maxChunks; chunk++) keys.push(`${PREFIX}${id}/${chunk}`);
    const items = await storage.read(keys);
    const activities: string[] = [];
    // Chunks are written in order, so the first missing one ends the list.
    for (const k of keys) {
      const a = (items[k] as { a?: string[] } | undefined)?.a;
      if (!a) break;
      activities.push(...a);
    }
    // Another request may have loaded it while we waited.
    const existing = this.conversations.get(id);
    if (existing) return existing;
    const c: DirectLineConversation = {
      id,
      userId: meta.userId,
      started: meta.started,
      activities,
      listeners: new Set(),
      lastSeen: this.now(),
      persisted: activities.length,
      metaDirty: false,
    };
    this.conversations.set(id, c);
    return c;
  }
}

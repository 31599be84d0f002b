import WebSocket from 'ws';
import { directLineOf } from '../../../channels/directline';
import type { RunningApp } from '../../../server/app';
import { installBrowserGlobals } from '../../helpers/xhrShim';
import { answerFor, REFERENCE, startTestServer, type Pk } from './intake';

// botframework-directlinejs is written for browsers: it needs XMLHttpRequest (rxjs ajax) and WebSocket.
const restore = installBrowserGlobals(WebSocket);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs') as typeof import('botframework-directlinejs');

type Act = { id?: string; type: string; text?: string; from: { id: string; role?: string }; channelData?: { pk?: Pk; clientActivityID?: string } };

/** The official Direct Line client, recording everything it receives. */
class Client {
  readonly seen: Act[] = [];
  error: Error | null = null;
  readonly dl: InstanceType<typeof DirectLine>;
  private readonly sub: { unsubscribe(): void };
  private waiters: (() => void)[] = [];

  constructor(options: ConstructorParameters<typeof DirectLine>[0]) {
    this.dl = new DirectLine({ webSocket: true, ...options });
    this.sub = this.dl.activity$.subscribe(
      (a) => {
        this.seen.push(a as Act);
        for (const w of this.waiters.splice(0)) w();
      },
      (e: Error) => {
        this.error = e;
      },
    );
  }

  async waitFor<T>(find: () => T | undefined, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out; last: ${JSON.stringify(this.seen.slice(-2).map((a) => a.text))}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  post(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.dl.postActivity({ type: 'message', text, from: { id: 'ignored', role: 'user' } } as never).subscribe(resolve, reject);
    });
  }

  /** Answers the bot's questions by step from `fromIndex` on, until the reference number shows. */
  async driveIntake(fromIndex = 0, maxTurns = 40, stopAfter = Infinity): Promise<{ reference?: string; turns: number }> {
    let cursor = fromIndex;
    for (let turns = 0; turns < maxTurns; turns++) {
      const next = await this.waitFor(() => {
        for (let i = cursor; i < this.seen.length; i++) {
          const a = this.seen[i];
          if (a.from.role === 'user' || a.type !== 'message') continue;
          const ref = REFERENCE.exec(a.text ?? '');
          if (ref) return { index: i, reference: ref[0] };
          if (a.channelData?.pk) return { index: i, pk: a.channelData.pk };
        }
        return undefined;
      });
      cursor = next.index + 1;
      if (next.reference) return { reference: next.reference, turns };
      if (turns >= stopAfter) return { turns };
      await this.post(answerFor(next.pk!));
    }
    throw new Error('intake did not finish');
  }

  end(): void {
    this.sub.unsubscribe();
    this.dl.end();
  }
}

let app: RunningApp;

async function chatToken(): Promise<{ token: string; conversationId: string }> {
  return (await (await fetch(`${app.url}/chat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string };
}

/** The client keeps these private; the tests read them as Web Chat's own reconnect logic does. */
const internals = (c: Client) => c.dl as unknown as { conversationId: string; watermark: string };
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => {
  await app.close();
  restore();
});

test('the official Direct Line client completes a whole intake against the real server', async () => {
  const { token, conversationId } = await chatToken();
  const c = new Client({ token, domain: `${app.url}/v3/directline` });
  try {
    const { reference } = await c.driveIntake();
    expect(reference).toMatch(/^PK-\d{4}-\d+$/);
    expect(internals(c).conversationId).toBe(conversationId);

    // Every activity arrived exactly once, in watermark order, the resident's own ones echoed with ids.
    const ids = c.seen.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mine = c.seen.filter((a) => a.from.role === 'user');
    expect(mine.length).toBeGreaterThanOrEqual(10);
    for (const a of mine) expect(a.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));
    expect(c.seen.find((a) => a.from.role === 'bot')!.from).toMatchObject({ id: 'bot', name: 'MOPS Demowo' });

    const record = await app.ctx.runtime.services.intakes.getByReference(reference!);
    expect(record).toMatchObject({
      conversationId,
      channel: 'webchat',
      status: 'new',
      applicant: { firstName: 'Anna', lastName: 'Kowalska', pesel: '44051401359', phone: '601222333' },
    });
    expect(record!.problem.category).toBe('benefits');
  } finally {
    c.end();
  }
});

test('a dropped WebSocket reconnects from its watermark: nothing lost, nothing repeated', async () => {
  const { token, conversationId } = await chatToken();
  const first = new Client({ token, domain: `${app.url}/v3/directline` });
  await first.driveIntake(0, 40, 5);
  const watermark = internals(first).watermark;
  const seenBefore = first.seen.length;
  first.end();
  expect(Number(watermark)).toBeGreaterThan(5);

  // The next answer goes in while nobody is connected: its echo and replies must wait for us.
  const lastPk = [...first.seen].reverse().find((a) => a.channelData?.pk)!.channelData!.pk!;
  const res = await fetch(`${app.url}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: answerFor(lastPk) }),
  });
  expect(res.status).toBe(200);

  // Reconnect as Web Chat does after a reload: conversationId + token + watermark → GET /conversations/{id}.
  const second = new Client({ token, conversationId, watermark, domain: `${app.url}/v3/directline` });
  try {
    const { reference } = await second.driveIntake();
    expect(reference).toMatch(/^PK-/);
    // Typing indicators are not kept (they carry no watermark); everything else is.
    const all = [...first.seen.slice(0, seenBefore), ...second.seen].filter((a) => a.type !== 'typing');
    const ids = all.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Watermark order with no gap: ids are conversationId|0000001, |0000002, …
    const seqs = ids.map((id) => Number(id!.split('|')[1]));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(second.seen.find((a) => a.type === 'message')!.text).toBe(answerFor(lastPk));
  } finally {
    second.end();
  }
});

test('the server drops the socket mid-intake: the client reconnects by itself and resumes from its watermark', async () => {
  const { token, conversationId } = await chatToken();
  // random: () => 0 makes the client's reconnect back-off its minimum (3 s) instead of up to 15 s.
  const c = new Client({ token, domain: `${app.url}/v3/directline`, random: () => 0 } as never);
  try {
    await c.driveIntake(0, 40, 4);
    const before = c.seen.length;
    const conversation = (await directLineOf(app.ctx)!.store.get(conversationId))!;
    expect(conversation.listeners.size).toBe(1);
    for (const l of [...conversation.listeners]) l.close();
    // Answer while the socket is down (REST still works); the replies are delivered after the reconnect.
    const lastPk = [...c.seen].reverse().find((a) => a.channelData?.pk)!.channelData!.pk!;
    await c.post(answerFor(lastPk));
    const { reference } = await c.driveIntake(before);
    expect(reference).toMatch(/^PK-/);
    const kept = c.seen.filter((a) => a.type !== 'typing');
    const seqs = kept.map((a) => Number(a.id!.split('|')[1]));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  } finally {
    c.end();
  }
}, 30000);

test('a bad token ends in a failed connection, not a conversation', async () => {
  const c = new Client({ token: 'not-a-token', domain: `${app.url}/v3/directline` });
  try {
    const status = await c.waitFor(() => {
      const s = c.dl.connectionStatus$.getValue();
      return s === ConnectionStatus.FailedToConnect ? s : undefined;
    });
    expect(status).toBe(ConnectionStatus.FailedToConnect);
  } finally {
    c.end();
  }
});

import WebSocket from 'ws';
import { Caller, startTestServer } from '../channels/phone/server';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

interface Msg {
  type: string;
  text?: string;
  pk?: { step: string; choices: { title: string }[] } | null;
}

/** A person at the kiosk, without the page: the socket protocol only. */
class Screen {
  private queue: Msg[] = [];
  private waiting: ((m: Msg[]) => void) | null = null;
  /** The conversation id the server tells the screen (needed to print its ticket). */
  conversation: string | null = null;
  constructor(readonly ws: WebSocket) {
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as Msg;
      if ((m as { type: string }).type === 'session') {
        this.conversation = (m as unknown as { conversation: string }).conversation;
        return;
      }
      this.queue.push(m);
      if (m.type === 'turn-end' && this.waiting) {
        const turn = this.queue.splice(0);
        const w = this.waiting;
        this.waiting = null;
        w(turn.filter((x) => x.type === 'activity'));
      }
    });
  }
  static async open(url: string): Promise<{ screen: Screen; first: Msg[] }> {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/kiosk/socket`);
    const screen = new Screen(ws);
    const first = await screen.next();
    return { screen, first };
  }
  next(): Promise<Msg[]> {
    const done = this.queue.findIndex((m) => m.type === 'turn-end');
    if (done >= 0) return Promise.resolve(this.queue.splice(0, done + 1).filter((x) => x.type === 'activity'));
    return new Promise((resolve) => (this.waiting = resolve));
  }
  say(text: string): Promise<Msg[]> {
    this.ws.send(JSON.stringify({ text }));
    return this.next();
  }
}

const text = (turn: Msg[]) => turn.map((m) => m.text).join('\n');

describe('kiosk server', () => {
  test('the page, its files and the limits are served; the page is locked to its own origin', async () => {
    const res = await fetch(`${server.app.url}/kiosk`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('<html lang="pl">');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await fetch(`${server.app.url}/kiosk/kiosk.js`)).status).toBe(200);
    expect((await fetch(`${server.app.url}/kiosk/kiosk.css`)).status).toBe(200);
    expect(await (await fetch(`${server.app.url}/kiosk/config.json`)).json()).toMatchObject({ warnAfterSeconds: 60, resetAfterSeconds: 90 });
  });

  test('each socket is a new conversation that starts with the greeting; questions carry their hints', async () => {
    const a = await Screen.open(server.app.url);
    const b = await Screen.open(server.app.url);
    expect(text(a.first)).toContain('Dzień dobry');
    expect(a.first.at(-1)?.pk?.step).toBe('consent');
    expect(a.first.at(-1)?.pk?.choices.map((c) => c.title)).toContain('Tak, zaczynamy');
    const problem = await a.screen.say('Tak, zaczynamy');
    expect(problem.at(-1)?.pk?.step).toBe('problem');
    // The other person is still at the first question.
    expect((await b.screen.say('cofnij')).at(-1)?.pk?.step).toBe('consent');
    a.screen.ws.close();
    b.screen.ws.close();
  });

  test('the ticket endpoint gives team, rooms, next steps and hours – no personal data – for recent kiosk records only', async () => {
    const { screen } = await Screen.open(server.app.url);
    for (const s of ['Tak, zaczynamy', 'Mój tata po udarze potrzebuje opieki w domu, sam nie da rady', 'Tak', 'Kogoś z mojej rodziny']) await screen.say(s);
    let turn: Msg[] = [];
    for (let i = 0; i < 25 && !/PK-\d{4}-\d{6}/.test(text(turn)); i++) {
      const pk = turn.at(-1)?.pk;
      const send = !pk ? 'pomiń' : pk.step === 'summary' ? 'Tak, wysyłam' : pk.choices.find((c) => c.title !== 'Pomiń')?.title ?? 'pomiń';
      turn = await screen.say(send === 'pomiń' && pk?.step === 'relation' ? 'syn' : send === 'pomiń' && pk?.step === 'reporterName' ? 'Jan Nowak' : send);
    }
    const reference = /PK-\d{4}-\d{6}/.exec(text(turn))?.[0];
    expect(reference).toBeDefined();
    // Without the screen's conversation id the ticket is not given (no lookups by guessing numbers).
    expect((await fetch(`${server.app.url}/kiosk/ticket/${reference}`)).status).toBe(404);
    const res = await fetch(`${server.app.url}/kiosk/ticket/${reference}?c=${screen.conversation}`);
    expect(res.status).toBe(200);
    const ticket = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(ticket).sort()).toEqual(['centre', 'firstContactRoom', 'hours', 'next', 'phone', 'reference', 'rooms', 'team', 'urgent']);
    expect(ticket.reference).toBe(reference);
    expect(JSON.stringify(ticket)).not.toMatch(/Nowak|udarze/);
    screen.ws.close();

    // A record from another channel gives nothing.
    const caller = new Caller(server.app.url);
    await caller.start();
    await caller.say('tak zaczynamy');
    await caller.say('nie mam na opal');
    const phoneRecord = (await server.app.ctx.runtime.services.intakes.list()).find((r) => r.conversationId === caller.callId);
    expect((await fetch(`${server.app.url}/kiosk/ticket/${phoneRecord!.reference}`)).status).toBe(404);
    expect((await fetch(`${server.app.url}/kiosk/ticket/PK-2026-999999`)).status).toBe(404);
    expect((await fetch(`${server.app.url}/kiosk/ticket/robert'); DROP`)).status).toBe(400);
  });
});

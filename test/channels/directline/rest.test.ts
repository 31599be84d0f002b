import request from 'supertest';
import WebSocket from 'ws';
import { directLineOf, TokenService } from '../../../channels/directline';
import type { RunningApp } from '../../../server/app';
import { startTestServer } from './intake';

const SECRET = 'test-directline-secret-0123456789';
let app: RunningApp;
beforeAll(async () => {
  app = await startTestServer({ DIRECTLINE_SECRET: SECRET });
});
afterAll(async () => app.close());

const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

async function newConversation(): Promise<{ conversationId: string; token: string; streamUrl: string }> {
  const gen = await request(app.url).post('/v3/directline/tokens/generate').set(bearer(SECRET)).expect(200);
  const conv = await request(app.url).post('/v3/directline/conversations').set(bearer(gen.body.token)).expect(201);
  return conv.body;
}

describe('tokens', () => {
  test('generate needs the secret; the token is scoped to one conversation and expires', async () => {
    const res = await request(app.url).post('/v3/directline/tokens/generate').set(bearer(SECRET)).send({ user: { id: 'dl_anna' } }).expect(200);
    expect(res.body).toMatchObject({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ conv: res.body.conversationId, user: 'dl_anna' });
    expect(claims.exp - claims.iat).toBe(1800);

    await request(app.url).post('/v3/directline/tokens/generate').expect(401);
    const wrong = await request(app.url).post('/v3/directline/tokens/generate').set(bearer('wrong-secret')).expect(403);
    expect(wrong.body.error.code).toBe('BadArgument');
    // A token cannot mint other tokens.
    await request(app.url).post('/v3/directline/tokens/generate').set(bearer(res.body.token)).expect(403);
  });

  test('refresh gives a new token for the same conversation; an expired token is refused with TokenExpired', async () => {
    const { conversationId, token } = await newConversation();
    const refreshed = await request(app.url).post('/v3/directline/tokens/refresh').set(bearer(token)).expect(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    await request(app.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(refreshed.body.token)).expect(200);

    // The same key (derived from DIRECTLINE_SECRET) an hour ago: long expired.
    const past = new TokenService(SECRET, () => Date.now() - 3600_000).issue(conversationId, 'dl_x', 1800);
    for (const call of [
      request(app.url).post('/v3/directline/tokens/refresh').set(bearer(past)),
      request(app.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(past)),
    ]) {
      const res = await call.expect(403);
      expect(res.body).toEqual({ error: { code: 'TokenExpired', message: expect.any(String) } });
    }
  });

  test('a token for one conversation cannot read, write or stream another', async () => {
    const a = await newConversation();
    const b = await newConversation();
    await request(app.url).get(`/v3/directline/conversations/${b.conversationId}/activities`).set(bearer(a.token)).expect(403);
    await request(app.url).post(`/v3/directline/conversations/${b.conversationId}/activities`).set(bearer(a.token)).send({ type: 'message', text: 'x' }).expect(403);
    await request(app.url).get(`/v3/directline/conversations/${b.conversationId}`).set(bearer(a.token)).expect(403);
    const forged = a.token.slice(0, -4) + (a.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await request(app.url).get(`/v3/directline/conversations/${a.conversationId}/activities`).set(bearer(forged)).expect(403);

    const otherStream = b.streamUrl.replace(b.conversationId, a.conversationId);
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(otherStream);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });

  test('a token signed with another key (another server, or no secret) is refused', async () => {
    const { conversationId } = await newConversation();
    const foreign = new TokenService('some-other-secret').issue(conversationId, 'dl_x', 1800);
    await request(app.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(foreign)).expect(403);
    // Without a secret every process has its own random key: its tokens mean nothing elsewhere.
    expect(new TokenService(undefined).verify(new TokenService(undefined).issue('c', 'u', 60))).toMatchObject({ ok: false, reason: 'signature' });
  });
});

describe('conversations and activities', () => {
  test('start → greeting in the list → post → echo with the token user, the reply, and watermarks', async () => {
    const { conversationId, token, streamUrl } = await newConversation();
    expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId}/stream\\?`));
    await directLineOf(app.ctx)!.idle();
    const greeting = await request(app.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token)).expect(200);
    expect(greeting.body.activities.length).toBeGreaterThan(0);
    expect(greeting.body.activities.every((a: { from: { role: string } }) => a.from.role === 'bot')).toBe(true);
    const wm = greeting.body.watermark;

    const posted = await request(app.url)
      .post(`/v3/directline/conversations/${conversationId}/activities`)
      .set(bearer(token))
      .send({ type: 'message', text: 'Tak, zaczynamy', from: { id: 'someone-else' }, channelData: { clientActivityID: 'c-1' } })
      .expect(200);
    expect(posted.body.id).toBe(`${conversationId}|${String(Number(wm) + 1).padStart(7, '0')}`);
    await directLineOf(app.ctx)!.idle();
    const after = await request(app.url).get(`/v3/directline/conversations/${conversationId}/activities?watermark=${wm}`).set(bearer(token)).expect(200);
    const [echo, ...replies] = after.body.activities;
    expect(echo).toMatchObject({ id: posted.body.id, text: 'Tak, zaczynamy', from: { role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    expect(echo.from.id).not.toBe('someone-else');
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]).toMatchObject({ from: { id: 'bot', name: 'MOPS Demowo', role: 'bot' }, replyToId: posted.body.id });
    expect(Number(after.body.watermark)).toBe(Number(wm) + 1 + replies.length);

    // Reconnect: a new streamUrl resuming from the given watermark.
    const again = await request(app.url).get(`/v3/directline/conversations/${conversationId}?watermark=${wm}`).set(bearer(token)).expect(200);
    expect(again.body.streamUrl).toContain(`watermark=${wm}`);
    const replay = await new Promise<{ activities: { id: string }[]; watermark: string }>((resolve, reject) => {
      const ws = new WebSocket(again.body.streamUrl);
      ws.once('message', (d) => {
        ws.close();
        resolve(JSON.parse(String(d)));
      });
      ws.on('error', reject);
    });
    expect(replay.activities[0].id).toBe(posted.body.id);
    expect(replay.watermark).toBe(after.body.watermark);
  });

  test('starting the same conversation twice does not greet twice', async () => {
    const gen = await request(app.url).post('/v3/directline/tokens/generate').set(bearer(SECRET)).expect(200);
    await request(app.url).post('/v3/directline/conversations').set(bearer(gen.body.token)).expect(201);
    await directLineOf(app.ctx)!.idle();
    const again = await request(app.url).post('/v3/directline/conversations').set(bearer(gen.body.token)).expect(200);
    await directLineOf(app.ctx)!.idle();
    const list = await request(app.url).get(`/v3/directline/conversations/${again.body.conversationId}/activities`).set(bearer(gen.body.token));
    const texts = list.body.activities.map((a: { text: string }) => a.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('the secret starts a conversation directly, as in Direct Line', async () => {
    const res = await request(app.url).post('/v3/directline/conversations').set(bearer(SECRET)).expect(201);
    expect(res.body).toMatchObject({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800, streamUrl: expect.stringMatching(/^ws:/) });
  });
});

describe('bad input', () => {
  test('huge body 413, malformed JSON 400, not an activity 400, unknown conversation 404, unknown path 404', async () => {
    const { conversationId, token } = await newConversation();
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const huge = await request(app.url).post(path).set(bearer(token)).send({ type: 'message', text: 'a'.repeat(200_000) }).expect(413);
    expect(huge.body.error.code).toBe('MessageSizeTooBig');
    const bad = await request(app.url).post(path).set(bearer(token)).set('Content-Type', 'application/json').send('{"type": "message", "text": ').expect(400);
    expect(bad.body.error.code).toBe('BadArgument');
    await request(app.url).post(path).set(bearer(token)).send({ text: 'no type' }).expect(400);
    await request(app.url).post(path).set(bearer(token)).send({ type: 'message', text: 42 }).expect(400);
    await request(app.url).post(path).set(bearer(token)).send([1, 2]).expect(400);

    const ghost = await request(app.url).post('/v3/directline/tokens/generate').set(bearer(SECRET)).expect(200);
    const nf = await request(app.url).get(`/v3/directline/conversations/${ghost.body.conversationId}/activities`).set(bearer(ghost.body.token)).expect(404);
    expect(nf.body.error.code).toBe('NotFound');
    await request(app.url).get('/v3/directline/nothing-here').expect(404);
  });

  test('a conversation stops taking activities at the cap', async () => {
    const { conversationId, token } = await newConversation();
    const dl = directLineOf(app.ctx)!;
    await dl.idle();
    const c = (await dl.store.get(conversationId))!;
    const saved = dl.opts.maxActivities;
    dl.opts.maxActivities = c.activities.length;
    try {
      const res = await request(app.url).post(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token)).send({ type: 'message', text: 'x' }).expect(413);
      expect(res.body.error.code).toBe('ConversationSizeTooBig');
    } finally {
      dl.opts.maxActivities = saved;
    }
  });
});

describe('/chat', () => {
  test('the page is Polish, names the centre, loads Web Chat from our server and never shows the secret', async () => {
    const page = await request(app.url).get('/chat').expect(200);
    expect(page.text).toContain('<html lang="pl">');
    expect(page.text).toMatch(/<title>[^<]*Miejski Ośrodek Pomocy Społecznej w Demowie<\/title>/);
    expect(page.text).toContain('src="/chat/webchat.js"');
    expect(page.text).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
    expect(page.text).not.toContain(SECRET);
    const bundle = await request(app.url).get('/chat/webchat.js').expect(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(Number(bundle.headers['content-length'])).toBeGreaterThan(1_000_000);
    await request(app.url).get('/chat/chat.js').expect(200);
  });

  test('the token endpoint hands out a conversation-scoped token, not the secret, and is rate-limited', async () => {
    const res = await request(app.url).post('/chat/token').expect(200);
    expect(res.body.token).not.toContain(SECRET);
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    await request(app.url).post('/v3/directline/tokens/generate').set(bearer(res.body.token)).expect(403);
    let limited = false;
    for (let i = 0; i < 40 && !limited; i++) limited = (await request(app.url).post('/chat/token')).status === 429;
    expect(limited).toBe(true);
  });
});

describe('demo without DIRECTLINE_SECRET', () => {
  let demo: RunningApp;
  beforeAll(async () => {
    demo = await startTestServer({ DIRECTLINE_SECRET: undefined });
  });
  afterAll(async () => demo.close());

  test('the Direct Line secret endpoints are closed, the /chat page token still works', async () => {
    await request(demo.url).post('/v3/directline/tokens/generate').set(bearer('')).expect(401);
    await request(demo.url).post('/v3/directline/tokens/generate').set(bearer('anything')).expect(403);
    await request(demo.url).post('/v3/directline/conversations').set(bearer('anything')).expect(403);
    const { token, conversationId } = (await request(demo.url).post('/chat/token').expect(200)).body;
    const conv = await request(demo.url).post('/v3/directline/conversations').set(bearer(token)).expect(201);
    expect(conv.body.conversationId).toBe(conversationId);
  });
});

describe('restart', () => {
  test('after a restart (same secret, same database) the conversation resumes from its watermark', async () => {
    const a = await startTestServer({ DIRECTLINE_SECRET: SECRET });
    const gen = await request(a.url).post('/v3/directline/tokens/generate').set(bearer(SECRET)).expect(200);
    const { conversationId, token } = gen.body;
    await request(a.url).post('/v3/directline/conversations').set(bearer(token)).expect(201);
    await directLineOf(a.ctx)!.idle();
    await request(a.url).post(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token)).send({ type: 'message', text: 'Tak, zaczynamy' }).expect(200);
    await directLineOf(a.ctx)!.idle();
    const before = (await request(a.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token))).body;
    await a.close();

    const b = await startTestServer({ DIRECTLINE_SECRET: SECRET, DATABASE_URL: `sqlite://${a.dbFile}` });
    try {
      const after = (await request(b.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token)).expect(200)).body;
      expect(after).toEqual(before);
      const next = await request(b.url).post(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token)).send({ type: 'message', text: 'nie mam na opał i jedzenie, brakuje mi pieniędzy' }).expect(200);
      expect(next.body.id).toBe(`${conversationId}|${String(Number(before.watermark) + 1).padStart(7, '0')}`);
      await directLineOf(b.ctx)!.idle();
      const more = (await request(b.url).get(`/v3/directline/conversations/${conversationId}/activities?watermark=${before.watermark}`).set(bearer(token))).body;
      // The bot carries on from its own state (KnexStorage): it asks about the problem, not the consent again.
      const bot = more.activities.filter((x: { from: { role: string } }) => x.from.role === 'bot');
      expect(bot.length).toBeGreaterThan(0);
      expect(bot.some((x: { channelData?: { pk?: { step: string } } }) => x.channelData?.pk?.step === 'consent')).toBe(false);
    } finally {
      await b.close();
    }
  });

  test('without any secret configured, a /chat token still works after a restart (the signing key is kept in the database)', async () => {
    const a = await startTestServer();
    const { token, conversationId } = (await request(a.url).post('/chat/token').expect(200)).body;
    await request(a.url).post('/v3/directline/conversations').set(bearer(token)).expect(201);
    await directLineOf(a.ctx)!.idle();
    await a.close();
    const b = await startTestServer({ DATABASE_URL: `sqlite://${a.dbFile}` });
    try {
      await request(b.url).get(`/v3/directline/conversations/${conversationId}/activities`).set(bearer(token)).expect(200);
    } finally {
      await b.close();
    }
  });
});

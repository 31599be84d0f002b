import path from 'node:path';
import request from 'supertest';
import { loadCentre, DEMO_CENTRE, type Settings } from '../../config';
import { startApp, type RunningApp } from '../../server/app';
import type { ServerContext } from '../../server/context';
import { UserRepository, type Role } from '../../storage/userRepository';
import { tempDir } from '../helpers/databases';

export const PASSWORD = 'bardzo-tajne-haslo';

/** The real server on a random loopback port and a temp SQLite file; fast bcrypt and a small lockout for tests. */
export async function startDesk(env: Record<string, string> = {}): Promise<RunningApp> {
  Object.assign(process.env, { WORKER_BCRYPT_ROUNDS: '4', WORKER_LOCKOUT_ATTEMPTS: '3', WORKER_LOGIN_RATE_LIMIT: '1000', ...env });
  const file = path.join(tempDir('pk-worker-'), 'pk.sqlite');
  return startApp({ PORT: 0, HOST: '127.0.0.1', DATABASE_URL: `sqlite://${file}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent' } as Settings, loadCentre());
}

export async function addUser(ctx: ServerContext, login: string, role: Role, teams: string[] = []): Promise<void> {
  await new UserRepository(ctx.db.knex, 4).create({ login, password: PASSWORD, role, teams });
}

/** A logged-in supertest agent with its CSRF token. */
export async function loginAs(app: RunningApp, login: string): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(app.url);
  const res = await agent.post('/worker/api/login').set('Content-Type', 'application/json').send({ login, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, csrf: res.body.csrfToken as string };
}

/** A whole benefits intake through the real bot, as Web Chat would send it. Returns the bot's texts. */
export async function finishIntake(ctx: ServerContext, conversationId: string, answers: string[] = BENEFITS_ANSWERS): Promise<string[]> {
  const texts: string[] = [];
  const sink = (a: { type?: string; text?: string }) => {
    if (a.type === 'message' && a.text) texts.push(a.text);
  };
  await ctx.adapter.receive({ type: 'conversationUpdate', membersAdded: [{ id: 'u1', name: 'u1' }], channelId: 'webchat', conversation: { id: conversationId } as never, from: { id: 'u1' } as never }, sink);
  for (const text of answers) {
    await ctx.adapter.receive({ type: 'message', text, channelId: 'webchat', conversation: { id: conversationId } as never, from: { id: 'u1' } as never }, sink);
  }
  return texts;
}

export const BENEFITS_ANSWERS = [
  'Tak, zaczynamy',
  'nie mam na opał i jedzenie, brakuje mi pieniędzy na zasiłek',
  'tak',
  'Mnie',
  'Grażyna Żółkiewska',
  '44051401359',
  'ul. Słoneczna 5, 99-100 Demowo',
  '601 222 333',
  '2',
  '1500',
  'Opału lub pomocy w opłatach',
  'Tak, wysyłam',
];

import path from 'node:path';
import request from 'supertest';
import { loadCentre, DEMO_CENTRE, type Settings } from '../../config';
import { startApp, type RunningApp } from '../../server/app';
import type { ServerContext } from '../../server/context';
import { openDatabase } from '../../storage';
import { UserRepository, type Role } from '../../storage/userRepository';
import { tempDir } from '../helpers/databases';
import { answerFor, BENEFITS_BY_STEP, type Pk } from '../helpers/intakeScript';

export const PASSWORD = 'bardzo-tajne-haslo';

/** The real server on a random loopback port and a temp SQLite file; fast bcrypt and a small lockout for tests. */
export async function startDesk(env: Record<string, string> = {}): Promise<RunningApp> {
  Object.assign(process.env, { WORKER_BCRYPT_ROUNDS: '4', WORKER_LOCKOUT_ATTEMPTS: '3', WORKER_LOGIN_RATE_LIMIT: '1000', ...env });
  const file = path.join(tempDir('pk-worker-'), 'pk.sqlite');
  const pg = await postgresUrl();
  const app = await startApp({ PORT: 0, HOST: '127.0.0.1', DATABASE_URL: pg?.url ?? `sqlite://${file}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent' } as Settings, loadCentre());
  if (!pg) return app;
  return { ...app, close: async () => { await app.close(); await pg.drop(); } };
}

export async function addUser(ctx: ServerContext, login: string, role: Role, teams: string[] = []): Promise<void> {
  await new UserRepository(ctx.db.knex, 4).create({ login, password: PASSWORD, role, teams });
}

/**
 * With WORKER_TEST_PG=1 and DATABASE_URL=postgres://…, the desk tests run on PostgreSQL in a fresh
 * schema (via the connection's search_path), so the whole API is checked on both databases.
 */
async function postgresUrl(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const url = process.env.DATABASE_URL;
  if (process.env.WORKER_TEST_PG !== '1' || !url || !/^postgres(ql)?:\/\//.test(url)) return null;
  const schema = `pk_worker_${process.pid}_${Date.now().toString(36)}`;
  const db = await openDatabase(url, { pgSchema: schema });
  await db.close();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const drop = async () => {
    const admin = await openDatabase(url);
    await admin.knex.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    await admin.close();
  };
  return { url: u.toString(), drop };
}

/** A logged-in supertest agent with its CSRF token. */
export async function loginAs(app: RunningApp, login: string): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(app.url);
  const res = await agent.post('/worker/api/login').set('Content-Type', 'application/json').send({ login, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, csrf: res.body.csrfToken as string };
}


/**
 * A whole intake through the real bot, as Web Chat would send it (conversationUpdate first, then one
 * message per question). It answers by the question's channelData.pk.step (and `step/sub`), so it keeps
 * working when the dialog adds or reorders questions; unknown questions get `answers['*']`, else
 * "Pomiń" when offered, else the first choice. Stops at the reference number. Returns the bot's texts.
 */
export async function finishIntake(ctx: ServerContext, conversationId: string, answers: Record<string, string> = BENEFITS_ANSWERS): Promise<string[]> {
  const texts: string[] = [];
  let pk: Pk | null = null;
  const sink = (a: { type?: string; text?: string; channelData?: { pk?: Pk } }) => {
    if (a.type !== 'message') return;
    if (a.text) texts.push(a.text);
    if (a.channelData?.pk) pk = a.channelData.pk;
  };
  const base = { channelId: 'webchat', conversation: { id: conversationId } as never, from: { id: 'u1', name: 'u1' } as never };
  await ctx.adapter.receive({ ...base, type: 'conversationUpdate', membersAdded: [{ id: 'u1', name: 'u1' }] }, sink);
  for (let turn = 0; turn < 40 && !texts.some((t) => /PK-\d{4}-\d{6}/.test(t)); turn++) {
    const q = pk as Pk | null;
    if (!q) throw new Error(`finishIntake: no question to answer after: ${texts.slice(-2).join(' | ')}`);
    pk = null;
    const text = answerFor(q, answers);
    await ctx.adapter.receive({ ...base, type: 'message', text }, sink);
  }
  return texts;
}

export const BENEFITS_ANSWERS: Record<string, string> = { ...BENEFITS_BY_STEP, name: 'Grażyna Żółkiewska', '*': 'Nie' };

/** Hunger and no roof tonight: the bot marks it urgent. */
export const URGENT_ANSWERS: Record<string, string> = {
  ...BENEFITS_ANSWERS,
  problem: 'nie mam co jeść od trzech dni i nie mam gdzie dziś spać',
  name: 'Jan Kowalski',
  identity: '15.03.1952',
  householdSize: '1',
  income: '0',
  benefitNeeds: 'Posiłku lub żywności',
  '*': 'Tak',
};

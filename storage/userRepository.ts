import bcrypt from 'bcryptjs';
import type { Knex } from 'knex';

export type Role = 'first_contact' | 'team' | 'admin';
export const ROLES: Role[] = ['first_contact', 'team', 'admin'];

export interface User {
  id: number;
  login: string;
  role: Role;
  teams: string[];
  active: boolean;
  createdAt: string;
}

interface UserRow {
  id: number;
  login: string;
  password_hash: string;
  role: string;
  teams: string;
  active: boolean | number;
  created_at: string;
  updated_at: string;
}

export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 10;
const BCRYPT_ROUNDS = 12;

/** Worker accounts; passwords only ever stored as bcrypt hashes. Also the failed-login counters behind the lockout. */
export class UserRepository {
  constructor(private readonly knex: Knex, private readonly rounds = BCRYPT_ROUNDS) {}

  async count(): Promise<number> {
    const row = await this.knex('users').count<{ n: number | string }[]>({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  async create(input: { login: string; password: string; role: Role; teams?: string[] }, now = new Date()): Promise<User> {
    const login = input.login.trim().toLowerCase();
    if (!LOGIN_PATTERN.test(login)) throw new Error('login: 2–64 small letters, digits, dot, dash or underscore');
    if (!ROLES.includes(input.role)) throw new Error(`role: one of ${ROLES.join(', ')}`);
    if (input.password.length < MIN_PASSWORD_LENGTH) throw new Error(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
    const teams = input.role === 'team' ? [...new Set(input.teams ?? [])] : [];
    if (input.role === 'team' && teams.length === 0) throw new Error('role team needs at least one --team');
    if (await this.knex('users').where({ login }).first()) throw new Error(`login "${login}" already exists`);
    const at = now.toISOString();
    const hash = await bcrypt.hash(input.password, this.rounds);
    await this.knex('users').insert({ login, password_hash: hash, role: input.role, teams: JSON.stringify(teams), active: true, created_at: at, updated_at: at });
    return (await this.byLogin(login))!;
  }

  async byLogin(login: string): Promise<User | null> {
    const row: UserRow | undefined = await this.knex('users').where({ login: login.trim().toLowerCase() }).first();
    return row ? toUser(row) : null;
  }

  async byId(id: number): Promise<User | null> {
    const row: UserRow | undefined = await this.knex('users').where({ id }).first();
    return row ? toUser(row) : null;
  }

  async list(): Promise<User[]> {
    const rows: UserRow[] = await this.knex('users').orderBy('login');
    return rows.map(toUser);
  }

  async update(id: number, change: { role?: Role; teams?: string[]; active?: boolean; password?: string }, now = new Date()): Promise<void> {
    const patch: Partial<UserRow> = { updated_at: now.toISOString() };
    if (change.role) {
      if (!ROLES.includes(change.role)) throw new Error('role');
      patch.role = change.role;
    }
    if (change.teams) patch.teams = JSON.stringify([...new Set(change.teams)]);
    if (change.active !== undefined) patch.active = change.active;
    if (change.password !== undefined) {
      if (change.password.length < MIN_PASSWORD_LENGTH) throw new Error(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
      patch.password_hash = await bcrypt.hash(change.password, this.rounds);
    }
    await this.knex('users').where({ id }).update(patch);
  }

  /** The user when login and password match an active account; compares against a dummy hash otherwise, so timing does not tell which logins exist. */
  async verify(login: string, password: string): Promise<User | null> {
    const row: UserRow | undefined = await this.knex('users').where({ login: login.trim().toLowerCase() }).first();
    const ok = await bcrypt.compare(password, row?.password_hash ?? DUMMY_HASH);
    return row && ok && row.active ? toUser(row) : null;
  }

  /** Seconds left of a lockout for this login, or 0. */
  async lockedFor(login: string, now = new Date()): Promise<number> {
    const row: { locked_until: string | null } | undefined = await this.knex('login_failures').where({ login: key(login) }).first();
    if (!row?.locked_until) return 0;
    return Math.max(0, Math.ceil((Date.parse(row.locked_until) - now.getTime()) / 1000));
  }

  /** Counts a failure; after `maxAttempts` in a row the login is locked for `lockMinutes`. Returns true when it just locked. */
  async recordFailure(login: string, maxAttempts: number, lockMinutes: number, now = new Date()): Promise<boolean> {
    const k = key(login);
    const row: { count: number; locked_until: string | null } | undefined = await this.knex('login_failures').where({ login: k }).first();
    const expired = row?.locked_until && Date.parse(row.locked_until) <= now.getTime();
    const count = (expired ? 0 : Number(row?.count ?? 0)) + 1;
    const lock = count >= maxAttempts;
    const values = { count: lock ? 0 : count, locked_until: lock ? new Date(now.getTime() + lockMinutes * 60_000).toISOString() : null, updated_at: now.toISOString() };
    if (row) await this.knex('login_failures').where({ login: k }).update(values);
    else await this.knex('login_failures').insert({ login: k, ...values });
    return lock;
  }

  async clearFailures(login: string): Promise<void> {
    await this.knex('login_failures').where({ login: key(login) }).delete();
  }
}

const key = (login: string) => login.trim().toLowerCase().slice(0, 64);
// bcrypt hash of a random string nobody knows, to spend the same time on unknown logins.
const DUMMY_HASH = '$2b$12$ofmE1cY/LzPPIHGLYFe53uzPnpt.Eq1F2HtUnE7mBSB2oMVmnI0Mi';

function toUser(r: UserRow): User {
  return { id: Number(r.id), login: r.login, role: r.role as Role, teams: JSON.parse(r.teams) as string[], active: Boolean(r.active), createdAt: r.created_at };
}

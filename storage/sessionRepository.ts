import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

export interface Session {
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Server-side sessions for the worker desk. The cookie holds 32 random bytes; the table holds only
 * their SHA-256, the user and the CSRF synchronizer token. A session ends after `idleMs` without use.
 */
export class SessionRepository {
  constructor(private readonly knex: Knex) {}

  async create(userId: number, now = new Date()): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const at = now.toISOString();
    await this.knex('sessions').insert({ id: hash(token), user_id: userId, csrf_token: csrfToken, created_at: at, last_seen_at: at });
    return { token, csrfToken };
  }

  /** The live session for a cookie value, touched; null (and deleted) when idle too long. */
  async touch(token: string, idleMs: number, now = new Date()): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const id = hash(token);
    const row: { user_id: number; csrf_token: string; created_at: string; last_seen_at: string } | undefined = await this.knex('sessions').where({ id }).first();
    if (!row) return null;
    if (now.getTime() - Date.parse(row.last_seen_at) > idleMs) {
      await this.knex('sessions').where({ id }).delete();
      return null;
    }
    const at = now.toISOString();
    await this.knex('sessions').where({ id }).update({ last_seen_at: at });
    return { userId: Number(row.user_id), csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: at };
  }

  async destroy(token: string): Promise<void> {
    await this.knex('sessions').where({ id: hash(token) }).delete();
  }

  async destroyForUser(userId: number): Promise<void> {
    await this.knex('sessions').where({ user_id: userId }).delete();
  }

  async purgeIdle(idleMs: number, now = new Date()): Promise<number> {
    return this.knex('sessions').where('last_seen_at', '<', new Date(now.getTime() - idleMs).toISOString()).delete();
  }
}

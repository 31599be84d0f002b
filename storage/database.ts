import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { logError } from '../server/log';
import { migrationSource } from './migrations';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  knex: Knex;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Pages the WAL may reach before a writer checkpoints it itself (the checkpointer normally gets there first). */
const SAFETY_NET_PAGES = 20_000;
const CHECKPOINT_EVERY_MS = 2_000;

/**
 * Checkpoints the SQLite WAL in the background on a connection of its own. With the default automatic
 * checkpoint, the write that crosses 1 000 pages copies them into the database file and fsyncs it
 * inside its own commit; on the single bot connection that stalled every turn behind it (spikes of
 * 100–260 ms in the Direct Line bench). A PASSIVE checkpoint waits for no reader or writer, and its
 * fsync runs on this connection's thread.
 */
class Checkpointer {
  private readonly db: import('sqlite3').Database;
  private readonly timer: NodeJS.Timeout;
  private running = false;

  constructor(filename: string) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sqlite3 = require('sqlite3') as typeof import('sqlite3');
    // Without a checkpointer the safety net still bounds the WAL: a failure here is logged, never fatal.
    this.db = new sqlite3.Database(filename, (err) => {
      if (err) logError('sqlite checkpointer', err);
    });
    this.db.on('error', (err) => logError('sqlite checkpointer', err));
    this.timer = setInterval(() => void this.checkpoint('PASSIVE'), CHECKPOINT_EVERY_MS);
    this.timer.unref();
  }

  checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): Promise<void> {
    if (this.running) return Promise.resolve();
    this.running = true;
    return new Promise<void>((resolve) => {
      // A failed checkpoint is retried on the next tick; the safety net above bounds the WAL meanwhile.
      this.db.run(`PRAGMA wal_checkpoint(${mode})`, (err: (Error & { code?: string }) | null) => {
        if (err && err.code !== 'SQLITE_BUSY') logError('sqlite checkpoint', err);
        this.running = false;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 5));
    await this.checkpoint('TRUNCATE');
    await new Promise<void>((resolve) => this.db.close(() => resolve()));
  }
}

/** `sqlite://./rel/path.sqlite`, `sqlite:///abs/path.sqlite`, `sqlite://:memory:` or `postgres://…`. */
export function knexConfig(url: string, opts: { pgSchema?: string } = {}): { config: Knex.Config; dialect: Dialect } {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // compileSqlOnError: false keeps query values (personal data) out of error messages.
    const config: Knex.Config = { client: 'pg', connection: url, pool: { min: 0, max: 10 }, compileSqlOnError: false };
    if (opts.pgSchema) config.searchPath = [opts.pgSchema];
    return { dialect: 'postgres', config };
  }
  if (url.startsWith('sqlite://')) {
    const file = url.slice('sqlite://'.length);
    if (!file) throw new Error('DATABASE_URL sqlite:// needs a file path, e.g. sqlite://./data/pierwszy-kontakt.sqlite');
    const filename = file === ':memory:' ? file : path.resolve(file);
    if (filename !== ':memory:') fs.mkdirSync(path.dirname(filename), { recursive: true });
    return {
      dialect: 'sqlite',
      config: {
        client: 'sqlite3',
        connection: { filename },
        compileSqlOnError: false,
        useNullAsDefault: true,
        pool: {
          min: 1,
          max: 1,
          // WAL lets readers (the worker desk) work while the bot writes; the busy timeout rides out short
          // locks. synchronous=NORMAL is the setting SQLite recommends with WAL: a crash of the process
          // loses nothing; only a power cut may lose the last moments (not corrupt the file), and it
          // spares an fsync on every turn.
          afterCreate(conn: { run(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, c: unknown) => void) {
            // wal_autocheckpoint is only a safety net: the checkpointer below keeps the WAL short, on its own
            // connection, so the fsync of a checkpoint never holds up a resident's turn.
            const pragmas = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA busy_timeout = 5000', 'PRAGMA foreign_keys = ON', `PRAGMA wal_autocheckpoint = ${SAFETY_NET_PAGES}`];
            const next = (i: number): void => {
              if (i === pragmas.length) return done(null, conn);
              conn.run(pragmas[i], (err) => (err ? done(err, conn) : next(i + 1)));
            };
            next(0);
          },
        },
      },
    };
  }
  throw new Error(`Unsupported DATABASE_URL scheme (use sqlite:// or postgres://): ${url.split(':')[0]}`);
}

/** Opens the database and brings its schema up to date. `pgSchema` keeps a PostgreSQL install in its own schema. */
export async function openDatabase(url: string, opts: { pgSchema?: string } = {}): Promise<Database> {
  const { config, dialect } = knexConfig(url, opts);
  const knex = knexFactory(config);
  if (dialect === 'postgres' && opts.pgSchema) await knex.raw('CREATE SCHEMA IF NOT EXISTS ??', [opts.pgSchema]);
  await knex.migrate.latest({ migrationSource });
  const filename = (config.connection as { filename?: string } | undefined)?.filename;
  const checkpointer = dialect === 'sqlite' && filename && filename !== ':memory:' ? new Checkpointer(filename) : null;
  return {
    knex,
    dialect,
    async close() {
      try {
        await knex.destroy();
      } finally {
        await checkpointer?.close();
      }
    },
  };
}

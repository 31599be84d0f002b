import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { migrationSource } from './migrations';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  knex: Knex;
  dialect: Dialect;
  close(): Promise<void>;
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
            const pragmas = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA busy_timeout = 5000', 'PRAGMA foreign_keys = ON'];
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
  return { knex, dialect, close: () => knex.destroy() };
}

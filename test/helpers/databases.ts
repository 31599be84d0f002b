import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../storage';

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Opens a fresh database; the same `key` reopens the same data (to simulate a process restart). */
  open(key?: string): Promise<Database>;
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'pk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sqliteBackend(): TestBackend {
  const dir = tempDir();
  return {
    name: 'sqlite',
    open: (key = 'db') => openDatabase(`sqlite://${path.join(dir, `${key}.sqlite`)}`),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** PostgreSQL when DATABASE_URL points at one (CI sets it when pg_isready answers); otherwise null. */
export function postgresBackend(): TestBackend | null {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) return null;
  const schemas: string[] = [];
  const prefix = `pk_test_${process.pid}_${Date.now().toString(36)}`;
  return {
    name: 'postgres',
    open: (key = 'db') => {
      const schema = `${prefix}_${key}`.toLowerCase();
      if (!schemas.includes(schema)) schemas.push(schema);
      return openDatabase(url, { pgSchema: schema });
    },
    cleanup: async () => {
      const db = await openDatabase(url);
      for (const s of schemas) await db.knex.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [s]);
      await db.close();
    },
  };
}

/**
 * Runs a suite on SQLite, and on PostgreSQL when DATABASE_URL points at one; otherwise the
 * PostgreSQL suite is reported as skipped, loudly.
 */
export function describeEachBackend(title: string, suite: (backend: () => TestBackend) => void): void {
  const makers: ['sqlite' | 'postgres', (() => TestBackend) | null][] = [
    ['sqlite', sqliteBackend],
    ['postgres', postgresBackend() ? () => postgresBackend() as TestBackend : null],
  ];
  for (const [name, make] of makers) {
    if (!make) {
      // eslint-disable-next-line no-console
      console.warn(`SKIPPED: "${title}" on PostgreSQL — set DATABASE_URL=postgres://… (CI does when pg_isready answers)`);
      describe.skip(`${title} [${name}]`, () => suite(() => { throw new Error('skipped'); }));
      continue;
    }
    describe(`${title} [${name}]`, () => {
      let backend: TestBackend;
      beforeAll(() => { backend = make(); });
      afterAll(async () => backend.cleanup());
      suite(() => backend);
    });
  }
}

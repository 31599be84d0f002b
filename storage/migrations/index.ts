import type { Knex } from 'knex';
import * as core from './001_core';
import * as worker from './002_worker';
import * as auditKeys from './003_audit_keys';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Migrations are compiled in (not read from a folder) so they run the same under tsx, jest and a build,
 * on SQLite and PostgreSQL alike. Append new ones; never edit one that has shipped.
 */
const MIGRATIONS: [string, Migration][] = [
  ['001_core', core],
  ['002_worker', worker],
  ['003_audit_keys', auditKeys],
];

export const migrationSource: Knex.MigrationSource<[string, Migration]> = {
  getMigrations: async () => MIGRATIONS,
  getMigrationName: ([name]) => name,
  getMigration: async ([, m]) => m,
};


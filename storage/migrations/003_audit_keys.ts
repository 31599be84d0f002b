import type { Knex } from 'knex';

/**
 * One encryption key per intake for the audit log's details (before/after values hold personal data).
 * The log is append-only; erasing a record deletes its key, so its audit details become unreadable
 * while the fact that something happened, by whom and when, stays.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_keys', (t) => {
    t.string('intake_id', 64).primary();
    t.text('key').nullable();
    t.string('forgotten_at', 32).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('audit_keys');
}

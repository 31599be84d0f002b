import type { Knex } from 'knex';

/** Intakes, transcripts, bot state, reference counters and the append-only audit log. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('intakes', (t) => {
    t.string('id', 64).primary();
    t.string('reference', 32).notNullable().unique();
    t.string('conversation_id', 200).notNullable().index();
    t.string('channel', 16).notNullable();
    t.string('status', 16).notNullable().index();
    t.string('team', 64).notNullable().index();
    t.boolean('urgent').notNullable().defaultTo(false).index();
    t.string('pesel', 11).nullable().index();
    t.string('phone', 9).nullable().index();
    t.string('created_at', 32).notNullable().index();
    t.string('updated_at', 32).notNullable();
    t.text('record').notNullable();
  });
  await knex.schema.createTable('transcripts', (t) => {
    t.increments('id').primary();
    t.string('conversation_id', 200).notNullable().index();
    t.string('sender', 16).notNullable();
    t.text('text').notNullable();
    t.string('at', 32).notNullable();
  });
  await knex.schema.createTable('bot_state', (t) => {
    t.string('key', 400).primary();
    t.text('value').notNullable();
    t.integer('etag').notNullable().defaultTo(1);
    t.string('updated_at', 32).notNullable();
  });
  await knex.schema.createTable('counters', (t) => {
    t.string('name', 64).primary();
    t.integer('value').notNullable();
  });
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.string('at', 32).notNullable().index();
    t.string('actor', 100).notNullable().index();
    t.string('action', 64).notNullable();
    t.string('intake_id', 64).nullable().index();
    t.text('details').nullable();
  });
  // Append-only: the database itself refuses to change or remove audit entries.
  if (knex.client.config.client === 'pg') {
    await knex.raw(`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql`);
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  } else {
    await knex.raw(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
    await knex.raw(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const t of ['audit_log', 'counters', 'bot_state', 'transcripts', 'intakes']) await knex.schema.dropTableIfExists(t);
  if (knex.client.config.client === 'pg') await knex.raw('DROP FUNCTION IF EXISTS audit_log_append_only()');
}

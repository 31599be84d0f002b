import type { Knex } from 'knex';

/**
 * Worker desk: accounts, server-side sessions, failed-login counters (lockout) and per-record notes
 * (call-back notes and the history of desk actions). Plain types only, so SQLite and PostgreSQL agree.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.string('login', 64).notNullable().unique();
    t.string('password_hash', 100).notNullable();
    t.string('role', 16).notNullable();
    /** JSON array of team codes (team members only). */
    t.text('teams').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 32).notNullable();
    t.string('updated_at', 32).notNullable();
  });
  await knex.schema.createTable('sessions', (t) => {
    /** SHA-256 of the cookie value: a leaked table does not give working cookies. */
    t.string('id', 64).primary();
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE').index();
    t.string('csrf_token', 64).notNullable();
    t.string('created_at', 32).notNullable();
    t.string('last_seen_at', 32).notNullable().index();
  });
  await knex.schema.createTable('login_failures', (t) => {
    t.string('login', 64).primary();
    t.integer('count').notNullable().defaultTo(0);
    t.string('locked_until', 32).nullable();
    t.string('updated_at', 32).notNullable();
  });
  await knex.schema.createTable('intake_notes', (t) => {
    t.increments('id').primary();
    t.string('intake_id', 64).notNullable().index();
    t.string('author', 64).notNullable();
    /** note | callback | action */
    t.string('kind', 16).notNullable();
    t.text('text').notNullable();
    t.string('at', 32).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const t of ['intake_notes', 'login_failures', 'sessions', 'users']) await knex.schema.dropTableIfExists(t);
}

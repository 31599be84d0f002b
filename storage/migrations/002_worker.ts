import type { Knex } from 'knex';

/** Worker desk tables (users, sessions, …). STUB: filled in by the worker desk. */
export async function up(_knex: Knex): Promise<void> {}

export async function down(_knex: Knex): Promise<void> {}

import type { Knex } from 'knex';

/** Removes everything kept about one conversation's intake: record, transcript, desk notes and leftover bot state. */
export class RetentionRepository {
  constructor(private readonly knex: Knex) {}

  /** Records of a status not updated since `before` (ISO). */
  async expired(status: string, before: string): Promise<{ id: string; reference: string; conversation_id: string }[]> {
    return this.knex('intakes').where({ status }).andWhere('updated_at', '<', before).select('id', 'reference', 'conversation_id');
  }

  async erase(row: { id: string; conversation_id: string }): Promise<void> {
    await this.knex.transaction(async (trx) => {
      await trx('intake_notes').where({ intake_id: row.id }).delete();
      await trx('intakes').where({ id: row.id }).delete();
      // Another record of the same conversation (rare) keeps the transcript.
      const others = await trx('intakes').where({ conversation_id: row.conversation_id }).first('id');
      if (!others) {
        await trx('transcripts').where({ conversation_id: row.conversation_id }).delete();
        const keys: { key: string }[] = await trx('bot_state').where('key', 'like', `%${row.conversation_id.replace(/[\\%_]/g, '')}%`).select('key');
        const mine = keys.map((k) => k.key).filter((k) => k.includes(`/conversations/${row.conversation_id}/`));
        if (mine.length) await trx('bot_state').whereIn('key', mine).delete();
      }
    });
  }
}

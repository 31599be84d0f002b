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
        // The bot's state of the conversation and the web chat's stored copy of its messages.
        const id = escapeLike(row.conversation_id);
        await trx('bot_state')
          .whereRaw(`key LIKE ? ESCAPE '\\'`, [`%/conversations/${id}/%`])
          .orWhere('key', `pk-directline/${row.conversation_id}`)
          .orWhereRaw(`key LIKE ? ESCAPE '\\'`, [`pk-directline/${id}/%`])
          .delete();
      }
    });
  }
}

/** A value for LIKE with its wildcards taken literally (conversation ids may contain "_"). */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import type { Knex } from 'knex';
import type { IntakeRecord } from '../intake';

export type Sender = 'resident' | 'bot' | 'worker';

/** Every message of a conversation, in order; joined to intake records by conversation id. */
export class TranscriptRepository {
  constructor(private readonly knex: Knex) {}

  async append(conversationId: string, sender: Sender, text: string, at: Date = new Date()): Promise<void> {
    await this.knex('transcripts').insert({ conversation_id: conversationId, sender, text, at: at.toISOString() });
  }

  /** Several lines at once, in the given order (one insert). */
  async appendMany(conversationId: string, lines: { sender: Sender; text: string; at: Date }[]): Promise<void> {
    if (lines.length === 0) return;
    await this.knex('transcripts').insert(lines.map((l) => ({ conversation_id: conversationId, sender: l.sender, text: l.text, at: l.at.toISOString() })));
  }

  /** Erases a conversation's transcript (the resident asked to delete what they gave). */
  async deleteConversation(conversationId: string): Promise<void> {
    await this.knex('transcripts').where({ conversation_id: conversationId }).delete();
  }

  async forConversation(conversationId: string): Promise<IntakeRecord['transcript']> {
    const rows: { sender: Sender; text: string; at: string }[] = await this.knex('transcripts')
      .where({ conversation_id: conversationId })
      .orderBy('id', 'asc');
    return rows.map((r) => ({ from: r.sender, text: r.text, at: r.at }));
  }
}

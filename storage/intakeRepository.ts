import type { Knex } from 'knex';
import { warsawTime, type IntakeRecord, type IntakeStatus } from '../intake';

interface IntakeRow {
  id: string;
  reference: string;
  conversation_id: string;
  channel: string;
  status: string;
  team: string;
  urgent: boolean | number;
  pesel: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  record: string;
}

export interface IntakeQuery {
  status?: IntakeStatus | IntakeStatus[];
  team?: string | string[];
  urgent?: boolean;
  limit?: number;
}

/** Intake records as JSON plus the columns queues and duplicate checks need. The transcript lives in `transcripts`. */
export class IntakeRepository {
  constructor(private readonly knex: Knex) {}

  /** PK-YYYY-NNNNNN, unique per centre; one counter per year, incremented atomically. */
  async nextReference(now: Date): Promise<string> {
    const year = warsawTime(now).day.getUTCFullYear();
    const name = `reference:${year}`;
    const rows: { value: number }[] = await this.knex('counters')
      .insert({ name, value: 1 })
      .onConflict('name')
      .merge({ value: this.knex.raw('?? + 1', ['counters.value']) })
      .returning('value');
    const value = Number(rows[0].value);
    return `PK-${year}-${String(value).padStart(6, '0')}`;
  }

  async save(record: IntakeRecord): Promise<void> {
    const { transcript: _omit, ...stored } = record;
    const row: IntakeRow = {
      id: record.id,
      reference: record.reference,
      conversation_id: record.conversationId,
      channel: record.channel,
      status: record.status,
      team: record.team,
      urgent: record.urgency.urgent,
      pesel: record.applicant.pesel,
      phone: record.applicant.phone ?? record.reporterContact?.phone ?? null,
      created_at: record.createdAt,
      updated_at: record.updatedAt,
      record: JSON.stringify(stored),
    };
    await this.knex('intakes').insert(row).onConflict('id').merge();
  }

  async get(id: string): Promise<IntakeRecord | null> {
    const row: IntakeRow | undefined = await this.knex('intakes').where({ id }).first();
    return row ? this.fromRow(row) : null;
  }

  async getByReference(reference: string): Promise<IntakeRecord | null> {
    const row: IntakeRow | undefined = await this.knex('intakes').where({ reference }).first();
    return row ? this.fromRow(row) : null;
  }

  /** The latest record of a conversation (one conversation makes at most one record). */
  async getByConversation(conversationId: string): Promise<IntakeRecord | null> {
    const row: IntakeRow | undefined = await this.knex('intakes').where({ conversation_id: conversationId }).orderBy('created_at', 'desc').first();
    return row ? this.fromRow(row) : null;
  }

  async delete(id: string): Promise<void> {
    await this.knex('intakes').where({ id }).delete();
  }

  /** Urgent first, then oldest first: the order the first-contact worker works in. */
  async list(q: IntakeQuery = {}): Promise<IntakeRecord[]> {
    let query = this.knex<IntakeRow>('intakes');
    if (q.status) query = query.whereIn('status', Array.isArray(q.status) ? q.status : [q.status]);
    if (q.team) query = query.whereIn('team', Array.isArray(q.team) ? q.team : [q.team]);
    if (q.urgent !== undefined) query = query.where('urgent', q.urgent);
    query = query.orderBy([{ column: 'urgent', order: 'desc' }, { column: 'created_at', order: 'asc' }]);
    if (q.limit) query = query.limit(q.limit);
    const rows: IntakeRow[] = await query;
    return rows.map((r) => this.fromRow(r));
  }

  /** Earlier records with the same PESEL or phone (possible duplicates for the reviewing worker). */
  async findPossibleDuplicates(record: IntakeRecord): Promise<IntakeRecord[]> {
    const phone = record.applicant.phone ?? record.reporterContact?.phone ?? null;
    if (!record.applicant.pesel && !phone) return [];
    const rows: IntakeRow[] = await this.knex<IntakeRow>('intakes')
      .whereNot('id', record.id)
      .andWhere((w) => {
        if (record.applicant.pesel) w.orWhere('pesel', record.applicant.pesel);
        if (phone) w.orWhere('phone', phone);
      })
      .orderBy('created_at', 'desc');
    return rows.map((r) => this.fromRow(r));
  }

  private fromRow(row: IntakeRow): IntakeRecord {
    return { ...(JSON.parse(row.record) as Omit<IntakeRecord, 'transcript'>), transcript: [] };
  }
}

import type { Knex } from 'knex';

export type NoteKind = 'note' | 'callback' | 'action';

export interface Note {
  id: number;
  intakeId: string;
  author: string;
  kind: NoteKind;
  text: string;
  at: string;
}

/** Per-record history on the worker desk: notes, call-back notes and a line for every desk action. */
export class NoteRepository {
  constructor(private readonly knex: Knex) {}

  async add(intakeId: string, author: string, kind: NoteKind, text: string, at = new Date()): Promise<void> {
    await this.knex('intake_notes').insert({ intake_id: intakeId, author, kind, text, at: at.toISOString() });
  }

  async forIntake(intakeId: string): Promise<Note[]> {
    const rows: { id: number; intake_id: string; author: string; kind: NoteKind; text: string; at: string }[] = await this.knex('intake_notes')
      .where({ intake_id: intakeId })
      .orderBy('id', 'asc');
    return rows.map((r) => ({ id: Number(r.id), intakeId: r.intake_id, author: r.author, kind: r.kind, text: r.text, at: r.at }));
  }

  async deleteForIntake(intakeId: string): Promise<void> {
    await this.knex('intake_notes').where({ intake_id: intakeId }).delete();
  }
}

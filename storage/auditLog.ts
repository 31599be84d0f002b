import type { Knex } from 'knex';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  intakeId: string | null;
  details: Record<string, unknown> | null;
}

/** Append-only record of who saw or changed what (the table refuses UPDATE and DELETE). */
export class AuditLog {
  constructor(private readonly knex: Knex) {}

  async record(actor: string, action: string, intakeId: string | null, details?: Record<string, unknown>, at: Date = new Date()): Promise<void> {
    await this.knex('audit_log').insert({
      at: at.toISOString(),
      actor,
      action,
      intake_id: intakeId,
      details: details ? JSON.stringify(details) : null,
    });
  }

  async list(filter: { intakeId?: string; actor?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.knex('audit_log');
    if (filter.intakeId) q = q.where('intake_id', filter.intakeId);
    if (filter.actor) q = q.where('actor', filter.actor);
    const rows: { id: number; at: string; actor: string; action: string; intake_id: string | null; details: string | null }[] = await q
      .orderBy('id', 'asc')
      .limit(filter.limit ?? 1000);
    return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, intakeId: r.intake_id, details: r.details ? JSON.parse(r.details) : null }));
  }
}

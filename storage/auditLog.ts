import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  intakeId: string | null;
  details: Record<string, unknown> | null;
  /** The record was erased: its details (which held personal data) can no longer be read. */
  erased?: boolean;
}

interface Sealed {
  sealed: 'v1';
  iv: string;
  tag: string;
  data: string;
}

/**
 * Append-only record of who saw or changed what (the table refuses UPDATE and DELETE).
 * Details about an intake are encrypted with that intake's own key (AES-256-GCM); `forget` deletes
 * the key when the record is erased, so personal data in old before/after values goes with it.
 */
export class AuditLog {
  constructor(private readonly knex: Knex) {}

  async record(actor: string, action: string, intakeId: string | null, details?: Record<string, unknown>, at: Date = new Date()): Promise<void> {
    let stored: string | null = details ? JSON.stringify(details) : null;
    if (stored && intakeId) {
      const key = await this.keyFor(intakeId, true);
      if (key) stored = JSON.stringify(seal(stored, key));
    }
    await this.knex('audit_log').insert({ at: at.toISOString(), actor, action, intake_id: intakeId, details: stored });
  }

  /** Deletes an intake's key: its audit details can never be read again. Later entries are stored in clear. */
  async forget(intakeId: string, at: Date = new Date()): Promise<void> {
    await this.knex('audit_keys')
      .insert({ intake_id: intakeId, key: null, forgotten_at: at.toISOString() })
      .onConflict('intake_id')
      .merge({ key: null, forgotten_at: at.toISOString() });
  }

  async list(filter: { intakeId?: string; actor?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.knex('audit_log');
    if (filter.intakeId) q = q.where('intake_id', filter.intakeId);
    if (filter.actor) q = q.where('actor', filter.actor);
    const rows: { id: number; at: string; actor: string; action: string; intake_id: string | null; details: string | null }[] = await q
      .orderBy('id', 'asc')
      .limit(filter.limit ?? 1000);
    const keys = new Map<string, Buffer | null>();
    const out: AuditEntry[] = [];
    for (const r of rows) {
      const entry: AuditEntry = { id: r.id, at: r.at, actor: r.actor, action: r.action, intakeId: r.intake_id, details: null };
      const parsed = r.details ? (JSON.parse(r.details) as Record<string, unknown> | Sealed) : null;
      if (parsed && (parsed as Sealed).sealed === 'v1' && r.intake_id) {
        if (!keys.has(r.intake_id)) keys.set(r.intake_id, await this.keyFor(r.intake_id, false));
        const key = keys.get(r.intake_id);
        if (key) entry.details = JSON.parse(unseal(parsed as Sealed, key));
        else entry.erased = true;
      } else {
        entry.details = parsed as Record<string, unknown> | null;
      }
      out.push(entry);
    }
    return out;
  }

  private async keyFor(intakeId: string, create: boolean): Promise<Buffer | null> {
    const row: { key: string | null; forgotten_at: string | null } | undefined = await this.knex('audit_keys').where({ intake_id: intakeId }).first();
    if (row) return row.key ? Buffer.from(row.key, 'base64') : null;
    if (!create) return null;
    const key = randomBytes(32);
    await this.knex('audit_keys').insert({ intake_id: intakeId, key: key.toString('base64'), forgotten_at: null }).onConflict('intake_id').ignore();
    // Another writer may have won the race: use whatever is stored.
    return this.keyFor(intakeId, false);
  }
}

function seal(plain: string, key: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { sealed: 'v1', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

function unseal(s: Sealed, key: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(s.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(s.data, 'base64')), decipher.final()]).toString('utf8');
}

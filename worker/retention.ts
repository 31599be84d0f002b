import type { CentreConfig } from '../config';
import type { AuditLog } from '../storage';
import type { RetentionRepository } from '../storage/retentionRepository';

/**
 * Retention: drafts after `retention.draftDays`, closed records after `retention.closedDays` (counted
 * from their last change) are erased with their transcripts and notes. Each erasure is audited by
 * reference only, since the point is that the data is gone.
 */
export async function purgeExpired(
  deps: { retention: RetentionRepository; audit: AuditLog },
  config: CentreConfig,
  actor: string,
  now = new Date(),
): Promise<{ purged: number; references: string[] }> {
  const before = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const rows = [
    ...(await deps.retention.expired('draft', before(config.retention.draftDays))).map((r) => ({ ...r, status: 'draft' })),
    ...(await deps.retention.expired('closed', before(config.retention.closedDays))).map((r) => ({ ...r, status: 'closed' })),
  ];
  for (const r of rows) {
    await deps.retention.erase(r);
    await deps.audit.forget(r.id, now);
    await deps.audit.record(actor, 'retention.purge', r.id, { reference: r.reference, status: r.status }, now);
  }
  await deps.audit.record(actor, 'retention.run', null, { purged: rows.length, draftDays: config.retention.draftDays, closedDays: config.retention.closedDays }, now);
  return { purged: rows.length, references: rows.map((r) => r.reference) };
}

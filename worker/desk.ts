import type { IntakeRecord } from '../intake';

/**
 * What the desk adds to a stored record (kept in the record JSON; the contract allows extra fields):
 * who works the case, merges, and the last reroute/close reason. The full history is in intake_notes
 * and the audit log.
 */
export interface DeskState {
  assignee: string | null;
  mergedInto: string | null;
  mergedFrom: string[];
  reason: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export type DeskRecord = IntakeRecord & { desk?: DeskState };

export function deskOf(r: DeskRecord): DeskState {
  r.desk ??= { assignee: null, mergedInto: null, mergedFrom: [], reason: null, reviewedBy: null, reviewedAt: null };
  return r.desk;
}

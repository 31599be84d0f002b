import type { IntakeRecord } from './record';

/**
 * The record as exported (shared/contract/intake-record.schema.json): every contract field, plus our
 * extensions. Absent optional enums are left out rather than written as null, which the contract forbids.
 */
export function toContract(record: IntakeRecord, transcript: IntakeRecord['transcript']): Record<string, unknown> {
  const { reporter, ...rest } = record;
  return { ...rest, ...(reporter ? { reporter } : {}), transcript };
}

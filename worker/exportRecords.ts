import { toContract, type IntakeRecord, type IntakeStatus } from '../intake';
import type { IntakeRepository, TranscriptRepository } from '../storage';

/**
 * Records as the shared contract (shared/contract/intake-record.schema.json) expects them: the stored
 * record (a superset of the contract) with its full transcript joined in. Used by the worker desk's
 * JSON Lines export and by the `intakes export` CLI, so both produce exactly the same lines.
 */
export async function contractRecords(
  services: { intakes: IntakeRepository; transcripts: TranscriptRepository },
  filter: { status?: string; ids?: string[] } = {},
): Promise<object[]> {
  const list = await services.intakes.list(filter.status ? { status: filter.status as IntakeStatus } : {});
  const chosen = filter.ids ? list.filter((r) => filter.ids!.includes(r.id)) : list;
  const out: object[] = [];
  for (const r of chosen) out.push(await withTranscript(services, r));
  return out;
}

export async function withTranscript(
  services: { transcripts: TranscriptRepository },
  record: IntakeRecord,
): Promise<IntakeRecord> {
  const transcript = await services.transcripts.forConversation(record.conversationId);
  return toContract(record, transcript) as unknown as IntakeRecord;
}

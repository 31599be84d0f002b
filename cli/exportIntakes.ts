import type { Writable } from 'node:stream';
import { loadSettings } from '../config';
import { toContract, type IntakeStatus } from '../intake';
import { IntakeRepository, openDatabase, TranscriptRepository } from '../storage';

const STATUSES: IntakeStatus[] = ['draft', 'new', 'accepted', 'rerouted', 'closed'];

/** `intakes export [--status S]`: one contract-valid JSON record per line on stdout, nothing else. */
export async function exportIntakes(args: string[], out: Writable): Promise<number> {
  const i = args.indexOf('--status');
  const status = i >= 0 ? (args[i + 1] as IntakeStatus) : undefined;
  if (i >= 0 && !STATUSES.includes(status as IntakeStatus)) {
    process.stderr.write(`--status: one of ${STATUSES.join(', ')}\n`);
    return 2;
  }
  const db = await openDatabase(loadSettings().DATABASE_URL);
  try {
    const intakes = new IntakeRepository(db.knex);
    const transcripts = new TranscriptRepository(db.knex);
    for (const record of await intakes.list(status ? { status } : {})) {
      const line = JSON.stringify(toContract(record, await transcripts.forConversation(record.conversationId)));
      if (!out.write(`${line}\n`)) await new Promise((r) => out.once('drain', r));
    }
  } finally {
    await db.close();
  }
  return 0;
}

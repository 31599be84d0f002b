import type { Writable } from 'node:stream';
import { loadSettings } from '../config';
import type { IntakeStatus } from '../intake';
import { IntakeRepository, openDatabase, TranscriptRepository } from '../storage';
import { contractRecords } from '../worker/exportRecords';

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
    const services = { intakes: new IntakeRepository(db.knex), transcripts: new TranscriptRepository(db.knex) };
    // The same lines as the worker desk's JSON Lines export.
    for (const record of await contractRecords(services, { status })) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => out.once('drain', r));
    }
  } finally {
    await db.close();
  }
  return 0;
}

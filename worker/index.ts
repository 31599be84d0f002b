import type { ServerContext } from '../server/context';

/** The worker desk at /worker: inbox, review, team queues, audit. */
export async function mountWorker(_ctx: ServerContext): Promise<void> {
  // STUB: implemented in worker/.
}

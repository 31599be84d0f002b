import { performance } from 'node:perf_hooks';
import type { Activity } from 'botbuilder';
import { answerFor, REFERENCE, type Pk } from '../test/helpers/intakeScript';

/**
 * The residents of the Direct Line bench: N conversations, each running whole benefits intakes, a
 * turn timed from sending the answer to receiving the bot's next question. Shared by the in-process
 * floor (bench/directline.ts) and the Direct Line clients, which run in their own process
 * (bench/directlineClient.ts) so that their HTTP and JSON work is not charged to the server.
 */

export const MAX_TURNS = 30;

export type Question = { pk?: Pk; reference?: string };

/** A bot activity that ends a turn: the next question, or the message with the reference number. */
export function questionOf(a: Partial<Activity> & { from?: { role?: string } }): Question | null {
  if (a.type !== 'message' || a.from?.role === 'user') return null;
  const ref = REFERENCE.exec(a.text ?? '');
  if (ref) return { reference: ref[0] };
  const pk = (a.channelData as { pk?: Pk } | undefined)?.pk;
  return pk ? { pk } : null;
}

/** Questions arrive on a queue; `next()` waits for the following one. */
export class Questions {
  private readonly queue: Question[] = [];
  private waiter: ((q: Question) => void) | null = null;
  push(q: Question): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(q);
    } else this.queue.push(q);
  }
  next(deadline: number): Promise<Question> {
    const q = this.queue.shift();
    if (q) return Promise.resolve(q);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for the bot')), Math.max(1, deadline - Date.now()));
      this.waiter = (x) => {
        clearTimeout(t);
        resolve(x);
      };
    });
  }
}

export interface RunResult {
  latencies: number[];
  /** The measuring window. */
  wallMs: number;
  turnsInWindow: number;
  drainedMs: number;
  completed: number;
  failed: number;
}

export interface Load {
  /** Conversations open at once; each runs whole intakes back to back. */
  n: number;
  /** Measuring window; turns started after it are not sent, the ones under way finish. */
  windowMs: number;
  /** Mean pause before each answer (resident reading/typing), uniform ±50%; 0 = as fast as possible. */
  thinkMs: number;
}

/** One conversation's loop: whole intakes, one after another, until the window closes. */
export type Channel = ((label: string) => Promise<{ questions: Questions; say(text: string): Promise<void>; close(): void }>) & {
  /** Resolves when the server has finished every turn under way, including the writes after the reply. */
  settle(): Promise<void>;
};

export async function run(load: Load, open: Channel): Promise<RunResult> {
  const latencies: number[] = [];
  let completed = 0;
  let failed = 0;
  let seq = 0;
  const start = async (i: number) => {
    try {
      const conv = await open(`${i}-${seq++}`);
      return { conv, q: await conv.questions.next(Date.now() + 60_000) };
    } catch {
      failed++;
      return null;
    }
  };
  // Every conversation is opened and greeted before the clock starts: the window measures answers.
  const opened = await Promise.all(Array.from({ length: load.n }, (_, i) => start(i)));
  // A greeting reaches the resident before its turn has saved state and transcript; N greetings at
  // once leave a queue of such writes that would be charged to the first answers in the window.
  await open.settle();
  const t0 = performance.now();
  const stopAt = Date.now() + load.windowMs;
  const deadline = stopAt + 30_000;
  let inWindow = 0;
  await Promise.all(
    opened.map(async (first, i) => {
      let cur = first;
      // Residents do not all answer at once: the first answers are spread over one think time.
      if (load.thinkMs) await new Promise((r) => setTimeout(r, Math.random() * load.thinkMs));
      for (let intakes = 0; cur && intakes < 100 && Date.now() < stopAt; intakes++) {
        try {
          let turns = 0;
          for (; turns < MAX_TURNS && !cur.q.reference; turns++) {
            if (turns > 0 && load.thinkMs) await new Promise((r) => setTimeout(r, load.thinkMs * (0.5 + Math.random())));
            if (Date.now() >= stopAt) break;
            const t = performance.now();
            await cur.conv.say(answerFor(cur.q.pk!));
            cur.q = await cur.conv.questions.next(deadline);
            latencies.push(performance.now() - t);
            if (Date.now() <= stopAt) inWindow++;
          }
          if (cur.q.reference) completed++;
          else if (turns >= MAX_TURNS) failed++;
        } catch {
          failed++;
        }
        cur.conv.close();
        // A finished intake: the next resident takes the seat (a new conversation, greeting unmeasured).
        cur = Date.now() < stopAt ? await start(i) : null;
      }
      cur?.conv.close();
    }),
  );
  return { latencies, wallMs: load.windowMs, turnsInWindow: inWindow, drainedMs: performance.now() - t0 - load.windowMs, completed, failed };
}

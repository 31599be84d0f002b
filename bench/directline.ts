import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import { directLineOf } from '../channels/directline';
import { DEMO_CENTRE, loadCentre, type Settings } from '../config';
import { startApp, type RunningApp } from '../server/app';
import { answerFor, REFERENCE, type Pk } from '../test/helpers/intakeScript';

/**
 * Direct Line under load: N residents at once, each going through whole benefits intakes over loopback
 * HTTP + WebSocket (a finished intake is followed by a new conversation), next to the same turns run
 * in-process through the bot (ctx.adapter.receive: the floor). A turn is timed from sending the answer
 * to receiving the bot's next question. Conversations are opened and greeted before the clock starts.
 * Reports turn latency p50/p99, turns per second, and memory per idle conversation.
 *
 * With no think time every run saturates the bot (latency then only says how long the queue is), so
 * the N = 50/200/500 runs let residents think a few seconds before answering, as people do; the
 * saturated run gives the most turns per second.
 */

const SECRET = 'bench-directline-secret';
const MAX_TURNS = 30;
const SATURATION_WINDOW_MS = 3000;
const PACED_THINK_MS = 6000;
const PACED_WINDOW_MS = 7000;

type Question = { pk?: Pk; reference?: string };


/** A bot activity that ends a turn: the next question, or the message with the reference number. */
function questionOf(a: Partial<Activity> & { from?: { role?: string } }): Question | null {
  if (a.type !== 'message' || a.from?.role === 'user') return null;
  const ref = REFERENCE.exec(a.text ?? '');
  if (ref) return { reference: ref[0] };
  const pk = (a.channelData as { pk?: Pk } | undefined)?.pk;
  return pk ? { pk } : null;
}

/** Questions arrive on a queue; `next()` waits for the following one. */
class Questions {
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

interface RunResult {
  latencies: number[];
  /** The measuring window. */
  wallMs: number;
  turnsInWindow: number;
  drainedMs: number;
  completed: number;
  failed: number;
}

interface Load {
  /** Conversations open at once; each runs whole intakes back to back. */
  n: number;
  /** Measuring window; turns started after it are not sent, the ones under way finish. */
  windowMs: number;
  /** Mean pause before each answer (resident reading/typing), uniform ±50%; 0 = as fast as possible. */
  thinkMs: number;
}

/** One conversation's loop: whole intakes, one after another, until the window closes. */
type Channel = (label: string) => Promise<{ questions: Questions; say(text: string): Promise<void>; close(): void }>;

async function run(load: Load, open: Channel): Promise<RunResult> {
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

function directLineChannel(app: RunningApp): Channel {
  return async () => {
    const res = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${SECRET}` } });
    const conv = (await res.json()) as { conversationId: string; token: string; streamUrl: string };
    const questions = new Questions();
    const ws = new WebSocket(conv.streamUrl);
    ws.on('message', (data) => {
      const set = JSON.parse(String(data)) as { activities: Partial<Activity>[] };
      for (const a of set.activities) {
        const q = questionOf(a);
        if (q) questions.push(q);
      }
    });
    ws.on('error', () => undefined);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const url = `${app.url}/v3/directline/conversations/${conv.conversationId}/activities`;
    const headers = { Authorization: `Bearer ${conv.token}`, 'Content-Type': 'application/json' };
    return {
      questions,
      async say(text: string) {
        const r = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, locale: 'pl-PL' }) });
        if (r.status !== 200) throw new Error(`POST activity: HTTP ${r.status}`);
        await r.arrayBuffer();
      },
      close: () => ws.close(),
    };
  };
}

function inProcessChannel(app: RunningApp, tag: string): Channel {
  return async (label) => {
    const id = `bench-floor-${tag}-${label}`;
    const questions = new Questions();
    const sink = (a: Activity) => {
      const q = questionOf(a);
      if (q) questions.push(q);
    };
    const user = { id: `dl_${label}`, name: '', role: 'user' };
    const base = { channelId: 'directline', conversation: { id } as Activity['conversation'], from: user, locale: 'pl-PL' };
    void app.ctx.adapter.receive({ ...base, type: 'conversationUpdate', membersAdded: [user] }, sink).catch(() => undefined);
    return {
      questions,
      async say(text: string) {
        void app.ctx.adapter.receive({ ...base, type: 'message', text }, sink).catch(() => undefined);
      },
      close: () => undefined,
    };
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(r: RunResult): { p50: number; p99: number; tps: number; line: string } {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  const tps = r.turnsInWindow / (r.wallMs / 1000);
  const line = `p50 ${p50.toFixed(1).padStart(6)} ms  p99 ${p99.toFixed(1).padStart(7)} ms  ${tps.toFixed(0).padStart(4)} turns/s  (${r.latencies.length} turns, ${r.completed} whole intakes${r.failed ? `, ${r.failed} FAILED` : ''})`;
  return { p50, p99, tps, line };
}

/** Full collections until the heap stops shrinking (closed sockets and finished turns leave garbage). */
async function gcNow(): Promise<void> {
  let gc: (() => void) | undefined;
  try {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  } catch {
    return; // no gc available: the numbers are rougher
  }
  let last = Infinity;
  for (let i = 0; i < 10; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
    const used = process.memoryUsage().heapUsed;
    if (used >= last - 64 * 1024) break;
    last = used;
  }
}

/** Heap growth per conversation that has been opened, greeted, and then left alone. */
async function idleMemory(app: RunningApp, count: number): Promise<{ perConversation: number; storedBytes: number }> {
  const dl = directLineOf(app.ctx)!;
  await dl.idle();
  await dl.store.flushAll();
  await new Promise((r) => setTimeout(r, 500));
  await gcNow();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, async () => {
        const r = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${SECRET}` } });
        await r.arrayBuffer();
      }),
    );
  }
  await dl.idle();
  await dl.store.flushAll();
  await gcNow();
  const after = process.memoryUsage().heapUsed;
  const convs = (dl.store as unknown as { conversations: Map<string, { activities: string[] }> }).conversations;
  let bytes = 0;
  let n = 0;
  for (const c of convs.values()) {
    if (c.activities.length > 10) {
      bytes += c.activities.reduce((s, a) => s + a.length, 0);
      n++;
    }
  }
  return { perConversation: (after - before) / count, storedBytes: n ? bytes / n : 0 };
}

export async function benchDirectLine(): Promise<void> {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-bench-dl-'));
  const app = await startApp(
    { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: `sqlite://${path.join(dir, 'bench.sqlite')}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent', DIRECTLINE_SECRET: SECRET } as Settings,
    loadCentre(),
  );
  const benchStart = performance.now();
  const floorOf = (tag: string) => inProcessChannel(app, tag);
  const wire = directLineChannel(app);
  const line = (label: string, r: RunResult) => {
    const sum = summarise(r);
    out(`  ${label} ${sum.line}`);
    return sum;
  };
  try {
    out(`\nDirect Line: whole benefits intakes over loopback HTTP + WebSocket vs in-process (ctx.adapter.receive); ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
    // Warm-up: JIT, SQLite pages, NLU models.
    await run({ n: 4, windowMs: 1500, thinkMs: 0 }, floorOf('warm'));
    await run({ n: 4, windowMs: 1500, thinkMs: 0 }, wire);
    const only = process.env.PK_BENCH_DL;
    if (only) {
      // e.g. PK_BENCH_DL="n=200,think=6000,window=12000" for one custom load.
      const num = (k: string, d: number) => Number(new RegExp(`${k}=(\\d+)`).exec(only)?.[1] ?? d);
      const load = { n: num('n', 1), thinkMs: num('think', 0), windowMs: num('window', 5000) };
      const f = line(`N=${load.n} think ${load.thinkMs} ms in-process `, await run(load, floorOf('custom')));
      const w = line(`N=${load.n} think ${load.thinkMs} ms Direct Line`, await run(load, wire));
      out(`  p50 ratio ${(w.p50 / f.p50).toFixed(2)}, throughput ratio ${(w.tps / f.tps).toFixed(2)}`);
      return;
    }
    out('\n1) One resident alone, answering at once (the cost of a turn), two alternating rounds:');
    const singles: { f: number; w: number }[] = [];
    for (let round = 0; round < 2; round++) {
      const load = { n: 1, thinkMs: 0, windowMs: 1500 };
      const f = line('in-process ', await run(load, floorOf(`single${round}`)));
      const w = line('Direct Line', await run(load, wire));
      singles.push({ f: f.p50, w: w.p50 });
    }
    const f1 = Math.min(...singles.map((x) => x.f));
    const w1 = Math.min(...singles.map((x) => x.w));
    out(`   best p50: in-process ${f1.toFixed(1)} ms, Direct Line ${w1.toFixed(1)} ms: ${(w1 / f1).toFixed(2)}× the floor (target ≤ 3×)`);

    out(`\n2) Most turns per second: 50 residents answering as soon as the bot asks (no think time), ${SATURATION_WINDOW_MS / 1000} s:`);
    {
      const load = { n: 50, thinkMs: 0, windowMs: SATURATION_WINDOW_MS };
      const f = line('in-process ', await run(load, floorOf('sat')));
      const w = line('Direct Line', await run(load, wire));
      out(`   Direct Line/in-process: throughput ${(w.tps / f.tps).toFixed(2)}×, p50 ${(w.p50 / f.p50).toFixed(2)}× (target ≤ 3×)`);
    }

    out(`\n3) N residents in whole intakes at once, each thinking ${PACED_THINK_MS / 1000} s (±50%) before answering, ${PACED_WINDOW_MS / 1000} s windows:`);
    for (const n of [50, 200, 500]) {
      const load = { n, thinkMs: PACED_THINK_MS, windowMs: PACED_WINDOW_MS };
      const f = line(`N=${String(n).padEnd(3)} in-process `, await run(load, floorOf(`paced${n}`)));
      const w = line(`      Direct Line`, await run(load, wire));
      const verdict = n === 200 ? `; p99 ${w.p99.toFixed(1)} ms (target ≤ 50 ms at 200): ${w.p99 <= 50 ? 'ok' : 'MISSED'}` : '';
      out(`      Direct Line/in-process: p50 ${(w.p50 / f.p50).toFixed(2)}×, p99 ${(w.p99 / f.p99).toFixed(2)}× (target ≤ 3×)${verdict}`);
    }

    const mem = await idleMemory(app, 600);
    out(`\n4) Memory per idle conversation (opened, greeted, no stream): ${(mem.perConversation / 1024).toFixed(1)} KiB of heap; a conversation past a whole intake keeps ${(mem.storedBytes / 1024).toFixed(1)} KiB of activity JSON`);
    out(`   (bench took ${((performance.now() - benchStart) / 1000).toFixed(0)} s; load average now ${os.loadavg()[0].toFixed(1)}: on a shared machine the p99 figures move a lot between runs)`);
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchDirectLine().catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  });
}

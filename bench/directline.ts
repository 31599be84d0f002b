import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Activity } from 'botbuilder';
import { directLineOf } from '../channels/directline';
import { DEMO_CENTRE, loadCentre, type Settings } from '../config';
import { startApp, type RunningApp } from '../server/app';
import type { ClientMessage, ClientRequest } from './directlineClient';
import { Questions, questionOf, run, type Channel, type Load, type RunResult } from './load';

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
const SATURATION_WINDOW_MS = 3000;
const PACED_THINK_MS = 6000;
// Long enough for ~500 turns at N = 200, so that p99 is not the 3rd-worst of a handful.
const PACED_WINDOW_MS = 15000;

function inProcessChannel(app: RunningApp, tag: string): Channel {
  const pending = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    const q = p.catch(() => undefined).finally(() => pending.delete(q));
    pending.add(q);
  };
  const open = async (label: string) => {
    const id = `bench-floor-${tag}-${label}`;
    const questions = new Questions();
    const sink = (a: Activity) => {
      const q = questionOf(a);
      if (q) questions.push(q);
    };
    const user = { id: `dl_${label}`, name: '', role: 'user' };
    const base = { channelId: 'directline', conversation: { id } as Activity['conversation'], from: user, locale: 'pl-PL' };
    track(app.ctx.adapter.receive({ ...base, type: 'conversationUpdate', membersAdded: [user] }, sink));
    return {
      questions,
      async say(text: string) {
        track(app.ctx.adapter.receive({ ...base, type: 'message', text }, sink));
      },
      close: () => undefined,
    };
  };
  return Object.assign(open, {
    settle: async () => {
      while (pending.size) await Promise.all([...pending]);
    },
  });
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

/**
 * Runs a load while watching the server process: its longest event-loop stall and longest GC pause,
 * the two things besides the database that put a tail on turn latency.
 */
async function watched(load: () => Promise<RunResult>): Promise<RunResult & { server: string }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let gcMax = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMax = Math.max(gcMax, e.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  loop.enable();
  try {
    const r = await load();
    return { ...r, server: `server: longest stall ${(loop.max / 1e6).toFixed(0)} ms, longest GC ${gcMax.toFixed(0)} ms` };
  } finally {
    loop.disable();
    gc.disconnect();
  }
}

/** Runs the Direct Line residents in a forked process (bench/directlineClient.ts) against `app`. */
export function directLineResidents(app: RunningApp): (load: Load) => Promise<RunResult> {
  const dl = directLineOf(app.ctx)!;
  return (load) =>
    new Promise((resolve, reject) => {
      const child = fork(path.join(__dirname, 'directlineClient.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let result: RunResult | undefined;
      child.on('message', (m: ClientMessage) => {
        if ('settle' in m) void dl.idle().then(() => child.send({ settled: true }));
        else result = m.result;
      });
      child.on('error', reject);
      child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`Direct Line residents exited with ${code}`))));
      const request: ClientRequest = { run: load, url: app.url, secret: SECRET };
      child.send(request);
    });
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
  const wire = directLineResidents(app);
  const line = (label: string, r: RunResult & { server?: string }) => {
    const sum = summarise(r);
    out(`  ${label} ${sum.line}${r.server ? `; ${r.server}` : ''}`);
    return sum;
  };
  try {
    out(`\nDirect Line: whole benefits intakes over loopback HTTP + WebSocket (residents in a separate process) vs in-process (ctx.adapter.receive); ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
    // Warm-up: JIT, SQLite pages, NLU models.
    await run({ n: 4, windowMs: 1500, thinkMs: 0 }, floorOf('warm'));
    await wire({ n: 4, windowMs: 1500, thinkMs: 0 });
    const only = process.env.PK_BENCH_DL;
    if (only) {
      // e.g. PK_BENCH_DL="n=200,think=6000,window=12000" for one custom load.
      const num = (k: string, d: number) => Number(new RegExp(`${k}=(\\d+)`).exec(only)?.[1] ?? d);
      const load = { n: num('n', 1), thinkMs: num('think', 0), windowMs: num('window', 5000) };
      const f = line(`N=${load.n} think ${load.thinkMs} ms in-process `, await watched(() => run(load, floorOf('custom'))));
      const w = line(`N=${load.n} think ${load.thinkMs} ms Direct Line`, await watched(() => wire(load)));
      out(`  p50 ratio ${(w.p50 / f.p50).toFixed(2)}, throughput ratio ${(w.tps / f.tps).toFixed(2)}`);
      return;
    }
    out('\n1) One resident alone, answering at once (the cost of a turn), two alternating rounds:');
    const singles: { f: number; w: number }[] = [];
    for (let round = 0; round < 2; round++) {
      const load = { n: 1, thinkMs: 0, windowMs: 1500 };
      const f = line('in-process ', await run(load, floorOf(`single${round}`)));
      const w = line('Direct Line', await wire(load));
      singles.push({ f: f.p50, w: w.p50 });
    }
    const f1 = Math.min(...singles.map((x) => x.f));
    const w1 = Math.min(...singles.map((x) => x.w));
    out(`   best p50: in-process ${f1.toFixed(1)} ms, Direct Line ${w1.toFixed(1)} ms: ${(w1 / f1).toFixed(2)}× the floor (target ≤ 3×)`);

    out(`\n2) Most turns per second: 50 residents answering as soon as the bot asks (no think time), ${SATURATION_WINDOW_MS / 1000} s:`);
    {
      const load = { n: 50, thinkMs: 0, windowMs: SATURATION_WINDOW_MS };
      const f = line('in-process ', await run(load, floorOf('sat')));
      const w = line('Direct Line', await wire(load));
      out(`   Direct Line/in-process: throughput ${(w.tps / f.tps).toFixed(2)}×, p50 ${(w.p50 / f.p50).toFixed(2)}× (target ≤ 3×)`);
    }

    out(`\n3) N residents in whole intakes at once, each thinking ${PACED_THINK_MS / 1000} s (±50%) before answering, ${PACED_WINDOW_MS / 1000} s windows:`);
    for (const n of [50, 200, 500]) {
      const load = { n, thinkMs: PACED_THINK_MS, windowMs: PACED_WINDOW_MS };
      // Each run starts from a settled server and a collected heap: the saturated runs before leave
      // megabytes of garbage whose collection would otherwise land in the next run's window.
      const fresh = async () => {
        await directLineOf(app.ctx)!.idle();
        await gcNow();
      };
      await fresh();
      const f = line(`N=${String(n).padEnd(3)} in-process `, await watched(() => run(load, floorOf(`paced${n}`))));
      await fresh();
      const w = line(`      Direct Line`, await watched(() => wire(load)));
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

/**
 * NLU benchmark: model load time, per-utterance latency (p50/p99) and throughput of triage and extract over
 * the held-out utterances. `npx tsx bench/nlu.ts` alone, or `benchNlu()` from the bench runner.
 * Targets: load < 300 ms, triage p99 < 2 ms.
 */
import os from 'os';
import { performance } from 'perf_hooks';
import { readCorpus } from '../nlu/classifier/corpus';
import { extract } from '../nlu/entities';
import { detectCrisis } from '../nlu/crisis';
import { loadCrisisModel } from '../nlu/crisis/model';
import { loadTriageModel, triage } from '../nlu/triage';
import type { Expect } from '../nlu/types';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Three rounds, each reported, so a noisy neighbour on a shared machine shows up as one bad round. */
function measure(label: string, inputs: readonly string[], calls: number, fn: (s: string) => unknown): void {
  // Warm-up so the JIT has compiled the hot path before timing.
  for (let i = 0; i < Math.min(500, calls); i++) fn(inputs[i % inputs.length]);
  const rounds: string[] = [];
  const p99s: number[] = [];
  let p50 = 0;
  let throughput = 0;
  for (let r = 0; r < 3; r++) {
    const times = new Float64Array(calls);
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) {
      const s = performance.now();
      fn(inputs[i % inputs.length]);
      times[i] = performance.now() - s;
    }
    const total = performance.now() - t0;
    const sorted = Array.from(times).sort((a, b) => a - b);
    p99s.push(percentile(sorted, 99));
    p50 = Math.max(p50, percentile(sorted, 50));
    throughput = Math.max(throughput, (calls / total) * 1000);
    rounds.push(`p50 ${percentile(sorted, 50).toFixed(3)} / p99 ${percentile(sorted, 99).toFixed(3)} / max ${sorted[sorted.length - 1].toFixed(2)}`);
  }
  p99s.sort((a, b) => a - b);
  process.stdout.write(
    `${label.padEnd(8)} 3×${calls} calls: p50 ${p50.toFixed(3)} ms, p99 (median of rounds) ${p99s[1].toFixed(3)} ms, ` +
      `throughput ${Math.round(throughput)}/s  [rounds ms: ${rounds.join('; ')}]\n`,
  );
}

export async function benchNlu(): Promise<void> {
  const texts = readCorpus('test').map((r) => r.text);
  const t0 = performance.now();
  loadTriageModel();
  const load = performance.now() - t0;
  const t1 = performance.now();
  loadCrisisModel();
  const crisisLoad = performance.now() - t1;
  process.stdout.write(`NLU benchmark (${texts.length} held-out utterances; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)\n`);
  process.stdout.write(`triage model load (read + parse + compile, first call): ${load.toFixed(1)} ms; crisis model load: ${crisisLoad.toFixed(1)} ms\n`);
  measure('triage', texts, 3000, (s) => triage(s));
  const expects: Expect[] = ['age', 'householdSize', 'monthlyIncome', 'phone', 'pesel', 'yesNo', 'name', 'address'];
  const answers = ['mam 86 lat', 'trzy osoby', 'tysiąc dwieście złotych', '600 700 800', '44051401359', 'tak', 'Anna Kowalska', 'ul. Lipowa 5, 00-950 Warszawa'];
  let k = 0;
  measure('extract', [...answers, ...texts.slice(0, 50)], 3000, (s) => extract(s, expects[k++ % expects.length]));
  // Crisis detection runs on every message of every channel; a pasted wall of text (the 5 000-character
  // cap) must not block the event loop either.
  measure('crisis', texts, 3000, (s) => detectCrisis(s));
  // Two texts in turn: detectCrisis remembers its last message, and a repeat would time the memo, not the work.
  const walls = ['mąż mnie bije, nie mam gdzie spać, ', 'dzieci są głodne, tata nie oddycha, '].map((s) => s.repeat(143));
  measure('crisis, 5 000 characters', walls, 30, (s) => detectCrisis(s));
}

if (require.main === module) void benchNlu();

/**
 * NLU evaluation on held-out data: `npm run eval:nlu`.
 * Triage: accuracy, per-category precision/recall/F1, confusion matrix, the low-confidence trade-off and
 * calibration, art. 7 reasons. Crisis and entities: on the other test files when present.
 */
import { existsSync } from 'fs';
import { isDeepStrictEqual } from 'util';
import { join } from 'path';
import { readCorpus, readJsonl, DATA_DIR, type LabelledUtterance } from '../classifier/corpus';
import { crisisRules, crisisSuspicion, detectCrisis } from '../crisis';
import { CRISIS_HELDOUT_FILES, CRISIS_ORDINARY_FILES, crisisScore, likelyFlags, loadCrisisModel } from '../crisis/model';
import { extract } from '../entities';
import { loadTriageModel, triageWith } from '../triage';
import { CATEGORIES, type Category, type CrisisFlag, type Expect } from '../types';
import type { CompiledModel } from '../classifier';

export interface CategoryStats {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface TriageReport {
  n: number;
  accuracy: number;
  perCategory: Record<Category, CategoryStats>;
  /** confusion[gold][predicted] */
  confusion: Record<Category, Record<Category, number>>;
  lowConfidenceRate: number;
  /** Accuracy on the answers not marked low confidence. */
  confidentAccuracy: number;
  /** Share of the wrong answers that were marked low confidence (the dialog asks instead). */
  errorsCaught: number;
  /** Expected calibration error over 10 bins. */
  ece: number;
  reasons: { precision: number; recall: number; f1: number };
  errors: { text: string; gold: Category; predicted: Category; confidence: number; lowConfidence: boolean }[];
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

export function evaluateTriage(rows: readonly LabelledUtterance[], cm: CompiledModel = loadTriageModel()): TriageReport {
  const confusion = Object.fromEntries(CATEGORIES.map((g) => [g, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))])) as TriageReport['confusion'];
  let ok = 0;
  let low = 0;
  let confidentOk = 0;
  let wrong = 0;
  let wrongLow = 0;
  let rTp = 0;
  let rFp = 0;
  let rFn = 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, ok: 0 }));
  const errors: TriageReport['errors'] = [];
  for (const r of rows) {
    const t = triageWith(cm, r.text);
    confusion[r.category][t.category]++;
    const right = t.category === r.category;
    if (right) ok++;
    if (t.lowConfidence) low++;
    else if (right) confidentOk++;
    if (!right) {
      wrong++;
      if (t.lowConfidence) wrongLow++;
      errors.push({ text: r.text, gold: r.category, predicted: t.category, confidence: t.confidence, lowConfidence: t.lowConfidence });
    }
    const b = bins[Math.min(9, Math.floor(t.confidence * 10))];
    b.n++;
    b.conf += t.confidence;
    b.ok += right ? 1 : 0;
    const gold = new Set(r.reasons ?? []);
    for (const x of t.reasons) if (gold.has(x)) rTp++;
    else rFp++;
    for (const x of gold) if (!t.reasons.includes(x)) rFn++;
  }
  const perCategory = {} as Record<Category, CategoryStats>;
  for (const c of CATEGORIES) {
    const tp = confusion[c][c];
    const predicted = CATEGORIES.reduce((a, g) => a + confusion[g][c], 0);
    const support = CATEGORIES.reduce((a, p) => a + confusion[c][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    perCategory[c] = { precision: r4(precision), recall: r4(recall), f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0), support };
  }
  const rp = rTp + rFp ? rTp / (rTp + rFp) : 0;
  const rr = rTp + rFn ? rTp / (rTp + rFn) : 0;
  return {
    n: rows.length,
    accuracy: r4(ok / rows.length),
    perCategory,
    confusion,
    lowConfidenceRate: r4(low / rows.length),
    confidentAccuracy: r4(rows.length - low ? confidentOk / (rows.length - low) : 0),
    errorsCaught: r4(wrong ? wrongLow / wrong : 1),
    ece: r4(bins.reduce((a, b) => a + (b.n ? Math.abs(b.conf / b.n - b.ok / b.n) * b.n : 0), 0) / rows.length),
    reasons: { precision: r4(rp), recall: r4(rr), f1: r4(rp + rr ? (2 * rp * rr) / (rp + rr) : 0) },
    errors,
  };
}

export interface CrisisReport {
  n: number;
  /** Share of messages with a gold flag that were marked urgent. */
  recall: number;
  /** Share of messages without a gold flag that were marked urgent. */
  falseAlarmRate: number;
  perFlag: Record<string, { recall: number; support: number }>;
  misses: string[];
}

export function evaluateCrisis(rows: { text: string; flags: CrisisFlag[] }[], detect: (text: string) => { urgent: boolean; flags: readonly CrisisFlag[] } = detectCrisis): CrisisReport {
  let pos = 0;
  let hit = 0;
  let neg = 0;
  let alarm = 0;
  const per: Record<string, { hit: number; n: number }> = {};
  const misses: string[] = [];
  for (const r of rows) {
    const c = detect(r.text);
    if (r.flags.length) {
      pos++;
      if (c.urgent) hit++;
      else misses.push(r.text);
      for (const f of r.flags) {
        per[f] ??= { hit: 0, n: 0 };
        per[f].n++;
        if (c.flags.includes(f)) per[f].hit++;
      }
    } else {
      neg++;
      if (c.urgent) alarm++;
    }
  }
  return {
    n: rows.length,
    recall: r4(pos ? hit / pos : 1),
    falseAlarmRate: r4(neg ? alarm / neg : 0),
    perFlag: Object.fromEntries(Object.entries(per).map(([f, v]) => [f, { recall: r4(v.hit / v.n), support: v.n }])),
    misses,
  };
}

export function evaluateEntities(rows: { text: string; expect: Expect; value: unknown }[]): { n: number; accuracy: number; perExpect: Record<string, { accuracy: number; n: number }>; misses: string[] } {
  const per: Record<string, { ok: number; n: number }> = {};
  let ok = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const got = extract(r.text, r.expect).value;
    const right = isDeepStrictEqual(got, r.value);
    per[r.expect] ??= { ok: 0, n: 0 };
    per[r.expect].n++;
    if (right) {
      ok++;
      per[r.expect].ok++;
    } else misses.push(`${r.expect}: ${JSON.stringify(r.text)} → ${JSON.stringify(got)} (expected ${JSON.stringify(r.value)})`);
  }
  return { n: rows.length, accuracy: r4(rows.length ? ok / rows.length : 0), perExpect: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, { accuracy: r4(v.ok / v.n), n: v.n }])), misses };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function printTriage(t: TriageReport, file: string): void {
  console.log(`\n== Triage, held-out (${t.n} utterances, nlu/data/${file}) ==`);
  console.log(`accuracy ${pct(t.accuracy)}`);
  console.log('category        precision  recall    F1      n');
  for (const c of CATEGORIES) {
    const s = t.perCategory[c];
    console.log(`${c.padEnd(15)} ${pct(s.precision).padStart(8)} ${pct(s.recall).padStart(8)} ${pct(s.f1).padStart(7)} ${String(s.support).padStart(5)}`);
  }
  console.log('\nconfusion (rows = gold, columns = predicted)');
  console.log(`${''.padEnd(15)} ${CATEGORIES.map((c) => c.slice(0, 9).padStart(9)).join(' ')}`);
  for (const g of CATEGORIES) console.log(`${g.padEnd(15)} ${CATEGORIES.map((p) => String(t.confusion[g][p]).padStart(9)).join(' ')}`);
  console.log(`\nlow confidence: ${pct(t.lowConfidenceRate)} of messages; accuracy when confident ${pct(t.confidentAccuracy)}; ${pct(t.errorsCaught)} of errors marked low confidence; ECE ${t.ece.toFixed(3)}`);
  console.log(`art. 7 reasons (rules): precision ${pct(t.reasons.precision)}, recall ${pct(t.reasons.recall)}, F1 ${pct(t.reasons.f1)}`);
  if (t.errors.length) {
    console.log('\nerrors:');
    for (const e of t.errors) console.log(`  ${e.gold} → ${e.predicted} ${e.confidence.toFixed(2)}${e.lowConfidence ? ' (low, asks)' : ''}  ${e.text}`);
  }
}

/** Recall, false alarms, flags named and the safety-question net on one labelled crisis batch. */
function printCrisisBatch(title: string, rows: { text: string; flags: CrisisFlag[] }[]): void {
  const pos = rows.filter((r) => r.flags.length);
  const calm = rows.filter((r) => !r.flags.length);
  const model = loadCrisisModel();
  console.log(`\n== Crisis, held-out (${pos.length} crisis / ${calm.length} calm lines: ${title}) ==`);
  const show = (label: string, c: CrisisReport) => console.log(`${label.padEnd(22)} recall ${pct(c.recall)}, false alarms ${pct(c.falseAlarmRate)}`);
  show('rules alone:', evaluateCrisis(rows, crisisRules));
  show('model alone:', evaluateCrisis(rows, (t) => ({ urgent: crisisScore(t, model).p > model.thresholds.urgent, flags: likelyFlags(crisisScore(t, model)) })));
  const c = evaluateCrisis(rows);
  show('urgent (both):', c);
  for (const [f, v] of Object.entries(c.perFlag)) console.log(`  ${f.padEnd(18)} flag named ${pct(v.recall)} (n=${v.support})`);
  const net = (t: string): boolean => detectCrisis(t).urgent || crisisSuspicion(t).suspect;
  console.log(`alarm or safety question: ${pct(pos.filter((r) => net(r.text)).length / pos.length)} of crisis lines; safety question on ${pct(calm.filter((r) => !detectCrisis(r.text).urgent && crisisSuspicion(r.text).suspect).length / calm.length)} of calm lines`);
  for (const r of pos.filter((x) => !detectCrisis(x.text).urgent)) console.log(`  ${net(r.text) ? 'question only' : 'nothing'}: ${r.text}`);
  for (const r of calm.filter((x) => detectCrisis(x.text).urgent)) console.log(`  false alarm: ${r.text}`);
}

/**
 * `npm run eval:nlu -- --crisis-file path.jsonl`: only crisis detection, on one labelled file
 * ({"text", "flags"} per line) — a new batch measured before anything is trained or tuned on it,
 * or a centre's own transcripts.
 */
function crisisFileArg(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--crisis-file');
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(): void {
  const crisisFile = crisisFileArg(process.argv.slice(2));
  if (crisisFile) {
    printCrisisBatch(crisisFile, readJsonl<{ text: string; flags: CrisisFlag[] }>(crisisFile));
    return;
  }
  printTriage(evaluateTriage(readCorpus('test')), 'triage-test.jsonl');
  // The second held-out set: other personas, written after the model, never trained on.
  if (existsSync(join(DATA_DIR, 'triage-test-2.jsonl'))) printTriage(evaluateTriage(readCorpus('test-2')), 'triage-test-2.jsonl');

  const crisisPath = join(DATA_DIR, 'crisis-test.jsonl');
  if (existsSync(crisisPath)) {
    const c = evaluateCrisis(readJsonl(crisisPath));
    console.log(`\n== Crisis, rules' development set (${c.n} messages, nlu/data/crisis-test.jsonl; the model trains on it) ==`);
    console.log(`recall ${pct(c.recall)}, false-alarm rate ${pct(c.falseAlarmRate)}`);
    for (const [f, v] of Object.entries(c.perFlag)) console.log(`  ${f.padEnd(18)} recall ${pct(v.recall)} (n=${v.support})`);
    for (const m of c.misses) console.log(`  missed: ${m}`);
  } else console.log('\n== Crisis: nlu/data/crisis-test.jsonl not present yet, skipped ==');

  // Held-out crisis batches: never trained on (the model) nor tuned against (rules, thresholds).
  const held = CRISIS_HELDOUT_FILES.filter((f) => existsSync(join(DATA_DIR, f)));
  if (held.length) printCrisisBatch(held.join(', '), held.flatMap((f) => readJsonl<{ text: string; flags: CrisisFlag[] }>(join(DATA_DIR, f))));

  // Ordinary traffic: requests (triage test sets, crisis-labelled) and answers to the intake's questions
  // (entities test set, all calm). Neither is trained on.
  const ordinary = CRISIS_ORDINARY_FILES.filter((f) => existsSync(join(DATA_DIR, f))).flatMap((f) => readJsonl<{ text: string; flags: CrisisFlag[] }>(join(DATA_DIR, f)));
  if (ordinary.length) {
    const c = evaluateCrisis(ordinary);
    console.log(`\n== Crisis on ordinary requests (${ordinary.length} lines, ${CRISIS_ORDINARY_FILES.join(', ')}) ==`);
    console.log(`recall ${pct(c.recall)} (n=${ordinary.filter((r) => r.flags.length).length}), false alarms ${pct(c.falseAlarmRate)}`);
    for (const r of ordinary.filter((x) => !x.flags.length && detectCrisis(x.text).urgent)) console.log(`  false alarm: ${r.text}`);
    for (const m of c.misses) console.log(`  missed: ${m}`);
  }
  const entPathCalm = join(DATA_DIR, 'entities-test.jsonl');
  if (existsSync(entPathCalm)) {
    const answers = readJsonl<{ text: string }>(entPathCalm);
    const alarms = answers.filter((a) => detectCrisis(a.text).urgent);
    const asked = answers.filter((a) => !detectCrisis(a.text).urgent && crisisSuspicion(a.text).suspect);
    console.log(`\n== Crisis on answers to the intake's questions (${answers.length}, entities-test.jsonl) ==`);
    console.log(`false alarms ${pct(alarms.length / answers.length)}, safety question ${pct(asked.length / answers.length)}`);
    for (const a of alarms) console.log(`  false alarm: ${a.text}`);
  }

  const entPath = join(DATA_DIR, 'entities-test.jsonl');
  if (existsSync(entPath)) {
    const e = evaluateEntities(readJsonl(entPath));
    console.log(`\n== Entities (${e.n} cases, nlu/data/entities-test.jsonl) ==`);
    console.log(`accuracy ${pct(e.accuracy)}`);
    for (const [k, v] of Object.entries(e.perExpect)) console.log(`  ${k.padEnd(14)} ${pct(v.accuracy)} (n=${v.n})`);
    for (const m of e.misses.slice(0, 20)) console.log(`  miss ${m}`);
  } else console.log('\n== Entities: nlu/data/entities-test.jsonl not present yet, skipped ==');
}

if (require.main === module) main();

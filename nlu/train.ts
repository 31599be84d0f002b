/**
 * Trains the triage model: `npm run train:nlu` → nlu/model/triage-model.json.
 *
 * Deterministic: the corpus is read in file order, folds are index mod K, and every grid is fixed, so two runs
 * write byte-identical files. The held-out split (triage-test.jsonl) is never read here.
 * `npx tsx nlu/train.ts --compare` also prints the feature/algorithm comparison documented in docs/nlu.md.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { compile, rawScores, softmax, trainBayes, type Example, type TriageModel } from './classifier';
import { DATA_DIR, readCorpus, readJsonl, type LabelledUtterance } from './classifier/corpus';
import { CRISIS_MODEL_PATH, CRISIS_TRAIN_FILES, isCrisisBatch, serialiseCrisisModel, trainCrisisModel } from './crisis/model';
import { DEFAULT_FEATURES, featurize, type FeatureOptions } from './features';
import { normalise } from './normalise';
import { CATEGORIES } from './types';

export const MODEL_PATH = join(__dirname, 'model', 'triage-model.json');
const FOLDS = 5;
/** Routing a request to the wrong team costs a worker a hand-over and the resident a delay; a clarifying
 * question costs one turn. We weigh a wrong confident answer as this many questions. */
export const WRONG_VS_ASK_COST = 4;

export function toExamples(rows: readonly LabelledUtterance[], opts: FeatureOptions): Example[] {
  return rows.map((r) => ({ features: featurize(normalise(r.text).tokens, opts), category: r.category }));
}

interface OutOfFold {
  scores: Float64Array;
  gold: number;
}

/** Out-of-fold raw scores: each example scored by a model trained without its fold. */
export function crossValidate(examples: readonly Example[], opts: FeatureOptions, folds = FOLDS): OutOfFold[] {
  const out: OutOfFold[] = [];
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((_, i) => i % folds !== k);
    const cm = compile(trainBayes(train, opts));
    examples.forEach((ex, i) => {
      if (i % folds === k) out.push({ scores: rawScores(cm, ex.features).scores, gold: CATEGORIES.indexOf(ex.category) });
    });
  }
  return out;
}

function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

export function accuracyOf(oof: readonly OutOfFold[]): number {
  return oof.filter((o) => argmax(o.scores) === o.gold).length / oof.length;
}

/** Temperature minimising the negative log-likelihood of the out-of-fold predictions (fixed grid). */
export function fitTemperature(oof: readonly OutOfFold[]): number {
  let best = 1;
  let bestNll = Infinity;
  for (let t = 1; t <= 40; t += 0.25) {
    let nll = 0;
    for (const o of oof) nll -= Math.log(Math.max(softmax(o.scores, t)[o.gold], 1e-12));
    if (nll < bestNll - 1e-9) {
      bestNll = nll;
      best = t;
    }
  }
  return best;
}

/** Threshold minimising (wrong confident answers × cost + clarifying questions) on out-of-fold data. */
export function fitThreshold(oof: readonly OutOfFold[], temperature: number): number {
  const preds = oof.map((o) => {
    const p = softmax(o.scores, temperature);
    const top = argmax(p);
    return { conf: p[top], right: top === o.gold };
  });
  let best = 0.5;
  let bestCost = Infinity;
  for (let th = 0.3; th <= 0.95 + 1e-9; th += 0.01) {
    let cost = 0;
    for (const p of preds) cost += p.conf < th ? 1 : p.right ? 0 : WRONG_VS_ASK_COST;
    if (cost < bestCost - 1e-9) {
      bestCost = cost;
      best = Math.round(th * 100) / 100;
    }
  }
  return best;
}

export function buildModel(rows: readonly LabelledUtterance[], opts: FeatureOptions = DEFAULT_FEATURES): TriageModel {
  const examples = toExamples(rows, opts);
  const oof = crossValidate(examples, opts);
  const temperature = fitTemperature(oof);
  const threshold = fitThreshold(oof, temperature);
  const model = trainBayes(examples, opts);
  model.temperature = temperature;
  model.threshold = threshold;
  model.meta = { trainExamples: rows.length, cvFolds: FOLDS, cvAccuracy: Math.round(accuracyOf(oof) * 10000) / 10000, vocabulary: Object.keys(model.counts).length };
  return model;
}

/** Stable, line-per-feature JSON: small diffs when the corpus changes. */
export function serialise(model: TriageModel): string {
  const { counts, ...head } = model;
  const lines = Object.keys(counts)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: [${counts[k].join(',')}]`);
  const headJson = JSON.stringify(head, null, 2);
  return `${headJson.slice(0, -2)},\n  "counts": {\n${lines.join(',\n')}\n  }\n}\n`;
}

function main(): void {
  const t0 = Date.now();
  const rows = readCorpus('train');
  if (process.argv.includes('--compare-logreg')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./classifier/compare').compareLogReg(rows);
    return;
  }
  if (process.argv.includes('--compare-natural-lr')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./classifier/compare').compareNaturalLogReg(rows);
    return;
  }
  if (process.argv.includes('--compare')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./classifier/compare').compare(rows);
    return;
  }
  const model = buildModel(rows);
  writeFileSync(MODEL_PATH, serialise(model));
  // The crisis model learns from every crisis batch except the held-out ones (CRISIS_HELDOUT_FILES).
  const crisisRows = CRISIS_TRAIN_FILES.flatMap((f) => readJsonl<{ text: string; flags: string[] }>(join(DATA_DIR, f)).map((r) => ({ ...r, calibrates: isCrisisBatch(f) })));
  const crisisModel = trainCrisisModel(crisisRows);
  writeFileSync(CRISIS_MODEL_PATH, serialiseCrisisModel(crisisModel));
  console.log(`crisis model: ${crisisRows.length} lines, ${Object.keys(crisisModel.weights).length} features, thresholds ${JSON.stringify(crisisModel.thresholds)} → ${CRISIS_MODEL_PATH}`);
  console.log(
    `triage model: ${rows.length} examples, ${Object.keys(model.counts).length} features, CV accuracy ${model.meta?.cvAccuracy}, ` +
      `T=${model.temperature}, threshold=${model.threshold}, ${Date.now() - t0} ms → ${MODEL_PATH}`,
  );
}

if (require.main === module) main();

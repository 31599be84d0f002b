import { readFileSync } from 'fs';
import { join } from 'path';
import { featurize, type FeatureOptions } from '../features';
import { normalise } from '../normalise';

/**
 * A learned second line under the crisis rules: Bernoulli-style naive Bayes, crisis vs calm, over the
 * same feature families as triage but with function words kept ("mnie", "mi", "już", "nie" carry
 * crisis). It never sets a flag; it only makes `crisisSuspicion` ask the safety question. Why: rules
 * caught 36–49% of crisis messages in fresh, indirectly worded batches, while this model, trained on
 * the rule development set, caught 87% of a batch neither had seen (docs/nlu.md, round 2).
 * Weights are stored as per-feature log-odds, so scoring is a sparse sum.
 */
export const CRISIS_FEATURES: FeatureOptions = { stopwords: false, words: true, stems: true, prefix: 5, bigrams: true, ages: true };
export const CRISIS_MODEL_PATH = join(__dirname, '..', 'model', 'crisis-model.json');
const ALPHA = 0.5;

export interface CrisisModel {
  version: 1;
  /** Lines it was trained on (crisis / calm). */
  trainedOn: { crisis: number; calm: number };
  /** log P(crisis) − log P(calm). */
  bias: number;
  /** Suspect when bias + Σ weights > threshold. */
  threshold: number;
  /** Per feature: log P(f | crisis) − log P(f | calm), smoothed. */
  weights: Record<string, number>;
}

export function crisisFeatures(text: string): string[] {
  return featurize(normalise(text).tokens, CRISIS_FEATURES);
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

export function trainCrisisModel(rows: readonly { text: string; flags: readonly string[] }[]): CrisisModel {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  const docs = [0, 0];
  for (const r of rows) {
    const y = r.flags.length ? 1 : 0;
    docs[y]++;
    for (const f of new Set(crisisFeatures(r.text))) {
      counts[y].set(f, (counts[y].get(f) ?? 0) + 1);
      totals[y]++;
    }
  }
  const vocab = [...new Set([...counts[0].keys(), ...counts[1].keys()])].sort();
  const v = vocab.length;
  const weights: Record<string, number> = {};
  for (const f of vocab) {
    const p1 = ((counts[1].get(f) ?? 0) + ALPHA) / (totals[1] + ALPHA * v);
    const p0 = ((counts[0].get(f) ?? 0) + ALPHA) / (totals[0] + ALPHA * v);
    weights[f] = r4(Math.log(p1) - Math.log(p0));
  }
  return { version: 1, trainedOn: { crisis: docs[1], calm: docs[0] }, bias: r4(Math.log(docs[1] / docs[0])), threshold: 0, weights };
}

/** Stable, line-per-feature JSON: small diffs when the data change. */
export function serialiseCrisisModel(m: CrisisModel): string {
  const lines = Object.keys(m.weights).map((k) => `    ${JSON.stringify(k)}: ${m.weights[k]}`);
  return `{\n  "version": ${m.version},\n  "trainedOn": ${JSON.stringify(m.trainedOn)},\n  "bias": ${m.bias},\n  "threshold": ${m.threshold},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

let loaded: CrisisModel | undefined;
export function loadCrisisModel(): CrisisModel {
  loaded ??= JSON.parse(readFileSync(CRISIS_MODEL_PATH, 'utf8')) as CrisisModel;
  return loaded;
}

export interface CrisisScore {
  suspect: boolean;
  score: number;
  /** Whole words that pushed most towards crisis (folded), for the worker. */
  words: string[];
}

export function crisisScore(text: string, model: CrisisModel = loadCrisisModel()): CrisisScore {
  let score = model.bias;
  const contrib: [string, number][] = [];
  for (const f of crisisFeatures(text)) {
    const w = model.weights[f];
    if (w === undefined) continue;
    score += w;
    if (f.startsWith('w:') && w > 0) contrib.push([f.slice(2), w]);
  }
  contrib.sort((a, b) => b[1] - a[1]);
  return { suspect: score > model.threshold, score, words: contrib.slice(0, 3).map((c) => c[0]) };
}

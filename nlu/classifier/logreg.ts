/**
 * Multinomial logistic regression on sparse binary features, for the Bayes-vs-LR comparison.
 *
 * natural's LogisticRegressionClassifier builds dense sylvester matrices and runs batch gradient descent
 * per class until convergence: 9.6 s for 400 examples × 822 features, and no result after 3 minutes on the
 * full corpus, so it cannot be retrained as the corpus grows. This is the same model (softmax instead of
 * one-vs-rest sigmoids) on sparse vectors: full-batch gradient descent, fixed step and epoch count, no
 * randomness, so it is deterministic.
 */
import { CATEGORIES, type Category } from '../types';
import type { Example } from '../classifier';

export interface LogRegOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

export const DEFAULT_LOGREG: LogRegOptions = { epochs: 300, learningRate: 2, l2: 1e-4 };

export interface LogRegModel {
  weights: Map<string, Float64Array>;
  bias: Float64Array;
}

export function trainLogReg(examples: readonly Example[], opts: LogRegOptions = DEFAULT_LOGREG): LogRegModel {
  const K = CATEGORIES.length;
  const index = new Map<string, number>();
  const docs = examples.map((ex) => ex.features.map((f) => {
    let i = index.get(f);
    if (i === undefined) {
      i = index.size;
      index.set(f, i);
    }
    return i;
  }));
  const gold = examples.map((ex) => CATEGORIES.indexOf(ex.category as Category));
  const W = new Float64Array(index.size * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(index.size * K);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  const n = examples.length;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (let d = 0; d < n; d++) {
      const fs = docs[d];
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let s = b[c];
        for (const f of fs) s += W[f * K + c];
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < K; c++) {
        z[c] = Math.exp(z[c] - max);
        sum += z[c];
      }
      for (let c = 0; c < K; c++) {
        const g = z[c] / sum - (c === gold[d] ? 1 : 0);
        gb[c] += g;
        for (const f of fs) gW[f * K + c] += g;
      }
    }
    const step = opts.learningRate / n;
    for (let i = 0; i < W.length; i++) W[i] -= step * gW[i] + opts.learningRate * opts.l2 * W[i];
    for (let c = 0; c < K; c++) b[c] -= step * gb[c];
  }
  const weights = new Map<string, Float64Array>();
  for (const [f, i] of index) weights.set(f, W.slice(i * K, i * K + K));
  return { weights, bias: b };
}

export function logRegScores(model: LogRegModel, features: readonly string[]): Float64Array {
  const s = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < s.length; c++) s[c] += w[c];
  }
  return s;
}

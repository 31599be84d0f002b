/**
 * Triage classifier: natural's naive Bayes for training, a compact scorer of our own for inference.
 *
 * natural's BayesClassifier scores by expanding every observation into a dense vector over the whole
 * vocabulary (~1 ms per call) and multiplies probabilities in linear space, which underflows to 0 on long
 * phone transcripts. We train with natural, export its per-class feature counts, and score sparse features in
 * log space, either with natural's own estimates or (chosen by measurement) reading the same counts as a
 * Laplace-smoothed multinomial. Posteriors are then softened by a temperature fitted on cross-validation,
 * because naive Bayes over overlapping features (word + stem + prefix) is overconfident.
 */
import { CATEGORIES, type Category } from './types';
import { DEFAULT_FEATURES, type FeatureOptions } from './features';

type NaturalBayesCtor = new (stemmer?: unknown, smoothing?: number) => NaturalBayes;

/**
 * natural's root module prints from storage back-ends: import the classifiers part only, and only when
 * training (it takes ~70 ms to load and the runtime scorer does not need it).
 */
function naturalBayes(): NaturalBayesCtor {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('natural/lib/natural/classifiers') as { BayesClassifier: NaturalBayesCtor }).BayesClassifier;
}

interface NaturalBayes {
  features: Record<string, number>;
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classifier: {
    classFeatures: Record<string, Record<string, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
}

export type Estimator = 'natural' | 'multinomial' | 'bernoulli';

/** Chosen by cross-validation (docs/nlu.md): natural's counts read as a multinomial with α = 0.3. */
export const DEFAULT_ESTIMATOR: Estimator = 'multinomial';
export const DEFAULT_ALPHA = 0.3;

export interface Example {
  features: string[];
  category: Category;
}

/** The model file (nlu/model/triage-model.json). Counts, not floats, so the file is exact and diffable. */
export interface TriageModel {
  version: 1;
  algorithm: 'natural-bayes';
  features: FeatureOptions;
  categories: Category[];
  /** natural's classTotals (documents per class + 1). */
  classTotals: number[];
  totalExamples: number;
  smoothing: number;
  /**
   * How class-conditional probabilities are estimated from the counts:
   * 'natural' = natural's own formula (count / classTotals, present features only);
   * 'multinomial' = Laplace-smoothed share of the class's feature mass, with `alpha`;
   * 'bernoulli' = document frequency with absent features counted too, with `alpha`.
   */
  estimator: Estimator;
  alpha: number;
  /** Feature → natural's per-class count (count + smoothing once seen; 0 = never seen in that class). */
  counts: Record<string, number[]>;
  /** Softmax temperature fitted on cross-validation of the training set. */
  temperature: number;
  /** Below this calibrated probability the dialog asks instead of routing. */
  threshold: number;
  /** Measurements taken at training time (for docs and review; not used for scoring). */
  meta?: Record<string, unknown>;
}

export interface CompiledModel {
  categories: Category[];
  logPrior: Float64Array;
  /** Log-probability of an unseen-in-class feature, per class. */
  logMissing: Float64Array;
  logp: Map<string, Float64Array>;
  temperature: number;
  threshold: number;
  features: FeatureOptions;
}

export interface Scored {
  /** Calibrated probabilities, aligned with `categories`. */
  probs: number[];
  /** Features of the input the model knows. */
  known: string[];
  /** Per known feature, its log-probability per class. */
  logp: Float64Array[];
}

/** Train natural's BayesClassifier on pre-featurised examples, in the given (fixed) order. */
export function trainBayes(
  examples: readonly Example[],
  features: FeatureOptions = DEFAULT_FEATURES,
  estimator: Estimator = DEFAULT_ESTIMATOR,
  alpha = DEFAULT_ALPHA,
): TriageModel {
  const BayesClassifier = naturalBayes();
  const nb = new BayesClassifier();
  for (const ex of examples) if (ex.features.length > 0) nb.addDocument(ex.features, ex.category);
  nb.train();
  const inner = nb.classifier;
  const keys = Object.keys(nb.features).sort();
  // natural indexes classFeatures by position in its own feature-key order.
  const position = new Map(Object.keys(nb.features).map((k, i) => [k, i]));
  const counts: Record<string, number[]> = {};
  for (const k of keys) {
    const i = String(position.get(k));
    counts[k] = CATEGORIES.map((c) => inner.classFeatures[c]?.[i] ?? 0);
  }
  return {
    version: 1,
    algorithm: 'natural-bayes',
    features,
    categories: [...CATEGORIES],
    classTotals: CATEGORIES.map((c) => inner.classTotals[c] ?? 1),
    totalExamples: inner.totalExamples,
    smoothing: inner.smoothing,
    estimator,
    alpha,
    counts,
    temperature: 1,
    threshold: 0.5,
  };
}

export function compile(model: TriageModel): CompiledModel {
  const n = model.categories.length;
  const logPrior = new Float64Array(n);
  const logMissing = new Float64Array(n);
  const logp = new Map<string, Float64Array>();
  const entries = Object.entries(model.counts);
  const vocab = entries.length;
  const alpha = model.alpha;
  // natural stores count + smoothing once a feature is seen in a class; recover the document frequency.
  const df = (count: number): number => (count > 0 ? count - model.smoothing : 0);
  for (let c = 0; c < n; c++) logPrior[c] = Math.log(model.classTotals[c] / model.totalExamples);
  if (model.estimator === 'natural') {
    for (let c = 0; c < n; c++) logMissing[c] = Math.log(model.smoothing / model.classTotals[c]);
    for (const [f, cs] of entries) {
      const v = new Float64Array(n);
      for (let c = 0; c < n; c++) v[c] = cs[c] > 0 ? Math.log(cs[c] / model.classTotals[c]) : logMissing[c];
      logp.set(f, v);
    }
  } else if (model.estimator === 'multinomial') {
    const mass = new Float64Array(n);
    for (const [, cs] of entries) for (let c = 0; c < n; c++) mass[c] += df(cs[c]);
    for (let c = 0; c < n; c++) logMissing[c] = Math.log(alpha / (mass[c] + alpha * vocab));
    for (const [f, cs] of entries) {
      const v = new Float64Array(n);
      for (let c = 0; c < n; c++) v[c] = Math.log((df(cs[c]) + alpha) / (mass[c] + alpha * vocab));
      logp.set(f, v);
    }
  } else {
    // Bernoulli: score = Σ_all log(1−p) + Σ_present [log p − log(1−p)]; the first sum goes into the prior.
    const docs = model.classTotals.map((t) => t - 1);
    for (const [f, cs] of entries) {
      const v = new Float64Array(n);
      for (let c = 0; c < n; c++) {
        const p = (df(cs[c]) + alpha) / (docs[c] + 2 * alpha);
        logPrior[c] += Math.log(1 - p);
        v[c] = Math.log(p) - Math.log(1 - p);
      }
      logp.set(f, v);
    }
  }
  return { categories: model.categories, logPrior, logMissing, logp, temperature: model.temperature, threshold: model.threshold, features: model.features };
}

/** Log-space naive Bayes joint scores (prior + known features), before calibration. */
export function rawScores(cm: CompiledModel, features: readonly string[]): { scores: Float64Array; known: string[]; logp: Float64Array[] } {
  const scores = Float64Array.from(cm.logPrior);
  const known: string[] = [];
  const lps: Float64Array[] = [];
  for (const f of features) {
    const v = cm.logp.get(f);
    if (!v) continue;
    known.push(f);
    lps.push(v);
    for (let c = 0; c < v.length; c++) scores[c] += v[c];
  }
  return { scores, known, logp: lps };
}

export function softmax(scores: ArrayLike<number>, temperature: number): number[] {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]);
  const e: number[] = [];
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const x = Math.exp((scores[i] - max) / temperature);
    e.push(x);
    sum += x;
  }
  return e.map((x) => x / sum);
}

export function score(cm: CompiledModel, features: readonly string[]): Scored {
  const { scores, known, logp } = rawScores(cm, features);
  return { probs: softmax(scores, cm.temperature), known, logp };
}

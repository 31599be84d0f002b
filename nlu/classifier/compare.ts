/**
 * The measured comparison behind the model choice (docs/nlu.md): `npx tsx nlu/train.ts --compare`.
 * Selection is by 5-fold cross-validation on the training split; held-out accuracy is printed alongside
 * for the record, not used to pick.
 */
import { compile, rawScores, trainBayes, type Estimator, type TriageModel } from '../classifier';
import { featurize, type FeatureOptions } from '../features';
import { normalise } from '../normalise';
import { accuracyOf, crossValidate, toExamples } from '../train';
import { CATEGORIES } from '../types';
import { readCorpus, type LabelledUtterance } from './corpus';
import { logRegScores, trainLogReg } from './logreg';

const F = (o: Partial<FeatureOptions>): FeatureOptions => ({ stopwords: false, words: true, stems: false, prefix: 0, bigrams: false, ...o });

export const FEATURE_SETS: [string, FeatureOptions][] = [
  ['tokens', F({})],
  ['tokens −stop', F({ stopwords: true })],
  ['stems −stop', F({ stopwords: true, words: false, stems: true })],
  ['tokens+stems −stop', F({ stopwords: true, stems: true })],
  ['tokens+prefix5 −stop', F({ stopwords: true, prefix: 5 })],
  ['tokens+prefix6 −stop', F({ stopwords: true, prefix: 6 })],
  ['prefix5 only −stop', F({ stopwords: true, words: false, prefix: 5 })],
  ['tokens+stems+prefix5 −stop', F({ stopwords: true, stems: true, prefix: 5 })],
  ['tokens+stems+prefix5+bigrams −stop', F({ stopwords: true, stems: true, prefix: 5, bigrams: true })],
  ['tokens+stems+prefix5+bigrams', F({ stems: true, prefix: 5, bigrams: true })],
  ['tokens+stems+prefix5+bigrams+ages −stop', F({ stopwords: true, stems: true, prefix: 5, bigrams: true, ages: true })],
  ['stems+prefix5+bigrams −stop', F({ stopwords: true, words: false, stems: true, prefix: 5, bigrams: true })],
];

export const ESTIMATORS: [Estimator, number][] = [
  ['natural', 1],
  ['multinomial', 1],
  ['multinomial', 0.3],
  ['multinomial', 0.1],
  ['bernoulli', 0.5],
];

export function heldOutAccuracy(model: TriageModel, test: readonly LabelledUtterance[]): number {
  const cm = compile(model);
  let ok = 0;
  for (const r of test) {
    const s = rawScores(cm, featurize(normalise(r.text).tokens, model.features)).scores;
    let best = 0;
    for (let i = 1; i < s.length; i++) if (s[i] > s[best]) best = i;
    if (CATEGORIES[best] === r.category) ok++;
  }
  return ok / test.length;
}

export function compare(rows: readonly LabelledUtterance[]): void {
  const test = readCorpus('test');
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log('| features | estimator | CV accuracy (train, 5-fold) | held-out accuracy |');
  console.log('|---|---|---|---|');
  for (const [name, opts] of FEATURE_SETS) {
    const examples = toExamples(rows, opts);
    for (const [e, alpha] of ESTIMATORS) {
      // crossValidate trains natural's counts; the estimator only changes how they are read.
      const oof = crossValidateWith(examples, opts, e, alpha);
      const full = trainBayes(examples, opts, e, alpha);
      console.log(`| ${name} | ${e}${e === 'natural' ? '' : ` α=${alpha}`} | ${pct(accuracyOf(oof))} | ${pct(heldOutAccuracy(full, test))} |`);
    }
  }
}

function crossValidateWith(examples: ReturnType<typeof toExamples>, opts: FeatureOptions, e: Estimator, alpha: number) {
  const folds = 5;
  const out: { scores: Float64Array; gold: number }[] = [];
  for (let k = 0; k < folds; k++) {
    const cm = compile(trainBayes(examples.filter((_, i) => i % folds !== k), opts, e, alpha));
    examples.forEach((ex, i) => {
      if (i % folds === k) out.push({ scores: rawScores(cm, ex.features).scores, gold: CATEGORIES.indexOf(ex.category) });
    });
  }
  return out;
}

void crossValidate;

/**
 * natural's own LogisticRegressionClassifier cannot be trained on the full corpus in reasonable time (dense
 * matrices, per-class gradient descent), so it is compared with natural's Bayes on the first `n` training
 * utterances (every category represented), token features, same held-out split.
 */
export function compareNaturalLogReg(rows: readonly LabelledUtterance[], n = 400): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const natural = require('natural/lib/natural/classifiers') as {
    BayesClassifier: new () => NaturalDoc;
    LogisticRegressionClassifier: new () => NaturalDoc;
  };
  const opts = F({ stopwords: true });
  // Interleave categories so a prefix of the corpus is balanced.
  const byCat = CATEGORIES.map((c) => rows.filter((r) => r.category === c));
  const subset: LabelledUtterance[] = [];
  for (let i = 0; subset.length < n; i++) for (const list of byCat) if (i < list.length && subset.length < n) subset.push(list[i]);
  const test = readCorpus('test');
  for (const [name, Ctor] of [['natural BayesClassifier', natural.BayesClassifier], ['natural LogisticRegressionClassifier', natural.LogisticRegressionClassifier]] as const) {
    const c = new Ctor();
    const t0 = Date.now();
    for (const r of subset) c.addDocument(featurize(normalise(r.text).tokens, opts), r.category);
    c.train();
    const trainMs = Date.now() - t0;
    const t1 = Date.now();
    const ok = test.filter((r) => c.classify(featurize(normalise(r.text).tokens, opts)) === r.category).length;
    console.log(`| ${name} | ${subset.length} | ${trainMs} ms | ${((Date.now() - t1) / test.length).toFixed(2)} ms | ${((ok / test.length) * 100).toFixed(1)}% |`);
  }
}

/** Our sparse softmax regression (logreg.ts) on the full corpus, against the chosen Bayes, same features. */
export function compareLogReg(rows: readonly LabelledUtterance[]): void {
  const test = readCorpus('test');
  for (const [name, opts] of FEATURE_SETS.filter(([n]) => ['tokens −stop', 'tokens+stems+prefix5 −stop', 'tokens+stems+prefix5+bigrams+ages −stop'].includes(n))) {
    const examples = toExamples(rows, opts);
    let ok = 0;
    const t0 = Date.now();
    for (let k = 0; k < 5; k++) {
      const m = trainLogReg(examples.filter((_, i) => i % 5 !== k));
      examples.forEach((e, i) => {
        if (i % 5 === k && argmax(logRegScores(m, e.features)) === CATEGORIES.indexOf(e.category)) ok++;
      });
    }
    const cvMs = (Date.now() - t0) / 5;
    const m = trainLogReg(examples);
    const held = test.filter((r) => argmax(logRegScores(m, featurize(normalise(r.text).tokens, opts))) === CATEGORIES.indexOf(r.category)).length;
    console.log(`| ${name} | logistic regression (sparse, ours) | ${((ok / examples.length) * 100).toFixed(1)}% | ${((held / test.length) * 100).toFixed(1)}% | ${Math.round(cvMs)} ms/train |`);
  }
}

function argmax(xs: ArrayLike<number>): number {
  let b = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[b]) b = i;
  return b;
}

interface NaturalDoc {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}

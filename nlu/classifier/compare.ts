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

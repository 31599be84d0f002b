import { readFileSync } from 'fs';
import { compile, score, trainBayes, type Example } from '../../nlu/classifier';
import { readCorpus } from '../../nlu/classifier/corpus';
import { DEFAULT_FEATURES, featurize } from '../../nlu/features';
import { normalise } from '../../nlu/normalise';
import { stem } from '../../nlu/stem';
import { buildModel, serialise } from '../../nlu/train';
import { TRIAGE_MODEL_PATH } from '../../nlu/triage';

describe('stem: light Polish suffix stripping', () => {
  it('joins inflected forms', () => {
    expect(stem('opalu')).toBe(stem('opal'));
    expect(stem('pieniedzy')).toBe(stem('pieniedzmi').slice(0, stem('pieniedzy').length));
    expect(stem('opiekunki')).toBe(stem('opiekunka'));
  });
  it('leaves short words and numbers alone', () => {
    expect(stem('dps')).toBe('dps');
    expect(stem('mama')).toBe('mama');
    expect(stem('800')).toBe('800');
  });
});

describe('features', () => {
  it('are diacritic-insensitive and deduplicated', () => {
    expect(featurize(normalise('Opał, opał').tokens)).toEqual(featurize(normalise('opal opal').tokens));
  });
  it('keep negation and question words', () => {
    const f = featurize(normalise('gdzie nie mam').tokens);
    expect(f).toContain('w:gdzie');
    expect(f).toContain('b:nie_mam');
  });
  it('turn an old age into one feature', () => {
    expect(featurize(normalise('mama ma 86 lat').tokens)).toContain('n:senior');
  });
});

describe('classifier', () => {
  const ex = (text: string, category: Example['category']): Example => ({ features: featurize(normalise(text).tokens, DEFAULT_FEATURES), category });
  const model = compile(
    trainBayes([ex('nie mam na opał', 'benefits'), ex('mąż pije', 'social_work'), ex('opiekunka dla mamy', 'care_services'), ex('godziny otwarcia', 'information')]),
  );

  it('scores probabilities that sum to 1', () => {
    const s = score(model, featurize(normalise('opał').tokens, DEFAULT_FEATURES));
    expect(s.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(s.known.length).toBeGreaterThan(0);
  });

  it('ignores unknown features', () => {
    expect(score(model, ['w:zzz']).known).toEqual([]);
  });

  it('training is deterministic and the committed model is up to date', () => {
    const rows = readCorpus('train');
    const a = serialise(buildModel(rows));
    const b = serialise(buildModel(rows));
    expect(a).toBe(b);
    // Fails when the corpus or the normaliser changed without `npm run train:nlu`.
    expect(a).toBe(readFileSync(TRIAGE_MODEL_PATH, 'utf8'));
  }, 180_000);
});

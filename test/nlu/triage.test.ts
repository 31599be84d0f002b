import { readCorpus } from '../../nlu/classifier/corpus';
import { evaluateTriage } from '../../nlu/eval/evaluate';
import { triage } from '../../nlu/triage';
import { CATEGORIES } from '../../nlu/types';

describe('triage: routes Polish requests to the right team', () => {
  it.each([
    ['nie mam na opał', 'benefits'],
    ['Nie mam pieniędzy na jedzenie dla dzieci', 'benefits'],
    ['mam zaległości w czynszu i boję się że nas wyrzucą', 'benefits'],
    ['jestem bezdomny, potrzebuję noclegu na dziś', 'benefits'],
    ['mąż pije i awanturuje się', 'social_work'],
    ['syn wyszedł z więzienia i nie ma gdzie się podziać', 'social_work'],
    ['nie radzę sobie z synem, wagaruje', 'social_work'],
    ['ja z Ukrainy, potrzebuję pomoc z dokumenty', 'social_work'],
    ['mama po udarze, potrzebujemy opiekunki', 'care_services'],
    ['chcemy umieścić tatę w domu pomocy społecznej', 'care_services'],
    ['w jakich godzinach jest czynny ośrodek', 'information'],
    ['gdzie złożyć wniosek o 800 plus', 'information'],
    ['jakie dokumenty mam przynieść', 'information'],
  ])('%s → %s', (text, category) => {
    const t = triage(text);
    expect(t.category).toBe(category);
    expect(t.lowConfidence).toBe(false);
  });

  it('understands text typed without diacritics', () => {
    expect(triage('maz mnie bije i boje sie wracac do domu').category).toBe('social_work');
    expect(triage('potrzebuje opiekunki dla mamy ktora jest lezaca').category).toBe('care_services');
    expect(triage('nie mam pieniedzy na czynsz').category).toBe('benefits');
  });

  it('understands phone transcripts (no punctuation, numbers as words)', () => {
    expect(triage('no dzien dobry dzwonie w sprawie mamy ona ma osiemdziesiat szesc lat i juz sama nie daje rady').category).toBe('care_services');
    expect(triage('halo dzien dobry ja dzwonie bo nie mam na wegiel a jest zimno w domu').category).toBe('benefits');
    expect(triage('dzien dobry dzwonie zapytac do ktorej jestescie dzisiaj otwarci').category).toBe('information');
  });

  it('takes reports from third parties', () => {
    expect(triage('zgłaszam, że sąsiad bije żonę, słychać krzyki').category).toBe('social_work');
    expect(triage('sąsiadka ma 90 lat, leży sama i nikt się nią nie opiekuje').category).toBe('care_services');
  });

  it('returns a calibrated probability with alternatives, most likely first', () => {
    const t = triage('mama po udarze, potrzebujemy opiekunki');
    expect(t.confidence).toBeGreaterThan(0.9);
    expect(t.confidence).toBeLessThanOrEqual(1);
    for (let i = 1; i < t.alternatives.length; i++) expect(t.alternatives[i - 1].confidence).toBeGreaterThanOrEqual(t.alternatives[i].confidence);
    expect(t.alternatives.map((a) => a.category)).not.toContain(t.category);
  });

  it.each(['', '   ', '😀😀😀', 'asdfgh qwerty', '...', '123'])('asks instead of guessing on empty or garbage input %j', (text) => {
    const t = triage(text);
    expect(t.lowConfidence).toBe(true);
    expect(t.confidence).toBeLessThan(0.5);
    expect(CATEGORIES).toContain(t.category);
  });

  it('asks when a request fits several teams', () => {
    expect(triage('pomoc').lowConfidence).toBe(true);
    expect(triage('mam problem').lowConfidence).toBe(true);
  });

  it('never crashes on odd input', () => {
    expect(() => triage('a'.repeat(10000))).not.toThrow();
    expect(() => triage('ąęśćżźńół '.repeat(200))).not.toThrow();
    expect(() => triage(undefined as unknown as string)).not.toThrow();
  });

  it('lists art. 7 reasons found in the text', () => {
    expect(triage('mąż pije i bije mnie').reasons).toEqual(expect.arrayContaining(['addiction', 'domestic_violence']));
    expect(triage('jestem bezrobotny i nie mam za co żyć').reasons).toEqual(expect.arrayContaining(['unemployment', 'poverty']));
    expect(triage('syn wyszedł z więzienia').reasons).toContain('after_prison');
    expect(triage('mama po udarze').reasons).toContain('illness');
    expect(triage('spalił nam się dom, pożar').reasons).toEqual(expect.arrayContaining(['random_event_crisis', 'disaster']));
  });

  it('flags crisis on the message and says why', () => {
    const t = triage('mąż mnie bije');
    expect(t.urgent).toBe(true);
    expect(t.flags).toContain('violence');
    expect(t.explanation).toMatch(/kryzys/);
  });

  it('explains the decision with the user’s own words', () => {
    const t = triage('nie mam na opał');
    expect(t.explanation).toMatch(/opał/);
    expect(t.explanation).toMatch(/świadczenia/);
  });

  it('is deterministic', () => {
    expect(triage('tata ma demencję i gubi się')).toEqual(triage('tata ma demencję i gubi się'));
  });
});

describe('triage on the held-out split', () => {
  const report = evaluateTriage(readCorpus('test'));

  it('reaches at least 95% accuracy', () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('is more accurate when it does not ask', () => {
    expect(report.confidentAccuracy).toBeGreaterThanOrEqual(report.accuracy);
  });

  it('every category has recall of at least 90%', () => {
    for (const c of CATEGORIES) expect(report.perCategory[c].recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('triage on the second held-out set (nlu/data/triage-test-2.jsonl, other personas, never trained on)', () => {
  const report = evaluateTriage(readCorpus('test-2'));

  it('has a real number of utterances in every category', () => {
    expect(report.n).toBeGreaterThanOrEqual(140);
    for (const c of CATEGORIES) expect(report.perCategory[c].support).toBeGreaterThanOrEqual(30);
  });

  it('reaches at least 90% accuracy', () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});

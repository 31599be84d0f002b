import { readFileSync } from 'fs';
import { join } from 'path';
import { crisisSuspicion, detectCrisis } from '../../nlu/crisis';
import { CRISIS_MODEL_PATH, crisisScore, serialiseCrisisModel, trainCrisisModel } from '../../nlu/crisis/model';
import type { CrisisFlag } from '../../nlu/types';

interface Line {
  text: string;
  flags: CrisisFlag[];
}
const SET: Line[] = readFileSync(join(__dirname, '../../nlu/data/crisis-test.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);
const crisis = SET.filter((l) => l.flags.length);
const calm = SET.filter((l) => !l.flags.length);

describe('crisis test set (nlu/data/crisis-test.jsonl)', () => {
  it('has ≥ 250 lines, ≥ 120 of them close-looking non-crisis', () => {
    expect(SET.length).toBeGreaterThanOrEqual(250);
    expect(calm.length).toBeGreaterThanOrEqual(120);
  });

  it('catches every crisis line with every expected flag (100% recall)', () => {
    const missed = crisis.filter((l) => {
      const r = detectCrisis(l.text);
      return !r.urgent || l.flags.some((f) => !r.flags.includes(f));
    });
    expect(missed.map((l) => `${l.flags.join(',')}: ${l.text} → ${detectCrisis(l.text).flags.join(',')}`)).toEqual([]);
  });

  it('raises at most 5% false alarms on non-crisis lines', () => {
    const alarms = calm.filter((l) => detectCrisis(l.text).urgent);
    if (alarms.length) console.warn(alarms.map((l) => `${l.text} → ${detectCrisis(l.text).evidence.join(' / ')}`).join('\n'));
    expect(alarms.length / calm.length).toBeLessThanOrEqual(0.05);
  });
});

describe('detectCrisis', () => {
  it.each<[string, CrisisFlag[]]>([
    ['mąż mnie nie bije, ale pije', []],
    ['nie bije już tylko grozi', ['violence']],
    ['sąsiadka krzyczy że ją bije', ['violence']],
    ['zgłaszam, że dzieci są same od dwóch dni', ['child_at_risk']],
    ['maz mnie pobil', ['violence']],
    ['ojciec bije dzieci', ['violence', 'child_at_risk']],
    ['boję się męża', ['violence']],
    ['on mnie dusi', ['violence']],
    ['grozi że mnie zabije', ['violence']],
    ['nie chce zyc', ['suicide_risk']],
    ['lepiej by było gdyby mnie nie było', ['suicide_risk']],
    ['samobujstwo', ['suicide_risk']],
    ['połknęłam tabletki', ['suicide_risk', 'health_emergency']],
    ['niemam gdzie spac', ['no_shelter']],
    ['eksmisja jutro', ['no_shelter']],
    ['od dwóch dni nic nie jadłam', ['no_food']],
    ['leży i nie oddycha', ['health_emergency']],
    ['dostała udaru teraz', ['health_emergency']],
    ['wichura zerwała dach', ['disaster']],
    ['mama po udarze potrzebuje opiekunki', []],
    ['opał na zimę', []],
    ['co to jest przemoc domowa', []],
    ['mieszkam na ulicy Polnej 5', []],
    ['grozi mi eksmisja', []],
    ['20 lat temu mąż mnie bił', []],
    ['powodzenia', []],
  ])('%s → %j', (text, flags) => {
    const r = detectCrisis(text);
    expect(r.flags).toEqual(flags);
    expect(r.urgent).toBe(flags.length > 0);
  });

  it('returns the triggering words as evidence, as written', () => {
    const r = detectCrisis('Mąż mnie POBIŁ wczoraj i nie mam gdzie spać');
    expect(r.evidence).toEqual(expect.arrayContaining(['POBIŁ', 'nie mam gdzie spać']));
  });

  it('handles empty input', () => {
    expect(detectCrisis('')).toEqual({ urgent: false, flags: [], evidence: [] });
  });

  it('is fast (< 0.3 ms per typical message)', () => {
    const texts = SET.map((l) => l.text);
    for (const t of texts) detectCrisis(t); // warm-up
    const rounds = 5;
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (const t of texts) detectCrisis(t);
    const ms = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * texts.length);
    expect(ms).toBeLessThan(0.3);
  });
});

describe('crisisSuspicion (safety-question net under the rules)', () => {
  it('covers every crisis line of the set', () => {
    expect(crisis.filter((l) => !crisisSuspicion(l.text).suspect && !detectCrisis(l.text).urgent).map((l) => l.text)).toEqual([]);
  });
  it('catches phrasings the rules once missed', () => {
    for (const t of ['muj maz mnie bje', 'juz mnie nie bedzie jak to przeczytacie', 'mama sie nie rusza', 'w nocy spalem na przystanku']) {
      expect(crisisSuspicion(t).suspect).toBe(true);
    }
  });
  it('stays quiet on plain requests', () => {
    for (const t of ['w jakich godzinach jesteście otwarci', 'chcę złożyć wniosek o zasiłek stały', 'mam 79 lat']) {
      expect(crisisSuspicion(t)).toEqual({ suspect: false, cues: [] });
    }
  });
});

describe('learned crisis net (nlu/crisis/model.ts)', () => {
  const HELDOUT: Line[] = readFileSync(join(__dirname, '../../nlu/data/crisis-heldout.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);

  it('the committed model is what training on crisis-test.jsonl produces (run `npm run train:nlu`)', () => {
    const a = serialiseCrisisModel(trainCrisisModel(SET));
    expect(a).toBe(serialiseCrisisModel(trainCrisisModel(SET)));
    expect(a).toBe(readFileSync(CRISIS_MODEL_PATH, 'utf8'));
  });

  it('on the held-out batch (never trained or tuned on) ≥ 90% of crisis lines get an alarm or the safety question', () => {
    const pos = HELDOUT.filter((l) => l.flags.length);
    const caught = pos.filter((l) => detectCrisis(l.text).urgent || crisisSuspicion(l.text).suspect);
    expect(pos.length).toBeGreaterThanOrEqual(50);
    expect(caught.length / pos.length).toBeGreaterThanOrEqual(0.9);
  });

  it('asks the safety question on indirect wording no cue word covers', () => {
    for (const t of ['chyba już nie dam rady dociągnąć do jutra, przepraszam za wszystko', 'mąż zamknął się w garażu z samochodem na chodzie']) {
      expect(detectCrisis(t).urgent || crisisSuspicion(t).suspect).toBe(true);
    }
  });

  it('stays quiet on ordinary requests', () => {
    for (const t of ['chcę złożyć wniosek o dodatek mieszkaniowy', 'czy dzienny dom ma wolne miejsca', 'proszę o zaświadczenie o korzystaniu z pomocy']) {
      expect(crisisScore(t).suspect).toBe(false);
    }
  });
});

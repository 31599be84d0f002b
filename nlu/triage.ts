/**
 * First-contact triage: which team's queue a free-text request belongs to, how sure we are, the art. 7
 * grounds mentioned, crisis flags, and the words that decided — for the dialog and the reviewing worker.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { compile, score, type CompiledModel, type TriageModel } from './classifier';
import { detectCrisis } from './crisis';
import { featurePositions, featurize, isVague } from './features';
import { normalise } from './normalise';
import { reasonsFromFolded } from './reasons';
import { CATEGORIES, type Category, type CrisisFlag, type ReasonCode, type Triage } from './types';

export const TRIAGE_MODEL_PATH = join(__dirname, 'model', 'triage-model.json');

/** Queue names as a worker reads them in the explanation. */
const CATEGORY_LABEL: Record<Category, string> = {
  benefits: 'świadczenia',
  social_work: 'praca socjalna',
  care_services: 'usługi opiekuńcze',
  information: 'informacja',
};

const CRISIS_LABEL: Record<CrisisFlag, string> = {
  violence: 'przemoc',
  suicide_risk: 'ryzyko samobójcze',
  no_shelter: 'brak schronienia',
  no_food: 'brak jedzenia',
  child_at_risk: 'dziecko w zagrożeniu',
  health_emergency: 'zagrożenie zdrowia',
  disaster: 'klęska/zdarzenie losowe',
};

// Crisis flags that are also art. 7 grounds, so a flagged record never lacks the matching reason.
const CRISIS_REASON: Partial<Record<CrisisFlag, ReasonCode>> = {
  violence: 'domestic_violence',
  no_shelter: 'homelessness',
  disaster: 'random_event_crisis',
};

let model: CompiledModel | null = null;

/** Reads and compiles a model file (no caching; for evaluating another model file). */
export function readTriageModel(path: string): CompiledModel {
  return compile(JSON.parse(readFileSync(path, 'utf8')) as TriageModel);
}

/** The committed model, loaded once (lazily, on first triage). Exposed for the benchmark and warm-up. */
export function loadTriageModel(): CompiledModel {
  model ??= readTriageModel(TRIAGE_MODEL_PATH);
  return model;
}

/** Triage with an explicit model (tests, evaluation of a freshly trained model). */
export function triageWith(cm: CompiledModel, text: string): Triage {
  const n = normalise(typeof text === 'string' ? text : '');
  const features = featurize(n.tokens, cm.features);
  const scored = score(cm, features);
  const crisis = detectCrisis(n.original);
  const reasonMatch = reasonsFromFolded(n.folded);
  const reasons = [...reasonMatch.reasons];
  for (const f of crisis.flags) {
    const r = CRISIS_REASON[f];
    if (r && !reasons.includes(r)) reasons.push(r);
  }

  let ranked = cm.categories.map((category, i) => ({ category, confidence: scored.probs[i] }));
  let lowConfidence: boolean;
  if (scored.known.length === 0) {
    // Nothing the model knows (empty, emoji, another language, gibberish): no guess, ask.
    ranked = CATEGORIES.map((category) => ({ category, confidence: 1 / CATEGORIES.length }));
    ranked.sort((a, b) => (a.category === 'information' ? -1 : b.category === 'information' ? 1 : 0));
    lowConfidence = true;
  } else if (isVague(n.tokens)) {
    // "potrzebuję pomocy", "mam problem": no topic word, so any category is a guess driven by priors and
    // function words. Pull the distribution halfway to uniform and ask.
    ranked = ranked.map((r) => ({ category: r.category, confidence: (r.confidence + 1 / CATEGORIES.length) / 2 }));
    ranked.sort((a, b) => b.confidence - a.confidence);
    lowConfidence = true;
  } else {
    ranked.sort((a, b) => b.confidence - a.confidence);
    lowConfidence = ranked[0].confidence < cm.threshold;
  }
  const top = ranked[0];
  const alternatives = ranked
    .slice(1)
    .filter((a) => a.confidence >= 0.01)
    .map((a) => ({ category: a.category, confidence: round(a.confidence) }));

  return {
    category: top.category,
    confidence: round(top.confidence),
    lowConfidence,
    alternatives,
    reasons,
    urgent: crisis.urgent,
    flags: crisis.flags,
    explanation: explain(cm, n, scored, top.category, scored.known.length > 0, crisis.flags, crisis.evidence),
  };
}

export function triage(text: string): Triage {
  return triageWith(loadTriageModel(), text);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The features that pushed most towards the chosen queue (its log-probability minus the best other queue's),
 * mapped back to the user's own words, e.g. `słowa: "opał", "nie mam" → świadczenia`.
 */
function explain(
  cm: CompiledModel,
  n: ReturnType<typeof normalise>,
  scored: ReturnType<typeof score>,
  category: Category,
  anyKnown: boolean,
  flags: CrisisFlag[],
  evidence: string[],
): string {
  const parts: string[] = [];
  if (!anyKnown) {
    parts.push('brak rozpoznanych słów → pytanie doprecyzowujące');
  } else if (isVague(n.tokens)) {
    parts.push(`prośba bez tematu → pytanie doprecyzowujące (najbliżej: ${CATEGORY_LABEL[category]})`);
  } else {
    const c = cm.categories.indexOf(category);
    // Display words keep diacritics when the normaliser's text and folded tokens line up.
    const shown = n.text.split(' ').filter(Boolean);
    const display = shown.length === n.tokens.length ? shown : n.tokens;
    // Spread each feature's margin (its log-probability for the chosen queue minus the best other queue's)
    // over the tokens it came from, then show the strongest tokens, adjacent ones joined into a phrase.
    const weight = new Float64Array(n.tokens.length);
    scored.known.forEach((f, i) => {
      const lp = scored.logp[i];
      let other = -Infinity;
      for (let k = 0; k < lp.length; k++) if (k !== c) other = Math.max(other, lp[k]);
      const margin = lp[c] - other;
      if (margin <= 0) return;
      const positions = featurePositions(f, n.tokens);
      for (const p of positions) weight[p] += margin / (f.startsWith('b:') ? 2 : 1);
    });
    const top = [...weight.keys()]
      .filter((i) => weight[i] > 0.5)
      .sort((a, b) => weight[b] - weight[a] || a - b)
      .slice(0, 4)
      .sort((a, b) => a - b);
    const words: string[] = [];
    top.forEach((p, j) => {
      if (j > 0 && top[j - 1] === p - 1) words[words.length - 1] += ` ${display[p]}`;
      else words.push(display[p]);
    });
    parts.push(words.length ? `słowa: ${words.slice(0, 4).map((w) => `"${w}"`).join(', ')} → ${CATEGORY_LABEL[category]}` : `→ ${CATEGORY_LABEL[category]}`);
  }
  if (flags.length) {
    parts.push(`kryzys: ${flags.map((f) => CRISIS_LABEL[f]).join(', ')}${evidence.length ? ` (${evidence.map((e) => `"${e}"`).join(', ')})` : ''}`);
  }
  return parts.join('; ');
}

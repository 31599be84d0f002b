import { keyed, keyPattern } from './key';
import { crisisScore, loadCrisisModel } from './model';

/**
 * The safety question's net under the alarm: when the message is not sure enough to raise the alarm
 * but is closer to crisis than most calm ones, the dialog asks a short safety question ("Czy jest
 * Pani/Pan teraz bezpieczna/y?") instead of guessing. It never sets `urgent`. Two triggers:
 * - the crisis model's `question` band (30 % of hard and 10 % of ordinary calm training lines reach
 *   it, out of fold);
 * - a few words of distress that an experienced worker would never let pass without asking
 *   ("Pomocy!", "nie daję rady", "boję się"), whatever the model thinks of the rest.
 * A long cue-word list (topics such as "noc", "dach", "krew") used to do this; on held-out batches it
 * added half a point of recall for a question on a quarter more of calm messages, so it went
 * (docs/nlu.md, round 3).
 */
const DISTRESS = [
  'ratunku', 'ratujcie', 'ratuj', 'na pomoc', 'nie daje rady', 'nie dam rady', 'nie daje juz rady', 'boje sie', 'boimy sie',
  'pilnie', 'natychmiast', 'niebezpiecz\\w*', 'policj\\w*', '112', 'karetk\\w*', 'pogotowi\\w*', 'nie wytrzymam', 'mam dosc', 'sos',
];
const RE = new RegExp(`(?<![a-z0-9])(?:${keyPattern(DISTRESS.join('|'))})(?![a-z0-9])`, 'g');

export interface CrisisSuspicion {
  suspect: boolean;
  /** The words that raised it: as written for distress words, folded for the model. */
  cues: string[];
}

export function crisisSuspicion(text: string): CrisisSuspicion {
  const k = keyed(text);
  const cues: string[] = [];
  RE.lastIndex = 0;
  for (const m of k.key.matchAll(RE)) {
    const start = m.index ?? 0;
    const tok = k.tokens.find((t) => t.kStart <= start && start < t.kEnd + 1);
    if (tok) cues.push(k.source.slice(tok.start, tok.end));
  }
  // "Pomocy!" on its own is a cry; "potrzebuję pomocy w domu" is how every request begins.
  if (k.tokens.length <= 3 && k.tokens.some((t) => t.key === 'pomocy' || t.key === 'pomoz' || t.key === 'pomozcie')) cues.push(k.source.trim());
  if (cues.length) return { suspect: true, cues };
  const model = loadCrisisModel();
  const learned = crisisScore(text, model);
  return learned.p > model.thresholds.question ? { suspect: true, cues: learned.words } : { suspect: false, cues: [] };
}

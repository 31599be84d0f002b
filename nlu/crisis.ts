import { normalise } from './normalise';
import type { CrisisFlag, CrisisResult } from './types';

// STUB (replaced by the full crisis detector).
const RULES: [CrisisFlag, RegExp][] = [
  ['violence', /\b(bije|bil|pobil|przemoc|grozi|znecа|zneca)\w*/],
  ['suicide_risk', /\b(zabic sie|samobojst\w*|nie chce zyc|skoncze ze soba)/],
  ['no_shelter', /\b(nie mam gdzie spac|na ulicy|bez dachu|eksmisj\w*)/],
  ['no_food', /\b(nie mam co jesc|glodn\w*|nie jadl\w*)/],
  ['child_at_risk', /\b(dziecko .*(bite|glodne|same)|dzieci same)/],
  ['health_emergency', /\b(nieprzytomn\w*|zawal|udar teraz|krwaw\w*)/],
  ['disaster', /\b(pozar|powodz|spalil\w*|zalal\w*)/],
];

export function detectCrisis(text: string): CrisisResult {
  const { folded } = normalise(text);
  const flags: CrisisFlag[] = [];
  const evidence: string[] = [];
  for (const [flag, re] of RULES) {
    const m = folded.match(re);
    if (m && !/\bnie (bije|bil)\b/.test(folded)) {
      flags.push(flag);
      evidence.push(m[0]);
    }
  }
  return { urgent: flags.length > 0, flags, evidence };
}

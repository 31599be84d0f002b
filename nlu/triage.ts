import { detectCrisis } from './crisis';
import { normalise } from './normalise';
import type { Category, ReasonCode, Triage } from './types';

// STUB (replaced by the trained classifier): keyword scores.
const KEYWORDS: Record<Category, RegExp> = {
  benefits: /\b(zasil\w*|pieniadz\w*|opal\w*|czynsz\w*|jedzeni\w*|obiad\w*|posil\w*|schronisk\w*|ubrani\w*|pogrzeb\w*|bieda|nie mam na)/,
  social_work: /\b(bije|pije|alkohol\w*|przemoc\w*|dziec\w*|rodzin\w*|uzalezni\w*|narkot\w*|wiezieni\w*|kryzys\w*|urzed\w*)/,
  care_services: /\b(opiek\w*|udar\w*|lezac\w*|dps|dom pomocy|dzienny dom|starsz\w*|mama|tata|senior\w*|niepelnospraw\w*)/,
  information: /\b(godzin\w*|adres|gdzie|800|dodatek mieszkaniowy|jakie dokumenty|czynne)/,
};

export function triage(text: string): Triage {
  const { folded } = normalise(text);
  const scores = (Object.keys(KEYWORDS) as Category[]).map((c) => ({ category: c, hits: (folded.match(new RegExp(KEYWORDS[c], 'g')) ?? []).length }));
  const total = scores.reduce((a, s) => a + s.hits, 0);
  const ranked = scores
    .map((s) => ({ category: s.category, confidence: total ? s.hits / total : 0.25 }))
    .sort((a, b) => b.confidence - a.confidence);
  const crisis = detectCrisis(text);
  const reasons: ReasonCode[] = [];
  if (crisis.flags.includes('violence')) reasons.push('domestic_violence');
  if (/\b(pije|alkohol)/.test(folded)) reasons.push('addiction');
  if (/\b(bieda|nie mam na)/.test(folded)) reasons.push('poverty');
  const top = ranked[0];
  return {
    category: top.category,
    confidence: top.confidence,
    lowConfidence: total === 0 || top.confidence < 0.5,
    alternatives: ranked.slice(1),
    reasons,
    urgent: crisis.urgent,
    flags: crisis.flags,
    explanation: crisis.evidence.join(', '),
  };
}

import { normalise } from './normalise';
import type { InformationTopic } from './types';

// STUB (replaced by the full topic matcher).
const TOPICS: [InformationTopic, RegExp][] = [
  ['opening_hours', /\b(godzin\w*|otwar\w*|czynne|czynny)\b/],
  ['address', /\b(adres|gdzie (jest|sie znajduje)|jak dojechac)\b/],
  ['child_benefit_800', /\b(800|osiemset)\b/],
  ['housing_allowance', /\bdodat\w* mieszkan\w*/],
  ['documents', /\b(jakie dokumenty|co zabrac|jakie papiery)\b/],
];

export function informationTopic(text: string): InformationTopic | null {
  const { folded } = normalise(text);
  for (const [topic, re] of TOPICS) if (re.test(folded)) return topic;
  return null;
}

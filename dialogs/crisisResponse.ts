import type { Translate } from '../bot/i18n';
import type { CentreConfig } from '../config';
import { nextOpening } from '../intake';
import type { CrisisFlag } from '../nlu';

/** What to do now, for flags not yet announced in this conversation: 112 first, then the lines for each flag. */
export function crisisMessages(flags: CrisisFlag[], config: CentreConfig, t: Translate, now: Date): string[] {
  const address = `${config.address.street}, ${config.address.postalCode} ${config.address.city}`;
  const out: string[] = [t('crisis.intro')];
  const needs112 = flags.some((f) => f !== 'no_food');
  if (needs112) out.push(t('crisis.call'));
  const lines = config.helplines.filter((h) => h.number.replace(/\s/g, '') !== '112' && h.flags.some((f) => flags.includes(f)));
  for (const h of lines) out.push(t('crisis.line', { name: h.name, number: h.number, hours: h.hours ? ` (${h.hours})` : '' }));
  if (flags.includes('no_shelter')) out.push(t('crisis.no_shelter', { address, hours: config.openingHours.text, phone: config.phone }));
  if (flags.includes('no_food')) out.push(t('crisis.no_food', { phone: config.phone, hours: config.openingHours.text }));
  // Promise only what the centre can keep: "today" while it is open, otherwise when it opens.
  const opening = nextOpening(config, now);
  out.push(opening.openNow ? t('crisis.marked') : t('crisis.markedClosed', { when: opening.text }));
  return out;
}

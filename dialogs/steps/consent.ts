import { extract, matchCommand, normalise } from '../../nlu';

const HELLO = new Set(['dzien', 'dobry', 'wieczor', 'czesc', 'witam', 'witaj', 'halo', 'hej', 'siema']);
const GREETINGS = new Set(['dzien', 'dobry', 'dobrywieczor', 'wieczor', 'czesc', 'witam', 'witaj', 'halo', 'hej', 'siema', 'no', 'tak', 'prosze']);
import { pickChoice } from './common';
import type { Step } from './step';

/** Greeting: what the assistant is, the GDPR clause in short ("more" on request), acknowledgement. */
export const consentStep: Step = {
  id: 'consent',
  optional: false,
  applies: () => true,
  prompt: ({ t }) => ({
    text: t('greeting.ask'),
    expect: 'choice',
    choices: [
      { value: 'yes', title: t('choice.start'), synonyms: ['tak', 'zaczynamy', 'zaczynajmy', 'dobrze', 'ok', 'zgoda', 'mozemy'] },
      { value: 'more', title: t('choice.moreGdpr'), synonyms: ['wiecej', 'rodo', 'dane', 'o danych'] },
      { value: 'no', title: t('choice.noThanks'), synonyms: ['nie', 'nie dziekuje'] },
    ],
  }),
  handle(text, ctx) {
    const { t, services, state } = ctx;
    // "no dzień dobry" is a greeting, not the colloquial "no" that means yes.
    const words = normalise(text).tokens;
    const greeting = words.length > 0 && words.length <= 4 && words.every((w) => GREETINGS.has(w)) && words.some((w) => HELLO.has(w));
    if (greeting) return { type: 'again', say: [t('greeting.helloBack')] };
    const picked = pickChoice(text, consentStep.prompt(ctx).choices ?? []) ?? (matchCommand(text) === 'more' ? 'more' : null);
    const yn = picked ?? (extract(text, 'yesNo').value as string | null);
    if (picked === 'more') {
      const c = services.config;
      return {
        type: 'again',
        say: [
          t('greeting.gdprFull', {
            centreName: c.name,
            address: `${c.address.street}, ${c.address.postalCode} ${c.address.city}`,
            phone: c.phone,
          }),
        ],
      };
    }
    if (yn === 'yes') {
      state.consentAt = ctx.now.toISOString();
      if (state.record) state.record.consent = { informed: true, at: state.consentAt };
      return { type: 'done' };
    }
    if (yn === 'no') {
      return { type: 'end', say: [t('greeting.declined', { hours: services.config.openingHours.text, phone: services.config.phone })] };
    }
    if (words.length >= 3 && /\p{L}{3,}/u.test(text)) {
      // People start with their matter; keep it so they need not repeat it once they say yes.
      state.earlyText = state.earlyText ? `${state.earlyText}\n${text}` : text;
      return { type: 'again', say: [t('greeting.noted')] };
    }
    return { type: 'invalid', say: t('input.notUnderstood') };
  },
};

import { extract, matchCommand } from '../../nlu';
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
    return { type: 'invalid', say: t('input.notUnderstood') };
  },
};

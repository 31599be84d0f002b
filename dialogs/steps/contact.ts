import { extract, extractEntities, normalise } from '../../nlu';

const NO_ADDRESS = /\b(nie mam (stalego |zadnego |swojego )?(adresu|mieszkania|domu|gdzie mieszkac)|bezdomn\w*|mieszkam na (ulicy|dworcu|dzialce)|bez (stalego )?adresu|nigdzie nie mieszkam)\b/;
import { insideTerritory, type Address } from '../../intake';
import { confirmChoices, groupDigits, handleReadBack } from './person';
import { isSelf, type Step } from './step';

export const addressStep: Step = {
  id: 'address',
  optional: true,
  applies: () => true,
  prompt: ({ t, state }) => ({ text: t(isSelf(state) ? 'address.askSelf' : 'address.askOther'), expect: 'address' }),
  handle(text, { state, t, services }) {
    const record = state.record!;
    if (NO_ADDRESS.test(normalise(text).folded)) {
      // Art. 101 ust. 2 u.p.s.: for a homeless person the gmina of the last permanent residence is competent.
      record.applicant.address = null;
      record.territory = { inside: null, note: 'brak stałego adresu' };
      if (!record.problem.reasons.includes('homelessness')) record.problem.reasons.push('homelessness');
      return { type: 'done', say: [t('address.homeless')] };
    }
    if (text.length > 300 || !/\p{L}{2,}/u.test(text)) return { type: 'invalid', say: t('address.invalid') };
    const found = extract(text, 'address').value as Address | null;
    const address: Address = found ?? { street: text.trim(), postalCode: null, city: null };
    record.applicant.address = address;
    const inside = insideTerritory(services.config, address);
    record.territory = { inside, note: inside === false ? `poza gminą ${services.config.territory.gmina}` : null };
    if (inside === false) return { type: 'done', say: [t('address.outside', { gmina: services.config.territory.gmina })] };
    return { type: 'done' };
  },
  clear: (r) => {
    r.applicant.address = null;
    r.territory = { inside: null, note: null };
  },
};

export const phoneStep: Step = {
  id: 'phone',
  optional: true,
  applies: () => true,
  prompt(ctx) {
    const { t, state } = ctx;
    if (state.sub === 'confirm' && state.pendingValue) {
      return { text: t('phone.confirm', { digits: groupDigits(state.pendingValue) }), expect: 'yesNo', choices: confirmChoices(ctx) };
    }
    return { text: t(isSelf(state) ? 'phone.askSelf' : 'phone.askOther'), expect: 'phone', keypad: true };
  },
  handle(text, ctx) {
    const { state, t } = ctx;
    const record = state.record!;
    const keep = (phone: string) => {
      if (isSelf(state)) record.applicant.phone = phone;
      else if (record.reporterContact) record.reporterContact.phone = phone;
    };
    if (state.sub === 'confirm') return handleReadBack(text, ctx, keep);
    const phone = (extract(text, 'phone').value as string | null) ?? extractEntities(text).phone ?? null;
    if (!phone) return { type: 'invalid', say: t('phone.invalid') };
    if (state.channel === 'phone') {
      state.pendingValue = phone;
      state.sub = 'confirm';
      return { type: 'again' };
    }
    keep(phone);
    return { type: 'done' };
  },
  clear: (r) => {
    r.applicant.phone = null;
    if (r.reporterContact) r.reporterContact.phone = null;
  },
};

import { extract } from '../../nlu';
import type { Reporter } from '../../intake';
import type { Translate } from '../../bot/i18n';
import type { ChoiceOption } from '../state';
import { freeTextStep, options, pickChoice } from './common';
import type { Step } from './step';

const reporterChoices = (t: Translate): ChoiceOption[] =>
  options(t, 'reporter', [
    // Possessives ("mojego syna") say nothing about who: only the relation words decide.
    ['self', ['mnie', 'ja', 'siebie', 'mnie samej', 'mnie samego', 'wlasnym imieniu', 'dla siebie', 'mnie osobiscie', 'moja wlasna']],
    [
      'relative',
      ['rodzin', 'krewn', 'mama', 'mamy', 'mame', 'mamie', 'matk', 'tata', 'taty', 'tate', 'ojc', 'ojca', 'syn', 'syna', 'synowi', 'corka', 'corki', 'corke', 'dzieck', 'dzieci', 'zona', 'zony', 'zone', 'maz', 'meza', 'babci', 'babcia', 'dziadk', 'dziadek', 'brat', 'brata', 'siostr', 'wnuk', 'wnucz', 'tesc', 'ciocia', 'cioci', 'wujek', 'wujka', 'tesciow', 'tesciu', 'rodzic', 'partner', 'kuzyn', 'szwagr', 'bratow', 'zieci', 'synow'],
    ],
    ['third_party', ['inn', 'sasiad', 'sasiadk', 'sasiadow', 'obc', 'znajom', 'uczni', 'uczen', 'uczennic', 'szkol', 'policj', 'kolega', 'kolegi', 'kolezank', 'pedagog', 'lekarz', 'pacjent', 'podopieczn', 'lokator']],
  ]);

export const reporterStep: Step = {
  id: 'reporter',
  optional: false,
  applies: () => true,
  prompt: ({ t }) => ({ text: t('reporter.ask'), expect: 'choice', choices: reporterChoices(t) }),
  handle(text, { state, t }) {
    // "nie mnie, tylko sąsiada": what follows "nie mnie" is the answer.
    const said = text.replace(/^\s*nie\s+(mnie|ja)\b[\s,]*(tylko|ale|a)?\s*/i, '');
    let pick = pickChoice(said, reporterChoices(t)) as Reporter | null;
    if (!pick && extract(text, 'yesNo').value === 'yes') pick = 'self';
    if (!pick) return { type: 'invalid', say: t('input.notUnderstood') };
    const record = state.record!;
    record.reporter = pick;
    record.reporterContact = pick === 'self' ? null : (record.reporterContact ?? { name: null, phone: null, relation: null });
    return { type: 'done' };
  },
  clear: (record) => {
    record.reporter = null;
  },
};

export const relationStep: Step = {
  ...freeTextStep({
    id: 'relation',
    key: 'relation.askRelative',
    applies: (s) => s.record?.reporter === 'relative' || s.record?.reporter === 'third_party',
    store: (record, value) => {
      if (record.reporterContact) record.reporterContact.relation = value;
    },
  }),
  prompt: ({ t, state }) => ({
    text: t(state.record?.reporter === 'third_party' ? 'relation.askThirdParty' : 'relation.askRelative'),
    expect: 'text',
  }),
};

export const reporterNameStep: Step = {
  id: 'reporterName',
  optional: true,
  applies: (s) => s.record?.reporter === 'relative' || s.record?.reporter === 'third_party',
  prompt: ({ t }) => ({ text: t('reporterName.ask'), expect: 'name' }),
  handle(text, { state, t }) {
    const name = parseName(text);
    if (!name) return { type: 'invalid', say: t('name.invalid') };
    state.record!.reporterContact!.name = [name.firstName, name.lastName].filter(Boolean).join(' ');
    return { type: 'done' };
  },
  clear: (record) => {
    if (record.reporterContact) record.reporterContact.name = null;
  },
};

/** A name as given (verbatim, never "cleaned" of odd characters), or null when it is not a name at all. */
export function parseName(text: string): { firstName: string | null; lastName: string | null } | null {
  const trimmed = text.trim();
  if (trimmed.length > 120 || !/\p{L}{2,}/u.test(trimmed)) return null;
  const found = extract(trimmed, 'name').value as { firstName: string | null; lastName: string | null } | null;
  const words = trimmed.split(/\s+/);
  const name = found && (found.firstName || found.lastName) ? found : { firstName: words[0], lastName: words.length > 1 ? words.slice(1).join(' ') : null };
  // Speech transcripts arrive in lower case; a name is written with capitals.
  const capitalise = (s: string | null) => (s && s === s.toLowerCase() ? s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()) : s);
  return { firstName: capitalise(name.firstName), lastName: capitalise(name.lastName) };
}

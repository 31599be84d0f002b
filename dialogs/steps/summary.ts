import { extract, normalise } from '../../nlu';
import { pickChoice } from './common';
import type { Translate } from '../../bot/i18n';
import type { IntakeRecord } from '../../intake';
import type { ChoiceOption, IntakeState, StepId } from '../state';
import type { Step, StepContext } from './step';

/** Words that name a field when the resident asks to correct it ("popraw telefon", "zły adres"). */
const FIELD_WORDS: Partial<Record<StepId, string[]>> = {
  problem: ['sprawa', 'sprawe', 'opis', 'problem', 'kategori'],
  reporter: ['kogo dotyczy', 'kogo'],
  relation: ['kim jest', 'pokrewien', 'relacj'],
  reporterName: ['zglaszajac', 'moje imie', 'moje nazwisko'],
  name: ['imie', 'nazwisk', 'imienia'],
  identity: ['pesel', 'data urodzenia', 'date urodzenia', 'urodzeni'],
  age: ['wiek', 'lat'],
  address: ['adres', 'ulic', 'kod', 'miejscowosc', 'miasto'],
  phone: ['telefon', 'numer', 'komork'],
  householdSize: ['osob', 'gospodarstw', 'liczba osob'],
  income: ['dochod', 'zarobk', 'kwot', 'pensj', 'emerytur'],
  benefitNeeds: ['czego potrzeba', 'potrzeb'],
  careSituation: ['kto potrzebuje', 'opis opieki'],
  careNeeds: ['jakiej opieki', 'opiek'],
  currentHelp: ['kto pomaga', 'pomaga'],
  socialDetails: ['dodatkow', 'uwagi'],
};

const money = (n: number) => `${n.toLocaleString('pl-PL')} zł`;

/** One line of the summary per field of this conversation, in the order they were asked. */
export function summaryLines(record: IntakeRecord, steps: StepId[], t: Translate): { step: StepId; label: string; value: string }[] {
  const a = record.applicant;
  const empty = t('summary.empty');
  const value = (step: StepId): string | null => {
    switch (step) {
      case 'problem':
        return `${record.problem.description} (${t(`categoryShort.${record.problem.category}`)})`;
      case 'reporter':
        return record.reporter ? t(`reporter.${record.reporter}`) : null;
      case 'relation':
        return record.reporterContact?.relation ?? null;
      case 'reporterName':
        return record.reporterContact?.name ?? null;
      case 'name':
        return [a.firstName, a.lastName].filter(Boolean).join(' ') || null;
      case 'identity':
        return a.pesel ? `PESEL ${a.pesel}` : a.birthDate ? a.birthDate.split('-').reverse().join('.') : null;
      case 'age':
        return a.age !== null ? String(a.age) : null;
      case 'address':
        return a.address ? [a.address.street, [a.address.postalCode, a.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : null;
      case 'phone':
        return (record.reporter === 'self' || !record.reporterContact ? a.phone : record.reporterContact.phone) ?? null;
      case 'householdSize':
        return record.household.size !== null ? String(record.household.size) : null;
      case 'income':
        return record.income.monthlyNet !== null ? money(record.income.monthlyNet) : null;
      case 'benefitNeeds':
        return record.needs.benefitKinds.map((k) => (k.startsWith('other: ') ? k.slice(7) : t(`benefitNeeds.${k}`))).join(', ') || null;
      case 'careSituation':
        return record.needs.careFor;
      case 'careNeeds':
        return record.needs.careHelp.map((k) => (k.startsWith('other: ') ? k.slice(7) : t(`careNeeds.${k}`))).join(', ') || null;
      case 'currentHelp':
        return record.needs.currentHelp;
      case 'socialDetails':
        return record.needs.details;
      default:
        return null;
    }
  };
  return steps
    .filter((s) => s !== 'consent' && s !== 'summary')
    .map((step) => ({
      step,
      label: t(`field.${step}`),
      value: value(step) ?? (record.skipped.includes(step) ? t('summary.skipped') : empty),
    }));
}

/** The field a correction request names by its words (not by number: "1" at the summary means "send"). */
function namedField(text: string, steps: StepId[]): StepId | null {
  const words = ` ${normalise(text).folded} `;
  const hits = steps.filter((s) => (FIELD_WORDS[s] ?? []).some((w) => words.includes(` ${w}`)));
  return hits.length >= 1 ? hits[0] : null;
}

function fieldChoices(ctx: StepContext, steps: StepId[]): ChoiceOption[] {
  return summaryLines(ctx.state.record!, steps, ctx.t).map((l) => ({ value: l.step, title: l.label, synonyms: FIELD_WORDS[l.step] ?? [] }));
}

/** The summary needs the list of steps this conversation went through; the dialog provides it. */
export function summaryStep(stepsOf: (state: IntakeState) => StepId[]): Step {
  const confirmChoices = (ctx: StepContext): ChoiceOption[] => [
    { value: 'send', title: ctx.t('summary.send'), synonyms: ['tak', 'wysylam', 'wyslij', 'zgadza sie', 'wszystko sie zgadza'] },
    { value: 'fix', title: ctx.t('summary.fix'), synonyms: ['popraw', 'poprawic', 'zmien', 'zmienic', 'nie', 'blad'] },
  ];
  return {
    id: 'summary',
    optional: false,
    applies: () => true,
    prompt(ctx) {
      const { t, state } = ctx;
      if (state.sub === 'which') return { text: t('summary.which'), expect: 'choice', choices: fieldChoices(ctx, stepsOf(state)) };
      const lines = summaryLines(state.record!, stepsOf(state), t).map((l) => `• ${l.label}: ${l.value}`);
      return { text: [t('summary.intro'), ...lines, t('summary.ask')].join('\n'), expect: 'choice', choices: confirmChoices(ctx) };
    },
    handle(text, ctx) {
      const { state, t } = ctx;
      const steps = stepsOf(state).filter((s) => s !== 'consent' && s !== 'summary');
      if (state.sub === 'which') {
        const field = (pickChoice(text, fieldChoices(ctx, steps)) as StepId | null) ?? namedField(text, steps);
        if (!field) return { type: 'invalid', say: t('summary.notFound') };
        state.sub = null;
        state.returnToSummary = true;
        return { type: 'goto', step: field };
      }
      // "popraw telefon" names the field at once.
      const field = namedField(text, steps);
      if (field) {
        state.returnToSummary = true;
        return { type: 'goto', step: field };
      }
      const pick = pickChoice(text, confirmChoices(ctx)) ?? (extract(text, 'yesNo').value === 'yes' ? 'send' : null);
      if (pick === 'send') return { type: 'done' };
      if (pick === 'fix') {
        state.sub = 'which';
        return { type: 'again' };
      }
      return { type: 'invalid', say: t('input.notUnderstood') };
    },
  };
}

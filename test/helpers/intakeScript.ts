/**
 * A whole benefits intake answered by the question's step (channelData.pk.step, or `step/sub`), so
 * scripts keep working when the dialog adds or reorders questions. Shared by the channel tests, the
 * worker-desk tests and the Direct Line benchmark.
 */
export interface Pk {
  step: string;
  sub: string | null;
  choices?: { value: string; title: string }[];
}

export const BENEFITS_BY_STEP: Readonly<Record<string, string>> = {
  consent: 'Tak, zaczynamy',
  problem: 'brakuje mi pieniędzy na opał na zimę, proszę o zasiłek celowy',
  'problem/confirm': 'tak',
  'problem/clarify': 'Pomoc finansowa lub rzeczowa',
  reporter: 'Mnie',
  name: 'Anna Kowalska',
  identity: '44051401359',
  address: 'ul. Słoneczna 5, 99-100 Demowo',
  phone: '601 222 333',
  householdSize: '2',
  income: '1500',
  benefitNeeds: 'Opału lub pomocy w opłatach',
  summary: 'Tak, wysyłam',
};

/** The answer to a question: `step/sub`, then the step, then `*`, then "Pomiń" when offered, then the first choice. */
export function answerFor(pk: Pk, answers: Readonly<Record<string, string>> = BENEFITS_BY_STEP): string {
  const choices = pk.choices ?? [];
  return (
    (pk.sub ? answers[`${pk.step}/${pk.sub}`] : undefined) ??
    (pk.step === 'summary' && pk.sub ? 'tak' : undefined) ??
    answers[pk.step] ??
    answers['*'] ??
    choices.find((c) => c.value === '__skip')?.title ??
    choices[0]?.title ??
    'pomiń'
  );
}

export const REFERENCE = /PK-\d{4}-\d{3,}/;

/** Public types of the NLU module. Dialogs depend on these, never on how they are computed. */

export type Category = 'benefits' | 'social_work' | 'care_services' | 'information';
export const CATEGORIES: readonly Category[] = ['benefits', 'social_work', 'care_services', 'information'];

export type CrisisFlag =
  | 'violence'
  | 'suicide_risk'
  | 'no_shelter'
  | 'no_food'
  | 'child_at_risk'
  | 'health_emergency'
  | 'disaster';

/** Art. 7 u.p.s. grounds, codes from shared/domain/social-assistance.md. */
export type ReasonCode =
  | 'poverty'
  | 'orphanhood'
  | 'homelessness'
  | 'unemployment'
  | 'disability'
  | 'illness'
  | 'domestic_violence'
  | 'trafficking'
  | 'maternity_large_family'
  | 'parenting_household_helplessness'
  | 'foreigner_integration'
  | 'after_prison'
  | 'addiction'
  | 'random_event_crisis'
  | 'disaster';

export interface Normalised {
  /** The input exactly as given. */
  original: string;
  /** NFC, lower case, punctuation removed, speech fillers removed, number words turned into digits. Keeps diacritics. */
  text: string;
  /** `text` with Polish diacritics folded (ą→a, ł→l …). */
  folded: string;
  /** Tokens of `folded`. */
  tokens: string[];
}

export interface CrisisResult {
  urgent: boolean;
  flags: CrisisFlag[];
  /** Words that triggered each flag, for the reviewing worker. */
  evidence: string[];
  /** Rule flags the model dropped as calm context; the dialog still asks the safety question. */
  vetoed?: CrisisFlag[];
}

export interface Triage {
  category: Category;
  /** 0..1 probability of `category`. */
  confidence: number;
  /** True when the dialog should ask a clarifying question instead of trusting `category`. */
  lowConfidence: boolean;
  /** Other likely categories, most likely first (excluding `category`). */
  alternatives: { category: Category; confidence: number }[];
  reasons: ReasonCode[];
  urgent: boolean;
  flags: CrisisFlag[];
  /** The words that decided, in Polish-neutral form, for the worker. */
  explanation: string;
}

export type Expect =
  | 'age'
  | 'householdSize'
  | 'monthlyIncome'
  | 'phone'
  | 'pesel'
  | 'postalCode'
  | 'birthDate'
  | 'yesNo'
  | 'name'
  | 'address';

export type YesNo = 'yes' | 'no' | 'dont_know';

export interface PeselInfo {
  pesel: string;
  birthDate: string; // YYYY-MM-DD
  sex: 'female' | 'male';
}

export interface PersonName {
  firstName: string | null;
  lastName: string | null;
}

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/** Everything `extract` could find; each key only when found. */
export interface Entities {
  age?: number;
  householdSize?: number;
  monthlyIncome?: number;
  phone?: string;
  pesel?: PeselInfo;
  /** 11 digits were given but the checksum or date is wrong. */
  invalidPesel?: string;
  postalCode?: string;
  birthDate?: string;
  yesNo?: YesNo;
  name?: PersonName;
  address?: Address;
}

export interface Extraction {
  /** The entity the dialog asked for (`expect`), or null when it was not found. */
  value: unknown;
  entities: Entities;
}

/** Global commands recognised at any step. */
export type Command = 'help' | 'back' | 'restart' | 'stop' | 'human' | 'skip' | 'more' | 'repeat';

/** Questions the first-contact post answers from configuration, without an intake. */
export type InformationTopic =
  | 'opening_hours'
  | 'address'
  | 'contact_phone'
  | 'documents'
  | 'child_benefit_800'
  | 'family_benefits'
  | 'housing_allowance'
  | 'maintenance_fund'
  | 'large_family_card'
  | 'pfron'
  | 'foster_care'
  | 'unemployment_registration';

export interface Choice<V extends string = string> {
  value: V;
  /** Words that select this choice besides its number ("tak", "sama", "dla siebie"). */
  synonyms: string[];
}

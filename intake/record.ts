import type { Category, CrisisFlag, ReasonCode } from '../nlu';

/**
 * The intake record (karta zgłoszenia). A superset of shared/contract/intake-record.schema.json:
 * every field of the contract is here under the same name; the rest are extensions.
 */
export type Channel = 'webchat' | 'kiosk' | 'phone';
export type IntakeStatus = 'draft' | 'new' | 'accepted' | 'rerouted' | 'closed';
export type Reporter = 'self' | 'relative' | 'third_party';

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

export interface IntakeRecord {
  id: string;
  reference: string;
  conversationId: string;
  channel: Channel;
  language: string;
  status: IntakeStatus;
  createdAt: string;
  updatedAt: string;
  reporter: Reporter | null;
  /** Who reported, when not the person in need (relative, neighbour, school, police). */
  reporterContact: { name: string | null; phone: string | null; relation: string | null } | null;
  /** The person in need. */
  applicant: {
    firstName: string | null;
    lastName: string | null;
    pesel: string | null;
    birthDate: string | null;
    age: number | null;
    phone: string | null;
    email: string | null;
    address: Address | null;
  };
  household: { size: number | null };
  income: { monthlyNet: number | null; perPerson: number | null; criterion: number | null; belowCriterion: boolean | null };
  problem: {
    description: string;
    category: Category;
    confidence: number;
    reasons: ReasonCode[];
    explanation: string;
    /** What the classifier said before the resident confirmed or corrected it. */
    suggestedCategory: Category | null;
    confirmedByResident: boolean;
  };
  /** What the chosen team needs to know (per category). */
  needs: {
    benefitKinds: string[];
    careFor: string | null;
    careHelp: string[];
    currentHelp: string | null;
    details: string | null;
  };
  urgency: { urgent: boolean; flags: CrisisFlag[]; evidence: string[] };
  team: string;
  consent: { informed: boolean; at: string | null };
  territory: { inside: boolean | null; note: string | null };
  /** Fields the resident skipped on purpose, and fields left empty after invalid answers. */
  skipped: string[];
  missing: string[];
  humanRequested: boolean;
  /** The number a phone call came from (caller ID), kept for a call back even when no number was said. */
  callerNumber: string | null;
  /** Working-day deadline for the community interview (YYYY-MM-DD). */
  dueBy: string | null;
  transcript: { from: 'resident' | 'bot' | 'worker'; text: string; at: string }[];
}

/**
 * Marks a record urgent. An urgent record goes to the first-contact inbox at once (status `new`), not
 * after the conversation ends: someone in danger must not wait in the drafts.
 */
export function markUrgent(record: IntakeRecord, flags: IntakeRecord['urgency']['flags'], evidence: string[]): void {
  record.urgency = {
    urgent: true,
    flags: [...new Set([...record.urgency.flags, ...flags])],
    evidence: [...new Set([...record.urgency.evidence, ...evidence])],
  };
  if (record.status === 'draft') record.status = 'new';
}

export function emptyRecord(init: { id: string; reference: string; conversationId: string; channel: Channel; now: Date; team: string }): IntakeRecord {
  const at = init.now.toISOString();
  return {
    id: init.id,
    reference: init.reference,
    conversationId: init.conversationId,
    channel: init.channel,
    language: 'pl',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    reporter: null,
    reporterContact: null,
    applicant: { firstName: null, lastName: null, pesel: null, birthDate: null, age: null, phone: null, email: null, address: null },
    household: { size: null },
    income: { monthlyNet: null, perPerson: null, criterion: null, belowCriterion: null },
    problem: { description: '', category: 'information', confidence: 0, reasons: [], explanation: '', suggestedCategory: null, confirmedByResident: false },
    needs: { benefitKinds: [], careFor: null, careHelp: [], currentHelp: null, details: null },
    urgency: { urgent: false, flags: [], evidence: [] },
    team: init.team,
    consent: { informed: false, at: null },
    territory: { inside: null, note: null },
    skipped: [],
    missing: [],
    humanRequested: false,
    callerNumber: null,
    dueBy: null,
    transcript: [],
  };
}

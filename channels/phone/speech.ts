import type { Activity } from 'botbuilder';
import { extract, matchChoice, normalise } from '../../nlu';
import { PHRASES } from './phrases';

/** Positions 1–9 of a list read to the caller, as choices with no words of their own. */
const LIST_POSITIONS = Array.from({ length: 9 }, (_, i) => ({ value: String(i), synonyms: [] as string[] }));

/** The question hints the bot puts in channelData.pk (see dialogs/prompts.ts). */
export interface PromptHints {
  step: string;
  sub: string | null;
  expect: string | null;
  keypad: boolean;
  optional: boolean;
  allowFreeText: boolean;
  choices: { value: string; title: string }[];
}

/** One reply to the telephony gateway: what to say, and how to listen next. */
export interface Spoken {
  /** Readable text (for logs and displays), digits grouped as the bot wrote them. */
  text: string;
  /** Plain text for a text-to-speech engine without SSML: long digit runs spaced one by one. */
  speech: string;
  /** The same as SSML 1.1, Polish. */
  ssml: string;
  /** 'choice': one key picks an option; 'number': digits then #; null: speech only. */
  expectDigits: 'choice' | 'number' | null;
  /** How many keys at most (1 for a choice, 9 for a phone number, 11 for PESEL). */
  maxDigits: number | null;
  /** Options as read, key → title. */
  choices: { digit: string; title: string }[];
  hangup: boolean;
}

/** The value of the "Pomiń" option the bot adds to optional questions. */
const SKIP = '__skip';

/** Questions whose answer is naturally typed as digits on the keypad. */
const DIGIT_EXPECTS = new Set(['phone', 'pesel', 'age', 'householdSize', 'monthlyIncome']);
const MAX_DIGITS: Record<string, number> = { phone: 9, pesel: 11, age: 3, householdSize: 2, monthlyIncome: 6 };

export function expectsDigits(pk: PromptHints | null): boolean {
  return !!pk && (pk.keypad || (pk.expect !== null && DIGIT_EXPECTS.has(pk.expect)));
}

/** "jeden", "numer dwa", "trzecia", "4" → 0-based index; anything longer is not a pick. */
export function spokenIndex(text: string): number | null {
  // The NLU's own choice matcher: digits, number words, ordinals ("numer dwa", "ta druga").
  const picked = matchChoice(text, LIST_POSITIONS);
  return picked === null ? null : Number(picked);
}

/** Yes/no for the channel's own questions (confirming a transcript, the caller's number). */
export function yesNo(text: string): 'yes' | 'no' | null {
  const answer = extract(text, 'yesNo').value;
  return answer === 'yes' || answer === 'no' ? answer : null;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}

/** Runs of digits (grouped by spaces or dashes) long enough to be a number to note down: phone, PESEL, reference. */
const DIGIT_RUN = /\d+(?:[ -]\d+)*/g;
const isLongRun = (run: string) => run.replace(/\D/g, '').length >= 6;

/** "601 222 333" → "6 0 1, 2 2 2, 3 3 3": said one by one, with a pause between groups. */
export function spacedDigits(text: string): string {
  return forEar(text).replace(DIGIT_RUN, (run) => (isLongRun(run) ? run.split(/[ -]/).map((g) => g.split('').join(' ')).join(', ') : run));
}

/** "PK-2026-000123": the dash would be read as "minus". */
const forEar = (text: string) => text.replace(/\b([A-Z]{2})-(?=\d)/g, '$1 ');

function ssmlLine(text: string): string {
  const line = forEar(text);
  let out = '';
  let last = 0;
  for (const m of line.matchAll(DIGIT_RUN)) {
    if (!isLongRun(m[0])) continue;
    out += escapeXml(line.slice(last, m.index));
    const groups = m[0].split(/[ -]/).map((g) => `<say-as interpret-as="characters">${g.split('').join(' ')}</say-as>`);
    out += groups.join('<break time="300ms"/>');
    last = (m.index ?? 0) + m[0].length;
  }
  return out + escapeXml(line.slice(last));
}

/** Bot text written for a screen → sentences for the ear (bullets and line breaks become full stops). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.replace(/^\s*[•*-]\s*/, '').trim())
    .filter(Boolean)
    .map((l) => (/[.?!:…]$/.test(l) ? l : `${l}.`));
}

/** The numbered list of options, short: "Proszę powiedzieć albo nacisnąć numer: 1 – Tak; 2 – Nie." */
export function choiceList(pk: PromptHints): string {
  return `${PHRASES.choicesIntro} ${pk.choices.map((c, i) => `${i + 1} – ${c.title}`).join('; ')}.`;
}

export function toSsml(lines: string[]): string {
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="pl-PL">${lines
    .map((l) => `<s>${ssmlLine(l)}</s>`)
    .join('<break time="400ms"/>')}</speak>`;
}

/** Lines to say → everything the gateway needs. */
/** Written "Pan/Pani", "Panem/Panią", "sam/sama" read aloud as "Pan lub Pani" (a slash is not spoken). */
export function forSpeech(line: string): string {
  return line.replace(/\b(Pan\p{L}*|sam\p{L}*)\/(Pani\p{L}*|sam\p{L}*)/gu, '$1 lub $2');
}

export function spoken(lines: string[], pk: PromptHints | null, hangup: boolean): Spoken {
  const digits = !hangup && expectsDigits(pk);
  const choices = !hangup && pk && !digits ? pk.choices.map((c, i) => ({ digit: String(i + 1), title: c.title })) : [];
  return {
    text: lines.join(' '),
    speech: lines.map((l) => spacedDigits(forSpeech(l))).join(' '),
    ssml: toSsml(lines.map(forSpeech)),
    expectDigits: digits ? 'number' : choices.length ? 'choice' : null,
    // Ten or more options (a long summary) take two keys.
    maxDigits: digits ? (MAX_DIGITS[pk?.expect ?? ''] ?? null) : choices.length ? String(choices.length).length : null,
    choices,
    hangup,
  };
}

/**
 * The bot's messages of one turn, rendered for the phone. The question (the activity with
 * channelData.pk) gets its options read as a numbered list; no question means the bot is done.
 */
export function renderTurn(activities: Partial<Activity>[], prefix: string[] = []): { spoken: Spoken; pk: PromptHints | null; question: string[] } {
  const messages = activities.filter((a) => a.type === 'message' && (a.text ?? '').trim());
  const asking = [...messages].reverse().find((a) => a.channelData?.pk);
  const pk = (asking?.channelData?.pk as PromptHints | undefined) ?? null;
  const lines: string[] = [...prefix];
  let question: string[] = [];
  for (const a of messages) {
    const said = sentences(a.text ?? '');
    if (a === asking) question = said;
    else lines.push(...said);
  }
  if (pk) {
    const onlySkip = pk.choices.length === 1 && pk.choices[0].value === SKIP;
    const skipSaid = onlySkip && question.some((l) => normalise(l).folded.includes('pominac'));
    if (expectsDigits(pk)) question.push(...(onlySkip && !skipSaid ? [PHRASES.skipHintSpoken] : []), PHRASES.digitsHint);
    else if (onlySkip) question.push(PHRASES.skipHint);
    else if (pk.choices.length) question.push(choiceList(pk));
  }
  return { spoken: spoken([...lines, ...question], pk, !pk), pk, question };
}

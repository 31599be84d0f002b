import type { Activity } from 'botbuilder';
import { detectCrisis } from '../../nlu';
import type { ServerContext } from '../../server/context';
import { PHRASES } from './phrases';
import { expectsDigits, renderTurn, spoken, spokenIndex, yesNo, type PromptHints, type Spoken } from './speech';

export interface PhoneOptions {
  /** Transcripts below this confidence are read back before use. */
  minConfidence: number;
  /** Calls silent for longer than this are forgotten (the conversation itself stays in the database). */
  idleMinutes: number;
}

export const DEFAULT_PHONE_OPTIONS: PhoneOptions = { minConfidence: 0.5, idleMinutes: 120 };

export interface Transcript {
  text: string;
  confidence?: number | null;
  /** The recogniser's n-best list after the first, best first. */
  alternatives?: { text: string; confidence?: number | null }[];
}

export interface PhoneReply extends Spoken {
  callId: string;
}

/** What the channel remembers about one call between webhooks. Only in memory; the bot keeps the rest. */
interface Call {
  id: string;
  /** National 9-digit number, or null when withheld. */
  caller: string | null;
  /** The bot's question while the channel asks its own (the caller-number offer). */
  botQuestion: string[];
  pk: PromptHints | null;
  /** The current question as said, to repeat after silence or a "no". */
  question: string[];
  silences: number;
  /** A low-confidence transcript waiting for "tak"/"nie": the candidates, best first. */
  confirming: string[] | null;
  /** Waiting for "may a worker call back this number?". */
  offeringCallerNumber: boolean;
  offeredCallerNumber: boolean;
  ended: boolean;
  seen: number;
}

/** "+48 601-222-333" → "601222333"; other countries and withheld numbers → null. */
export function nationalNumber(from: string | null | undefined): string | null {
  const digits = (from ?? '').replace(/[^\d+]/g, '').replace(/^\+?48(?=\d{9}$)/, '').replace(/^0048(?=\d{9}$)/, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

export const validCallId = (id: unknown): id is string => typeof id === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(id);

/**
 * The phone conversation around the bot: one call = one conversation (id = call id, channel 'phone').
 * Speech and keys come in, the bot's turn goes out as text + SSML. The telephone-only behaviour lives
 * here: options by number, read-back of unsure transcripts, silence, the caller's own number.
 */
export class PhoneCalls {
  private readonly calls = new Map<string, Call>();

  constructor(private readonly ctx: ServerContext, private readonly options: PhoneOptions = DEFAULT_PHONE_OPTIONS) {}

  async start(callId: string, from?: string | null): Promise<PhoneReply> {
    this.sweep();
    const call = this.fresh(callId, nationalNumber(from));
    this.calls.set(callId, call);
    return this.toBot(call, { type: 'conversationUpdate', membersAdded: [{ id: 'caller', name: 'caller' }] });
  }

  async speech(callId: string, heard: Transcript): Promise<PhoneReply> {
    const call = this.call(callId);
    if (call.ended) return this.reply(call, spoken([PHRASES.callEnded], null, true));
    const text = (heard.text ?? '').trim();
    if (!text) return this.silence(callId);
    call.silences = 0;

    if (call.confirming) {
      const candidates = call.confirming;
      call.confirming = null;
      const pick = spokenIndex(text);
      const answer = yesNo(text);
      if (answer === 'yes' || pick === 0) return this.answer(call, candidates[0]);
      if (pick === 1 && candidates[1]) return this.answer(call, candidates[1]);
      if (answer === 'no') return this.reply(call, spoken([PHRASES.repeatPlease, ...call.question], call.pk, false));
      // Something else entirely: take it as a new answer.
    }
    const confidence = heard.confidence ?? 1;
    const alternatives = (heard.alternatives ?? []).map((a) => a.text.trim()).filter(Boolean);
    // Danger is never held back for a read-back: if any hypothesis sounds like a crisis, the bot hears it now.
    const alarming = [text, ...alternatives].find((candidate) => detectCrisis(candidate).urgent);
    if (alarming) return this.answer(call, alarming);
    if (confidence < this.options.minConfidence) {
      const second = alternatives.find((t) => t !== text);
      call.confirming = second ? [text, second] : [text];
      const say = second ? PHRASES.confirmTwo(text, second) : PHRASES.confirmOne(text);
      return this.reply(call, { ...spoken([say], null, false), expectDigits: 'choice', maxDigits: 1, choices: [] });
    }
    return this.answer(call, text);
  }

  async digits(callId: string, keys: string): Promise<PhoneReply> {
    const call = this.call(callId);
    if (call.ended) return this.reply(call, spoken([PHRASES.callEnded], null, true));
    const digits = keys.replace(/[^0-9*]/g, '');
    if (!digits) return this.silence(callId);
    call.silences = 0;
    if (call.confirming) {
      const candidates = call.confirming;
      call.confirming = null;
      if (digits === '1') return this.answer(call, candidates[0]);
      if (digits === '2' && candidates[1]) return this.answer(call, candidates[1]);
      return this.reply(call, spoken([PHRASES.repeatPlease, ...call.question], call.pk, false));
    }
    if (call.offeringCallerNumber) return this.answer(call, digits === '1' ? 'tak' : digits === '2' ? 'nie' : digits);
    if (expectsDigits(call.pk)) return this.toBot(call, this.message(call, digits.replace(/\*/g, '')));
    const choices = call.pk?.choices ?? [];
    const n = Number(digits);
    if (choices.length && Number.isInteger(n) && n >= 1 && n <= choices.length) return this.toBot(call, this.message(call, choices[n - 1].title));
    return this.reply(call, spoken([PHRASES.noSuchOption, ...call.question], call.pk, false));
  }

  /** The caller said nothing. Twice in a row: the bot keeps what is known and flags it for a worker. */
  async silence(callId: string): Promise<PhoneReply> {
    const call = this.call(callId);
    if (call.ended) return this.reply(call, spoken([PHRASES.callEnded], null, true));
    call.silences++;
    if (call.silences < 2) return this.reply(call, spoken([PHRASES.noInput, ...call.question], call.pk, false));
    const activities = await this.run(call, this.message(call, PHRASES.toHumanCommand));
    const rendered = renderTurn(activities);
    // The bot keeps the caller's number on the record (callerNumber) with the request for a person.
    const callback = call.caller ? PHRASES.callbackCaller : PHRASES.callbackNoNumber;
    const lines = [PHRASES.noInput, rendered.spoken.text, callback].filter(Boolean);
    call.ended = true;
    return this.reply(call, spoken(lines, null, true));
  }

  /** The caller hung up: what the bot saved so far stays as a draft, with the number the call came from. */
  async hangup(callId: string): Promise<void> {
    const call = this.calls.get(callId);
    if (!call) return;
    this.calls.delete(callId);
    // Queued behind any turn still running for this call, so the bot's own save cannot come after ours.
    await this.run(call, { type: 'event', name: 'phone.hangup' });
  }

  /** How many calls are in progress (for tests and health). */
  get size(): number {
    return this.calls.size;
  }

  private async answer(call: Call, text: string): Promise<PhoneReply> {
    if (call.offeringCallerNumber) {
      call.offeringCallerNumber = false;
      const answer = yesNo(text);
      if (answer === 'yes' && call.caller) return this.useCallerNumber(call);
      // "No": the bot's own question, to dictate another number (or skip).
      if (answer === 'no') {
        call.question = call.botQuestion;
        return this.reply(call, spoken(call.botQuestion, call.pk, false));
      }
      // A number said straight away: the bot takes it as the answer to its own question.
    }
    const pick = call.pk && !expectsDigits(call.pk) && call.pk.choices.length ? spokenIndex(text) : null;
    if (pick !== null && call.pk && pick < call.pk.choices.length) text = call.pk.choices[pick].title;
    return this.toBot(call, this.message(call, text));
  }

  /** The caller agreed: the number goes to the bot, and its read-back is answered for them. */
  private async useCallerNumber(call: Call): Promise<PhoneReply> {
    let activities = await this.run(call, this.message(call, call.caller as string));
    const asked = renderTurn(activities).pk;
    if (asked?.step === 'phone' && asked.sub === 'confirm') activities = await this.run(call, this.message(call, 'tak'));
    return this.render(call, activities, [PHRASES.callerNumberKept]);
  }

  private async toBot(call: Call, activity: Partial<Activity>): Promise<PhoneReply> {
    return this.render(call, await this.run(call, activity));
  }

  private render(call: Call, activities: Partial<Activity>[], prefix: string[] = []): PhoneReply {
    const { spoken: out, pk, question } = renderTurn(activities, prefix);
    call.pk = pk;
    call.question = question;
    if (!pk) call.ended = true;
    // The phone question: offer the number the call comes from instead of asking to dictate one.
    if (pk?.step === 'phone' && pk.sub === null && call.caller && !call.offeredCallerNumber) {
      call.offeredCallerNumber = true;
      call.offeringCallerNumber = true;
      call.botQuestion = question;
      call.question = [PHRASES.callerNumberAsk];
      const before = renderTurn(activities.filter((a) => !a.channelData?.pk), prefix).spoken.text;
      return this.reply(call, { ...spoken([before, PHRASES.callerNumberAsk].filter(Boolean), null, false), expectDigits: 'choice', maxDigits: 1, choices: [] });
    }
    return this.reply(call, out);
  }

  private async run(call: Call, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const out: Partial<Activity>[] = [];
    await this.ctx.adapter.receive(
      {
        ...activity,
        channelId: 'phone',
        conversation: { id: call.id } as Activity['conversation'],
        from: { id: 'caller', name: 'caller' },
        // The bot keeps the number the call came from on the record (callerNumber), for a call back.
        channelData: { ...(activity.channelData ?? {}), callerNumber: call.caller },
      },
      (a) => {
        out.push(a);
      },
    );
    return out;
  }

  private message(_call: Call, text: string): Partial<Activity> {
    return { type: 'message', text };
  }

  private reply(call: Call, s: Spoken): PhoneReply {
    call.seen = Date.now();
    if (s.hangup) call.ended = true;
    return { callId: call.id, ...s };
  }

  private call(callId: string): Call {
    let call = this.calls.get(callId);
    if (!call) {
      // A restarted server, or a gateway that skipped "start": the bot resumes from its saved state.
      call = this.fresh(callId, null);
      this.calls.set(callId, call);
    }
    return call;
  }

  private fresh(id: string, caller: string | null): Call {
    return { id, caller, pk: null, question: [], botQuestion: [], silences: 0, confirming: null, offeringCallerNumber: false, offeredCallerNumber: false, ended: false, seen: Date.now() };
  }

  private sweep(): void {
    const limit = Date.now() - this.options.idleMinutes * 60_000;
    for (const [id, c] of this.calls) if (c.seen < limit) this.calls.delete(id);
  }
}

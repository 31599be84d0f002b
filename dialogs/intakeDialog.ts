import { type DialogContext, type DialogTurnResult, Dialog } from 'botbuilder-dialogs';
import { ActivityTypes } from 'botbuilder';
import { t } from '../bot/i18n';
import type { BotServices } from '../bot/services';
import { addWorkingDays, emptyRecord, nextOpening, teamFor, warsawTime, type Channel, type IntakeRecord } from '../intake';
import { matchChoice, normalise, type Command } from '../nlu';
import { ALL_STEP_IDS, nextStep, stepById, stepsOf } from './flow';
import { InterruptibleDialog, MAX_MESSAGE } from './interruptibleDialog';
import { promptActivity } from './prompts';
import type { ChoiceOption, IntakeState, StepId } from './state';
import type { Outcome, StepContext } from './steps/step';
import { pickChoice } from './steps/common';
import { FORGET_CONVERSATION } from '../bot/transcriptMiddleware';

export const INTAKE_DIALOG = 'intake';
/** Invalid answers re-asked at most this many times; then the field is noted as missing. */
export const MAX_REASKS = 2;
const SKIP = '__skip';
/** Questions whose answer may itself describe the danger (the description and detail questions). */
const TAKES_FREE_TEXT = new Set<StepId>(['problem', 'socialDetails', 'careSituation', 'currentHelp', 'relation']);

export function newState(channel: Channel): IntakeState {
  return {
    step: 'consent',
    sub: null,
    history: [],
    retries: 0,
    returnToSummary: false,
    confirmingStop: false,
    channel,
    consentAt: null,
    announcedFlags: [],
    pendingValue: null,
    record: null,
    finished: false,
  };
}

/**
 * The whole first-contact conversation as one dialog driving small step objects (dialogs/steps).
 * One engine rather than nested waterfalls so that "cofnij", re-asking, skipping and correcting a
 * field from the summary work the same way for every question.
 */
export class IntakeDialog extends InterruptibleDialog {
  constructor(services: BotServices) {
    super(INTAKE_DIALOG, services);
  }

  override async beginDialog(dc: DialogContext, options?: { channel?: Channel; text?: string }): Promise<DialogTurnResult> {
    const state = newState(options?.channel ?? 'webchat');
    dc.activeDialog!.state = state;
    const c = this.services.config;
    await dc.context.sendActivity(t('greeting.hello', { centre: c.shortName }));
    // Someone in danger may say so before anything else.
    if (options?.text) await this.checkCrisis(dc, state, options.text);
    await dc.context.sendActivity(t('greeting.whoAmI'));
    await dc.context.sendActivity(t('greeting.gdprShort', { centre: c.shortName }));
    await this.ask(dc, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as IntakeState;
    await this.refreshRecord(state);
    let text = (activity.text ?? '').normalize('NFC').trim();
    if (!text) {
      await dc.context.sendActivity(t('input.empty'));
      await this.ask(dc, state);
      return Dialog.EndOfTurn;
    }
    if (text.length > MAX_MESSAGE) text = text.slice(0, MAX_MESSAGE);
    const crisis = await this.checkCrisis(dc, state, text);
    if (crisis && state.step === 'consent') state.earlyText = state.earlyText ? `${state.earlyText}\n${text}` : text;
    if (crisis && !TAKES_FREE_TEXT.has(state.step)) {
      // Words about danger are not an answer to "what is your name?": keep them in the transcript and ask again.
      await dc.context.sendActivity(t('crisis.continue'));
      await this.ask(dc, state);
      return Dialog.EndOfTurn;
    }

    if (state.confirmingStop) return this.finishStop(dc, state, text);
    const command = this.commandAt(state, text);
    if (command) {
      const result = await this.handleCommand(dc, state, command);
      if (result) return result;
    }
    const step = stepById(state.step);
    const outcome = await step.handle(text, this.stepContext(dc, state));
    return this.apply(dc, state, outcome);
  }

  /**
   * Commands, and the "Pomiń" button of an optional question. The button's number counts only where
   * the question itself offers choices: "1" answering "how many people?" is one person, not "skip".
   */
  private commandAt(state: IntakeState, text: string): Command | null {
    const step = stepById(state.step);
    const said = normalise(text).folded;
    // "pracownik socjalny ze szpitala" answering "Kim Pan/Pani jest dla tej osoby?" is an answer.
    if (TAKES_FREE_TEXT.has(state.step) && /socjaln/.test(said)) return null;
    // "Pomocy!" when asked what the matter is: a cry for help, not a question about the commands.
    if (state.step === 'problem' && state.sub === null && /^pomocy\b/.test(said)) return null;
    const own = this.choicesShown(state).filter((c) => c.value !== SKIP);
    // An answer that picks one of the question's own choices is an answer, not a command.
    if (own.length > 0 && pickChoice(text, own) !== null && !this.command(text)?.match(/^(help|stop|human|restart)$/)) return null;
    if (step.optional && state.sub === null) {
      const shown = this.choicesShown(state);
      const own = shown.filter((c) => c.value !== SKIP);
      if (own.length > 0 && matchChoice(text, shown) === SKIP) return 'skip';
    }
    return this.command(text);
  }

  private choicesShown(state: IntakeState): ChoiceOption[] {
    const step = stepById(state.step);
    const prompt = step.prompt(this.stepContext(null, state));
    const choices = [...(prompt.choices ?? [])];
    if (step.optional && state.sub === null) choices.push({ value: SKIP, title: t('choice.skip'), synonyms: ['pomin'] });
    return choices;
  }

  private async apply(dc: DialogContext, state: IntakeState, outcome: Outcome): Promise<DialogTurnResult> {
    switch (outcome.type) {
      case 'done':
        await this.say(dc, outcome.say);
        state.retries = 0;
        if (state.step === 'summary') return this.handOff(dc, state);
        if (state.step === 'consent' && state.earlyText) {
          // The matter was told before the greeting was acknowledged: take it as the description now.
          const early = state.earlyText;
          state.earlyText = null;
          state.history.push('consent');
          this.moveTo(state, 'problem');
          return this.apply(dc, state, await stepById('problem').handle(early, this.stepContext(dc, state)));
        }
        return this.advance(dc, state);
      case 'goto':
        await this.say(dc, outcome.say);
        state.history.push(state.step);
        if (state.record) stepById(outcome.step).clear?.(state.record);
        this.moveTo(state, outcome.step);
        break;
      case 'again':
        await this.say(dc, outcome.say);
        break;
      case 'invalid':
        if (state.retries >= MAX_REASKS) {
          if (this.giveUp(state)) {
            // The talk never dead-ends: note the field as missing for the worker and go on.
            await dc.context.sendActivity(t('input.missingNoted'));
            return this.advance(dc, state);
          }
          // A question that cannot be left out: explain the ways forward and ask again.
          state.retries = 0;
          await dc.context.sendActivity(t('command.help'));
          break;
        }
        state.retries++;
        await dc.context.sendActivity(outcome.say);
        break;
      case 'end':
        await this.say(dc, outcome.say);
        await this.saveRecord(state);
        state.finished = true;
        return dc.endDialog();
    }
    await this.saveRecord(state);
    await this.ask(dc, state);
    return Dialog.EndOfTurn;
  }

  /** After the last re-ask: true when the conversation may go on without this answer (noted as missing). */
  private giveUp(state: IntakeState): boolean {
    const record = state.record;
    const step = stepById(state.step);
    const noteMissing = (field: string) => {
      if (record && !record.missing.includes(field)) record.missing.push(field);
    };
    if (step.optional) {
      noteMissing(step.id);
      return true;
    }
    if (record && state.step === 'reporter') {
      // Unknown, not guessed: the questions that follow use the neutral wording for the person in need.
      noteMissing('reporter');
      return true;
    }
    if (record && state.step === 'problem' && (state.sub === 'clarify' || state.sub === 'confirm')) {
      // Keep the classifier's suggestion; the reviewing worker sees it was not confirmed.
      noteMissing('problem.category');
      state.sub = null;
      return true;
    }
    return false;
  }

  private async advance(dc: DialogContext, state: IntakeState): Promise<DialogTurnResult> {
    state.history.push(state.step);
    let next = nextStep(state.step, state);
    if (state.returnToSummary) {
      // After a correction, ask only what the change made newly relevant, then the summary again.
      next = stepsOf(state).find((s) => !state.history.includes(s) && s !== state.step) ?? 'summary';
    }
    this.moveTo(state, next);
    if (next === 'summary') this.dropInapplicable(state);
    await this.saveRecord(state);
    await this.ask(dc, state);
    return Dialog.EndOfTurn;
  }

  /** After a correction changed the category or the reporter, answers to questions no longer asked are dropped. */
  private dropInapplicable(state: IntakeState): void {
    const record = state.record;
    if (!record) return;
    const asked = new Set(stepsOf(state));
    for (const id of ALL_STEP_IDS) if (!asked.has(id)) stepById(id).clear?.(record);
  }

  private moveTo(state: IntakeState, step: StepId): void {
    state.step = step;
    state.sub = null;
    state.retries = 0;
    state.pendingValue = null;
    if (step === 'summary') state.returnToSummary = false;
  }

  private async ask(dc: DialogContext, state: IntakeState): Promise<void> {
    const step = stepById(state.step);
    const prompt = step.prompt(this.stepContext(dc, state));
    const optional = step.optional && state.sub === null;
    const choices = this.choicesShown(state);
    await dc.context.sendActivity(promptActivity({ ...prompt, choices }, state.step, state.sub, optional));
  }

  private async say(dc: DialogContext, lines?: string[]): Promise<void> {
    for (const line of lines ?? []) await dc.context.sendActivity(line);
  }

  private stepContext(dc: DialogContext | null, state: IntakeState): StepContext {
    return {
      state,
      services: this.services,
      t,
      now: this.services.now(),
      ensureRecord: () => {
        if (!dc) throw new Error('ensureRecord needs a turn');
        return this.ensureRecord(dc, state);
      },
      forgetConversation: () => {
        if (!dc) throw new Error('forgetConversation needs a turn');
        return this.forgetConversation(dc, state);
      },
    };
  }

  /**
   * The database holds the record; the dialog's copy may be stale when a worker has acted on it
   * meanwhile (taken it, corrected a field, changed its status). Start every turn from the stored one.
   */
  private async refreshRecord(state: IntakeState): Promise<void> {
    if (!state.record) return;
    const stored = await this.services.intakes.get(state.record.id);
    if (stored) state.record = stored;
  }

  /** The resident asked to delete what they gave: the record, its transcript and every channel's copy. */
  private async forgetConversation(dc: DialogContext, state: IntakeState): Promise<void> {
    const record = state.record;
    if (record) {
      await this.services.intakes.delete(record.id);
      await this.services.audit.forget(record.id);
      await this.services.audit.record('bot', 'intake.deleted.by_resident', record.id);
      state.record = null;
    }
    dc.context.turnState.set(FORGET_CONVERSATION, true);
    this.services.onConversationForgotten?.(dc.context.activity.conversation.id);
  }

  protected async ensureRecord(dc: DialogContext, state: IntakeState): Promise<IntakeRecord> {
    if (state.record) return state.record;
    const now = this.services.now();
    const record = emptyRecord({
      id: this.services.newId(),
      reference: await this.services.intakes.nextReference(now),
      conversationId: dc.context.activity.conversation.id,
      channel: state.channel,
      now,
      team: teamFor(this.services.config, 'information').code,
    });
    record.consent = { informed: state.consentAt !== null, at: state.consentAt };
    record.callerNumber = callerNumberOf(dc);
    state.record = record;
    return record;
  }

  protected async saveRecord(state: IntakeState): Promise<void> {
    const record = state.record;
    if (!record) return;
    record.updatedAt = this.services.now().toISOString();
    await this.services.intakes.save(record);
    this.services.onRecordSaved?.(record.id, record.status, record.urgency.urgent);
  }

  protected async handleCommand(dc: DialogContext, state: IntakeState, command: Command): Promise<DialogTurnResult | null> {
    const step = stepById(state.step);
    switch (command) {
      case 'help':
        await dc.context.sendActivity(t('command.help'));
        break;
      case 'repeat':
        break;
      case 'more':
        if (state.step === 'consent') return null; // the consent step shows the full clause
        await dc.context.sendActivity(t('command.help'));
        break;
      case 'back':
        if (state.sub !== null) {
          if (state.record) step.clear?.(state.record);
          state.sub = null;
          state.pendingValue = null;
        } else if (state.history.length === 0) {
          await dc.context.sendActivity(t('command.backAtStart'));
          break;
        } else {
          const previous = state.history.pop()!;
          if (state.record) {
            stepById(previous).clear?.(state.record);
            state.record.skipped = state.record.skipped.filter((s) => s !== previous);
            state.record.missing = state.record.missing.filter((s) => s !== previous);
          }
          this.moveTo(state, previous);
        }
        await dc.context.sendActivity(t('command.back'));
        break;
      case 'restart':
        this.restart(state);
        await dc.context.sendActivity(t('command.restart'));
        break;
      case 'skip':
        if (!step.optional || state.sub !== null) {
          if (step.id === 'consent') {
            await dc.context.sendActivity(t('command.cannotSkipConsent'));
            break;
          }
          if (step.id === 'summary' || step.id === 'problem' || step.id === 'reporter') {
            await dc.context.sendActivity(t('command.cannotSkip'));
            break;
          }
          return null;
        }
        if (state.record) {
          step.clear?.(state.record);
          if (!state.record.skipped.includes(step.id)) state.record.skipped.push(step.id);
        }
        return this.advance(dc, state);
      case 'stop':
        if (!state.record) {
          state.finished = true;
          await dc.context.sendActivity(t('command.stoppedNothing'));
          return dc.endDialog();
        }
        state.confirmingStop = true;
        await dc.context.sendActivity(promptActivity({ text: t('command.stopAsk'), expect: 'choice', choices: stopChoices() }, state.step, 'stop', false));
        return Dialog.EndOfTurn;
      case 'human':
        return this.toHuman(dc, state);
    }
    await this.saveRecord(state);
    await this.ask(dc, state);
    return Dialog.EndOfTurn;
  }

  /** "od nowa": forget the answers but never a crisis flag, and keep the record's identity. */
  private restart(state: IntakeState): void {
    const keep = state.record;
    const consentAt = state.consentAt;
    Object.assign(state, newState(state.channel), { consentAt, announcedFlags: state.announcedFlags });
    state.step = consentAt ? 'problem' : 'consent';
    if (keep) {
      const fresh = emptyRecord({ id: keep.id, reference: keep.reference, conversationId: keep.conversationId, channel: keep.channel, now: new Date(keep.createdAt), team: keep.team });
      fresh.consent = keep.consent;
      fresh.urgency = keep.urgency;
      state.record = fresh;
    }
  }

  private async finishStop(dc: DialogContext, state: IntakeState, text: string): Promise<DialogTurnResult> {
    state.confirmingStop = false;
    const pick = pickChoice(text, stopChoices());
    const record = state.record;
    if (pick === 'keep' || pick === 'delete') {
      state.finished = true;
      if (!record) await dc.context.sendActivity(t('command.stoppedNothing'));
      else if (pick === 'keep') {
        await this.saveRecord(state);
        await this.services.audit.record('bot', 'intake.abandoned.kept', record.id);
        await dc.context.sendActivity(t('command.stoppedKept', { reference: record.reference }));
      } else if (record.urgency.urgent) {
        await this.saveRecord(state);
        await dc.context.sendActivity(t('command.stoppedUrgentKept', { reference: record.reference }));
      } else {
        await this.forgetConversation(dc, state);
        await dc.context.sendActivity(t('command.stoppedDeleted'));
      }
      return dc.endDialog();
    }
    await dc.context.sendActivity(t('command.continue'));
    await this.ask(dc, state);
    return Dialog.EndOfTurn;
  }

  /** "Chcę rozmawiać z pracownikiem": keep what is known, flag it for a person, say how to reach one. */
  private async toHuman(dc: DialogContext, state: IntakeState): Promise<DialogTurnResult> {
    const c = this.services.config;
    // A caller whose number we know gets a record even if nothing else was said: someone must call back.
    const record = state.record ?? (callerNumberOf(dc) ? await this.ensureRecord(dc, state) : null);
    if (record) {
      record.humanRequested = true;
      if (record.status === 'draft') record.status = 'new';
      await this.saveRecord(state);
      await this.services.audit.record('bot', 'intake.human_requested', record.id);
    }
    await dc.context.sendActivity(
      t(record ? 'command.human' : 'command.humanNothing', {
        reference: record ? t('command.humanReference', { reference: record.reference }) : '',
        phone: c.phone,
        room: c.firstContact.room ? `, pokój ${c.firstContact.room}` : '',
        hours: c.openingHours.text,
      }),
    );
    state.finished = true;
    return dc.endDialog();
  }

  /** The record goes to its team's queue as `new`, with a reference number and what happens next. */
  private async handOff(dc: DialogContext, state: IntakeState): Promise<DialogTurnResult> {
    const c = this.services.config;
    const record = state.record!;
    const now = this.services.now();
    // A worker may already have accepted or rerouted an urgent record while the talk went on.
    if (record.status === 'draft' || record.status === 'new') {
      record.team = teamFor(c, record.problem.category).code;
      record.status = 'new';
    }
    const team = c.teams.find((x) => x.code === record.team) ?? teamFor(c, record.problem.category);
    // Deadlines count Warsaw calendar days, whatever zone the server runs in.
    record.dueBy = addWorkingDays(warsawTime(now).day, record.urgency.urgent ? c.deadlines.urgentWorkingDays : c.deadlines.normalWorkingDays);
    const opening = nextOpening(c, now);
    await this.saveRecord(state);
    await this.services.audit.record('bot', 'intake.submitted', record.id, { team: team.code, urgent: record.urgency.urgent });
    const phone = record.applicant.phone ?? record.reporterContact?.phone;
    const lines = [
      t('handoff.saved', { reference: record.reference }),
      t('handoff.team', { team: team.name, rooms: team.rooms.length ? ` (pokój ${team.rooms.join(' lub ')})` : '' }),
      record.urgency.urgent
        ? opening.openNow
          ? t('handoff.nextUrgent')
          : t('handoff.nextUrgentClosed', { when: opening.text })
        : t(record.reporter === 'self' ? 'handoff.next' : 'handoff.nextOther', { date: record.dueBy.split('-').reverse().join('.') }),
      ...(phone ? [] : [t('handoff.nextNoContact')]),
      t('handoff.hours', { hours: c.openingHours.text, phone: c.phone, room: c.firstContact.room ? `, pokój ${c.firstContact.room}` : '' }),
      t('handoff.goodbye'),
    ];
    await this.say(dc, lines);
    state.finished = true;
    return dc.endDialog({ reference: record.reference, recordId: record.id });
  }
}

/** The caller ID, trusted only from our own phone channel (a web client could send anything). */
function callerNumberOf(dc: DialogContext): string | null {
  if (dc.context.activity.channelId !== 'phone') return null;
  const n = (dc.context.activity.channelData as { callerNumber?: unknown } | undefined)?.callerNumber;
  return typeof n === 'string' && /^\d{9}$/.test(n) ? n : null;
}

function stopChoices(): ChoiceOption[] {
  return [
    { value: 'keep', title: t('command.stopKeep'), synonyms: ['tak', 'zachowaj', 'zostaw'] },
    { value: 'delete', title: t('command.stopDelete'), synonyms: ['nie', 'usun', 'skasuj'] },
    { value: 'continue', title: t('command.stopContinue'), synonyms: ['wroc', 'dalej', 'kontynuuj'] },
  ];
}

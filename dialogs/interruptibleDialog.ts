import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { t } from '../bot/i18n';
import type { BotServices } from '../bot/services';
import { markUrgent } from '../intake';
import { detectCrisis, matchCommand, type Command } from '../nlu';
import { crisisMessages } from './crisisResponse';
import type { IntakeState } from './state';

/** Messages longer than this are cut before anything else looks at them. */
export const MAX_MESSAGE = 5000;

/**
 * Interruptions that apply at every step, in one place (like the Bot Framework samples'
 * CancelAndHelpDialog): crisis detection on every message first, then global commands.
 */
export abstract class InterruptibleDialog extends Dialog<{ channel?: IntakeState['channel']; text?: string }> {
  protected constructor(id: string, protected readonly services: BotServices) {
    super(id);
  }

  /** Crisis: helplines at once (each flag once), record marked urgent and saved even if the talk ends here. */
  protected async checkCrisis(dc: DialogContext, state: IntakeState, text: string): Promise<boolean> {
    const crisis = detectCrisis(text);
    if (!crisis.urgent) return false;
    const record = await this.ensureRecord(dc, state);
    markUrgent(record, crisis.flags, crisis.evidence);
    const fresh = crisis.flags.filter((f) => !state.announcedFlags.includes(f));
    if (fresh.length > 0) {
      state.announcedFlags.push(...fresh);
      for (const line of crisisMessages(fresh, this.services.config, t, this.services.now())) await dc.context.sendActivity(line);
    }
    await this.saveRecord(state);
    return true;
  }

  protected command(text: string): Command | null {
    return text.length <= 60 ? matchCommand(text) : null;
  }

  protected abstract ensureRecord(dc: DialogContext, state: IntakeState): Promise<NonNullable<IntakeState['record']>>;
  protected abstract saveRecord(state: IntakeState): Promise<void>;
  protected abstract handleCommand(dc: DialogContext, state: IntakeState, command: Command): Promise<DialogTurnResult | null>;
}

import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { INTAKE_DIALOG, IntakeDialog } from '../dialogs/intakeDialog';
import type { BotServices } from './services';
import { channelOf } from './channel';

/**
 * The one bot behind every channel. It only starts or continues the intake dialog and saves state
 * after each turn, so a restart of the process resumes each conversation at the same question.
 */
export class IntakeBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly conversationState: ConversationState, services: BotServices) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(new IntakeDialog(services));

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
      if (joined) await this.drive(context, false);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.drive(context, true);
      await next();
    });
  }

  private async drive(context: TurnContext, isMessage: boolean): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) {
      if (isMessage) await dc.continueDialog();
    } else {
      await dc.beginDialog(INTAKE_DIALOG, {
        channel: channelOf(context.activity.channelId),
        text: isMessage ? context.activity.text : undefined,
      });
    }
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import type { Sender, TranscriptRepository } from '../storage';

/** Set in a turn's state when the resident asked to erase the conversation: its transcript goes too. */
export const FORGET_CONVERSATION = Symbol('forgetConversation');

/**
 * Writes every message in and out to the transcript, in order, in one insert at the end of the turn
 * (the turn's state and record are saved then too). botbuilder's TranscriptLoggerMiddleware logs
 * without awaiting, which may reorder lines.
 */
export class TranscriptMiddleware implements Middleware {
  constructor(private readonly transcripts: TranscriptRepository) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const lines: { sender: Sender; text: string; at: Date }[] = [];
    if (context.activity.type === ActivityTypes.Message && context.activity.text) {
      lines.push({ sender: 'resident', text: context.activity.text, at: new Date() });
    }
    context.onSendActivities(async (_ctx, activities: Partial<Activity>[], sendNext) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.Message && a.text) lines.push({ sender: 'bot', text: a.text, at: new Date() });
      }
      return sendNext();
    });
    try {
      await next();
    } finally {
      if (context.turnState.get(FORGET_CONVERSATION)) await this.transcripts.deleteConversation(conversationId);
      // Even a failed turn keeps what the resident said.
      else if (lines.length) await this.transcripts.appendMany(conversationId, lines);
    }
  }
}

import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import type { TranscriptRepository } from '../storage';

/**
 * Writes every message in and out to the transcript, in order, before the turn goes on.
 * (botbuilder's TranscriptLoggerMiddleware logs without awaiting, which may reorder lines.)
 */
export class TranscriptMiddleware implements Middleware {
  constructor(private readonly transcripts: TranscriptRepository) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation.id;
    if (context.activity.type === ActivityTypes.Message && context.activity.text) {
      await this.transcripts.append(conversationId, 'resident', context.activity.text);
    }
    context.onSendActivities(async (_ctx, activities: Partial<Activity>[], sendNext) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.Message && a.text) await this.transcripts.append(conversationId, 'bot', a.text);
      }
      return sendNext();
    });
    await next();
  }
}

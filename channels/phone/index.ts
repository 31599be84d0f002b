import type { ServerContext } from '../../server/context';
import { DEFAULT_PHONE_OPTIONS, PhoneCalls, type PhoneOptions } from './calls';
import { twimlWebhook } from './twiml';
import { jsonWebhook } from './webhook';

export { PhoneCalls, nationalNumber, type PhoneReply, type Transcript, type PhoneOptions } from './calls';
export { renderTurn, spacedDigits, escapeXml, spokenIndex, yesNo, type Spoken } from './speech';
export { toTwiml } from './twiml';

export const PHONE_BASE = '/api/phone';

/**
 * Phone: a JSON webhook for a telephony gateway (/api/phone/calls…) and a Twilio-compatible TwiML
 * adapter (/api/phone/twiml/…), both on the same calls and the same bot (channelId 'phone').
 */
export async function mountPhone(ctx: ServerContext, options: Partial<PhoneOptions> = {}): Promise<PhoneCalls> {
  const fromEnv = Number(process.env.PHONE_MIN_CONFIDENCE);
  const calls = new PhoneCalls(ctx, {
    ...DEFAULT_PHONE_OPTIONS,
    ...(Number.isFinite(fromEnv) && process.env.PHONE_MIN_CONFIDENCE ? { minConfidence: fromEnv } : {}),
    ...options,
  });
  ctx.app.use(PHONE_BASE, jsonWebhook(calls));
  ctx.app.use(`${PHONE_BASE}/twiml`, twimlWebhook(calls, `${PHONE_BASE}/twiml`));
  return calls;
}

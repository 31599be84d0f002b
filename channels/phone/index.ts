import type { ServerContext } from '../../server/context';
import { DEFAULT_PHONE_OPTIONS, PhoneCalls, type PhoneOptions } from './calls';
import { gatewayAuth } from './auth';
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
export async function mountPhone(ctx: ServerContext, options: Partial<PhoneOptions> & { token?: string } = {}): Promise<PhoneCalls> {
  const fromEnv = Number(ctx.env.PHONE_MIN_CONFIDENCE);
  const { token: _token, ...phoneOptions } = options;
  const calls = new PhoneCalls(ctx, {
    ...DEFAULT_PHONE_OPTIONS,
    ...(Number.isFinite(fromEnv) && ctx.env.PHONE_MIN_CONFIDENCE ? { minConfidence: fromEnv } : {}),
    ...phoneOptions,
  });
  // PHONE_WEBHOOK_TOKEN and PHONE_MIN_CONFIDENCE: docs/phone-gateway.md.
  ctx.app.use(PHONE_BASE, gatewayAuth(options.token ?? ctx.env.PHONE_WEBHOOK_TOKEN), jsonWebhook(calls));
  ctx.app.use(`${PHONE_BASE}/twiml`, twimlWebhook(calls, `${PHONE_BASE}/twiml`));
  return calls;
}

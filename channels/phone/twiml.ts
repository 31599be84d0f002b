import express, { type Request, type Response, type Router } from 'express';
import { validCallId, type PhoneCalls, type PhoneReply } from './calls';
import { escapeXml } from './speech';
import { logError } from '../../server/log';

/** Twilio's call statuses after which the call is over. */
const FINAL_STATUSES = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

/**
 * The reply as TwiML: say it inside a <Gather> that listens for speech and keys; when the caller
 * says nothing the <Redirect> after the Gather reports the silence.
 */
export function toTwiml(reply: PhoneReply, base: string): string {
  const say = `<Say language="pl-PL">${escapeXml(reply.speech)}</Say>`;
  if (reply.hangup) return `<?xml version="1.0" encoding="UTF-8"?><Response>${say}<Hangup/></Response>`;
  const keys =
    reply.expectDigits === 'choice'
      ? ` numDigits="${reply.maxDigits ?? 1}"`
      : reply.expectDigits === 'number'
        ? ` finishOnKey="#"${reply.maxDigits ? ` numDigits="${reply.maxDigits}"` : ''}`
        : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Response>` +
    `<Gather input="speech dtmf" language="pl-PL" action="${base}/gather" method="POST" speechTimeout="auto" timeout="7"${keys}>${say}</Gather>` +
    `<Redirect method="POST">${base}/no-input</Redirect></Response>`
  );
}

/**
 * A Twilio-compatible voice webhook: point the number's "A call comes in" at POST …/twiml/voice
 * and its status callback at POST …/twiml/status. Speech recognition and synthesis are Twilio's.
 */
export function twimlWebhook(calls: PhoneCalls, base: string): Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '32kb' }));

  const handle = (fn: (callId: string, body: Record<string, string>) => Promise<PhoneReply | undefined>) => async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, string>;
    if (!validCallId(body.CallSid)) return void res.status(400).type('text/plain').send('CallSid missing');
    try {
      const reply = await fn(body.CallSid, body);
      if (!reply) return void res.status(204).end();
      res.type('text/xml').send(toTwiml(reply, base));
    } catch (e) {
      logError('twiml webhook', e);
      res.status(500).type('text/plain').send('internal error');
    }
  };

  router.post('/voice', handle((id, b) => calls.start(id, b.From ?? null)));
  router.post(
    '/gather',
    handle((id, b) => {
      if (b.Digits) return calls.digits(id, b.Digits);
      if (b.SpeechResult) return calls.speech(id, { text: b.SpeechResult, confidence: b.Confidence !== undefined && b.Confidence !== '' ? Number(b.Confidence) : null });
      return calls.silence(id);
    }),
  );
  router.post('/no-input', handle((id) => calls.silence(id)));
  router.post(
    '/status',
    handle(async (id, b) => {
      if (FINAL_STATUSES.has(b.CallStatus ?? '')) await calls.hangup(id);
      return undefined;
    }),
  );
  return router;
}

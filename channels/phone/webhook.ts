import express, { type Request, type Response, type Router } from 'express';
import { validCallId, type PhoneCalls, type Transcript } from './calls';
import { logError } from '../../server/log';

/**
 * JSON webhook for a telephony gateway that does its own speech recognition and synthesis
 * (docs/phone-gateway.md). Every event answers with what to say next.
 */
export function jsonWebhook(calls: PhoneCalls): Router {
  const router = express.Router();
  router.use(express.json({ limit: '32kb' }));

  const handle = (fn: (callId: string, body: Record<string, unknown>) => Promise<unknown>) => async (req: Request, res: Response) => {
    const callId = req.params.callId ?? (req.body as Record<string, unknown> | undefined)?.callId;
    if (!validCallId(callId)) return void res.status(400).json({ error: 'callId: 1–100 characters A-Z a-z 0-9 . _ : -' });
    try {
      const out = await fn(callId, (req.body ?? {}) as Record<string, unknown>);
      if (out === undefined) res.status(204).end();
      else res.json(out);
    } catch (e) {
      // No transcript in logs: only what failed.
      logError('phone webhook', e);
      res.status(500).json({ error: 'internal error' });
    }
  };

  router.post('/calls', handle((id, b) => calls.start(id, typeof b.from === 'string' ? b.from : null)));
  router.post(
    '/calls/:callId/speech',
    handle((id, b) => {
      const transcript: Transcript = {
        text: typeof b.text === 'string' ? b.text.slice(0, 2000) : '',
        confidence: typeof b.confidence === 'number' ? b.confidence : null,
        alternatives: Array.isArray(b.alternatives)
          ? b.alternatives
              .filter((a): a is { text: string; confidence?: number } => typeof a?.text === 'string')
              .slice(0, 5)
              .map((a) => ({ text: a.text.slice(0, 2000), confidence: typeof a.confidence === 'number' ? a.confidence : null }))
          : [],
      };
      return calls.speech(id, transcript);
    }),
  );
  router.post('/calls/:callId/dtmf', handle((id, b) => calls.digits(id, typeof b.digits === 'string' ? b.digits.slice(0, 32) : '')));
  router.post('/calls/:callId/no-input', handle((id) => calls.silence(id)));
  router.post('/calls/:callId/hangup', handle(async (id) => { await calls.hangup(id); return undefined; }));
  return router;
}

import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { DirectLineConversation } from './conversationStore';
import { DirectLineService, parseWatermark } from './service';
import { isSecret, type TokenClaims } from './tokens';
import { logError } from '../../server/log';

type Auth = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims; token: string };

/** Direct Line error body: `{ error: { code, message } }`. */
function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

const USER_ID = /^[\w.:@|-]{1,128}$/;
const ACTIVITY_TYPES = new Set(['message', 'event', 'typing', 'invoke']);

/** The Direct Line 3.0 REST API, mounted at /v3/directline. */
export function directLineRoutes(dl: DirectLineService): Router {
  const router = express.Router();
  router.use(express.json({ limit: dl.opts.bodyLimit }));

  /** Reads `Authorization: Bearer …`; answers 401/403 itself and returns null when it fails. */
  function authorise(req: Request, res: Response): Auth | null {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      fail(res, 401, 'Unauthorized', 'Missing Authorization: Bearer <secret or token>');
      return null;
    }
    if (isSecret(match[1], dl.secret)) return { kind: 'secret' };
    const verified = dl.tokens.verify(match[1]);
    if (!verified.ok) {
      if (verified.reason === 'expired') fail(res, 403, 'TokenExpired', 'Token expired');
      else fail(res, 403, 'BadArgument', 'Invalid token or secret');
      return null;
    }
    if (verified.claims.kind !== 'conversation') {
      fail(res, 403, 'BadArgument', 'Invalid token or secret');
      return null;
    }
    return { kind: 'token', claims: verified.claims, token: match[1] };
  }

  /** The conversation in the path, if this caller may touch it; otherwise answers 403/404. */
  async function conversationFor(req: Request, res: Response, auth: Auth): Promise<DirectLineConversation | null> {
    const id = String(req.params.id);
    if (auth.kind === 'token' && auth.claims.conv !== id) {
      fail(res, 403, 'BadArgument', 'Token not valid for this conversation');
      return null;
    }
    const c = await dl.store.get(id);
    if (!c) {
      fail(res, 404, 'NotFound', 'Conversation not found');
      return null;
    }
    return c;
  }

  function streamUrl(req: Request, c: DirectLineConversation, watermark: number): string {
    // Behind the centre's HTTPS proxy the page is https: the stream must then be wss or the browser
    // blocks it. Trusting X-Forwarded-Proto here is harmless: the URL only goes back to this caller.
    const forwarded = String(req.get('x-forwarded-proto') ?? '').split(',')[0].trim();
    const proto = req.protocol === 'https' || forwarded === 'https' ? 'wss' : 'ws';
    const t = dl.tokens.issue(c.id, c.userId, dl.opts.streamTokenTtlSeconds, 'stream');
    return `${proto}://${req.get('host')}/v3/directline/conversations/${encodeURIComponent(c.id)}/stream?watermark=${watermark || '-'}&t=${t}`;
  }

  function expiresIn(auth: Auth & { kind: 'token' }): number {
    return Math.max(0, auth.claims.exp - Math.floor(Date.now() / 1000));
  }

  router.post('/tokens/generate', (req, res) => {
    const auth = authorise(req, res);
    if (!auth) return;
    if (auth.kind !== 'secret') return fail(res, 403, 'BadArgument', 'Generating a token needs the Direct Line secret');
    const ids = DirectLineService.newIds();
    const requested = (req.body as { user?: { id?: unknown } } | undefined)?.user?.id;
    if (requested !== undefined && (typeof requested !== 'string' || !USER_ID.test(requested))) return fail(res, 400, 'BadArgument', 'Invalid user id');
    const userId = (requested as string | undefined) ?? ids.userId;
    res.json({ conversationId: ids.conversationId, token: dl.tokens.issue(ids.conversationId, userId, dl.opts.tokenTtlSeconds), expires_in: dl.opts.tokenTtlSeconds });
  });

  router.post('/tokens/refresh', (req, res) => {
    const auth = authorise(req, res);
    if (!auth) return;
    if (auth.kind !== 'token') return fail(res, 400, 'BadArgument', 'Only a token can be refreshed');
    const { conv, user } = auth.claims;
    res.json({ conversationId: conv, token: dl.tokens.issue(conv, user, dl.opts.tokenTtlSeconds), expires_in: dl.opts.tokenTtlSeconds });
  });

  router.post('/conversations', async (req, res) => {
    const auth = authorise(req, res);
    if (!auth) return;
    const body = (req.body ?? {}) as { user?: { id?: unknown }; locale?: unknown };
    const locale = typeof body.locale === 'string' && body.locale.length < 20 ? body.locale : 'pl-PL';
    let conversationId: string;
    let userId: string;
    let token: string;
    let expires: number;
    if (auth.kind === 'token') {
      ({ conv: conversationId, user: userId } = auth.claims);
      token = auth.token;
      expires = expiresIn(auth);
    } else {
      const ids = DirectLineService.newIds();
      const requested = body.user?.id;
      conversationId = ids.conversationId;
      userId = typeof requested === 'string' && USER_ID.test(requested) ? requested : ids.userId;
      token = dl.tokens.issue(conversationId, userId, dl.opts.tokenTtlSeconds);
      expires = dl.opts.tokenTtlSeconds;
    }
    const { conversation, created } = await dl.open(conversationId, userId, locale);
    res.status(created ? 201 : 200).json({ conversationId, token, expires_in: expires, streamUrl: streamUrl(req, conversation, 0), referenceGrammarId: '' });
  });

  router.get('/conversations/:id', async (req, res) => {
    const auth = authorise(req, res);
    if (!auth) return;
    const c = await conversationFor(req, res, auth);
    if (!c) return;
    const token = auth.kind === 'token' ? auth.token : dl.tokens.issue(c.id, c.userId, dl.opts.tokenTtlSeconds);
    const expires = auth.kind === 'token' ? expiresIn(auth) : dl.opts.tokenTtlSeconds;
    res.json({ conversationId: c.id, token, expires_in: expires, streamUrl: streamUrl(req, c, parseWatermark(req.query.watermark)) });
  });

  router.get('/conversations/:id/activities', async (req, res) => {
    const auth = authorise(req, res);
    if (!auth) return;
    const c = await conversationFor(req, res, auth);
    if (!c) return;
    res.type('application/json').send(dl.store.since(c, parseWatermark(req.query.watermark)));
  });

  router.post('/conversations/:id/activities', async (req, res) => {
    const auth = authorise(req, res);
    if (!auth) return;
    const c = await conversationFor(req, res, auth);
    if (!c) return;
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string' || !ACTIVITY_TYPES.has(body.type)) {
      return fail(res, 400, 'BadArgument', 'Body must be an activity with a type (message, event, typing)');
    }
    if (body.text !== undefined && typeof body.text !== 'string') return fail(res, 400, 'BadArgument', 'text must be a string');
    if (c.activities.length >= dl.opts.maxActivities) return fail(res, 413, 'ConversationSizeTooBig', 'This conversation is too long; please start a new one');
    if (body.type === 'typing') {
      // Nobody but the bot would see it, and the bot does not use it.
      return void res.json({ id: '' });
    }
    const id = dl.post(c, body);
    res.json({ id });
  });

  router.post('/conversations/:id/upload', (_req, res) => fail(res, 400, 'NotSupported', 'Attachments are not accepted on this channel'));

  router.use((_req, res) => fail(res, 404, 'NotFound', 'Unknown Direct Line endpoint'));

  // Body-parser errors: too big → 413, malformed JSON → 400, always as Direct Line JSON.
  router.use((err: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.too.large') return fail(res, 413, 'MessageSizeTooBig', 'Request body too large');
    if (err.type === 'entity.parse.failed') return fail(res, 400, 'BadArgument', 'Malformed JSON');
    if (err.status && err.status >= 400 && err.status < 500) return fail(res, err.status, 'BadArgument', 'Bad request');
    logError('directline', err);
    fail(res, 500, 'ServiceError', 'Internal error');
  });
  return router;
}

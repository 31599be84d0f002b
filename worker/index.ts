import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ServerContext } from '../server/context';
import { NoteRepository } from '../storage/noteRepository';
import { RetentionRepository } from '../storage/retentionRepository';
import { SessionRepository } from '../storage/sessionRepository';
import { UserRepository } from '../storage/userRepository';
import { apiRoutes } from './api';
import { authRoutes, loadSession, type AuthDeps, type AuthedRequest } from './auth';
import { createDemoUsers } from './demoUsers';
import { workerStrings } from './i18n';
import { mountLive } from './live';
import { workerOptions, type WorkerOptions } from './options';
import { purgeExpired } from './retention';

const PUBLIC = path.join(__dirname, 'public');
const I18NEXT_UMD = path.join(path.dirname(require.resolve('i18next/package.json')), 'dist', 'umd', 'i18next.min.js');

/** Pages and API answers of the desk are never cached and never framed; scripts only from here. */
function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': req.path.startsWith('/static/') ? 'no-cache' : 'no-store',
  });
  next();
}

/** The worker desk at /worker: login, inbox, review, team queues, audit, users; live pushes at /worker/live. */
export async function mountWorker(ctx: ServerContext, overrides: Partial<WorkerOptions> = {}): Promise<void> {
  const options = { ...workerOptions(ctx.env), ...overrides };
  const knex = ctx.db.knex;
  const users = new UserRepository(knex, options.bcryptRounds);
  const sessions = new SessionRepository(knex);
  const notes = new NoteRepository(knex);
  const retention = new RetentionRepository(knex);
  const now = () => ctx.runtime.services.now();
  const deps: AuthDeps = { users, sessions, audit: ctx.runtime.services.audit, options, now };

  if (options.demoUsers) {
    const created = await createDemoUsers(users, ctx.config, ctx.env);
    if (created.length) process.stderr.write(`worker desk: DEMO_USERS=1 – created demo accounts: ${created.join(', ')}\n`);
  }

  const router = express.Router();
  router.use(securityHeaders);
  router.use(express.json({ limit: '200kb' }));
  // Static files first: they need no session, and serving them must not keep a session alive.
  router.get('/static/i18next.js', (_req, res) => res.sendFile(I18NEXT_UMD));
  router.use('/static', express.static(PUBLIC, { index: false }));
  router.use(loadSession(deps));
  router.get('/login', (_req, res) => res.sendFile(path.join(PUBLIC, 'login.html')));
  router.get('/', (req: AuthedRequest, res) => {
    if (!req.user) return res.redirect(303, '/worker/login');
    res.sendFile(path.join(PUBLIC, 'app.html'));
  });
  router.get('/api/locale', (_req, res) => res.json(workerStrings));
  router.use('/api', authRoutes(deps));
  router.use('/api', apiRoutes(ctx, { users, sessions, notes, retention, now }));
  router.use('/api', (_req: Request, res: Response) => res.status(404).json({ error: 'not_found' }));
  // No personal data in logs: only the error class, never the request or its body.
  router.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    if (err.status && err.status < 500) return res.status(err.status).json({ error: err.type ?? 'bad_request' });
    if (ctx.settings.LOG_LEVEL !== 'silent') process.stderr.write(`worker desk error: ${err.name}\n`);
    res.status(500).json({ error: 'internal' });
  });
  ctx.app.use('/worker', router);

  mountLive(ctx, deps);

  // Retention runs daily (and once shortly after start); the admin can also run it from the settings page.
  const runPurge = () =>
    purgeExpired({ retention, audit: ctx.runtime.services.audit }, ctx.config, 'system:retention', now())
      .then(() => sessions.purgeIdle(options.sessionIdleMinutes * 60_000, now()))
      .catch((e: Error) => process.stderr.write(`retention purge failed: ${e.name}\n`));
  const first = setTimeout(runPurge, 60_000);
  const timer = setInterval(runPurge, options.purgeEveryHours * 3_600_000);
  first.unref();
  timer.unref();
  ctx.onClose(() => {
    clearTimeout(first);
    clearInterval(timer);
  });
}

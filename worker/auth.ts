import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AuditLog } from '../storage';
import type { SessionRepository } from '../storage/sessionRepository';
import type { Role, User, UserRepository } from '../storage/userRepository';
import type { WorkerOptions } from './options';

export interface AuthedRequest extends Request {
  user?: User;
  csrfToken?: string;
  sessionToken?: string;
}

export interface AuthDeps {
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  options: WorkerOptions;
  now(): Date;
}

export const cookieName = (o: WorkerOptions) => (o.cookieSecure ? '__Host-pk_worker' : 'pk_worker');

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function setCookie(res: Response, o: WorkerOptions, value: string, maxAgeSeconds: number): void {
  // __Host- cookies must have Path=/ and Secure; otherwise the desk keeps its cookie to /worker.
  const attrs = [`${cookieName(o)}=${value}`, `Path=${o.cookieSecure ? '/' : '/worker'}`, 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (o.cookieSecure) attrs.push('Secure');
  res.append('Set-Cookie', attrs.join('; '));
}

/** The user behind a request's session cookie (also used by the WebSocket upgrade), or null. */
export async function userFromCookie(deps: AuthDeps, cookieHeader: string | undefined): Promise<{ user: User; csrfToken: string; token: string } | null> {
  const token = parseCookies(cookieHeader)[cookieName(deps.options)];
  if (!token) return null;
  const session = await deps.sessions.touch(token, deps.options.sessionIdleMinutes * 60_000, deps.now());
  if (!session) return null;
  const user = await deps.users.byId(session.userId);
  if (!user || !user.active) return null;
  return { user, csrfToken: session.csrfToken, token };
}

/** Browsers send Origin on cross-site requests; when present it must be this host (defence in depth next to SameSite and the token). */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Loads the session user (if any) into req.user; never rejects by itself. */
export function loadSession(deps: AuthDeps) {
  return async (req: AuthedRequest, _res: Response, next: NextFunction) => {
    const found = await userFromCookie(deps, req.headers.cookie);
    if (found) {
      req.user = found.user;
      req.csrfToken = found.csrfToken;
      req.sessionToken = found.token;
    }
    next();
  };
}

/** 401 without a session; 403 on a change without the session's CSRF token (synchronizer token, header X-CSRF-Token). */
export function requireUser(req: AuthedRequest, res: Response, next: NextFunction): void {
  if (!req.user) {
    res.status(401).json({ error: 'unauthenticated' });
    return;
  }
  if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
    const sent = Buffer.from(String(req.headers['x-csrf-token'] ?? ''));
    const expected = Buffer.from(req.csrfToken ?? '');
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected) || !sameOrigin(req)) {
      res.status(403).json({ error: 'csrf' });
      return;
    }
  }
  next();
}

export function requireRole(...roles: Role[]) {
  return (req: AuthedRequest, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) {
      res.status(403).json({ error: 'forbidden' });
      return;
    }
    next();
  };
}

/** POST /login, POST /logout, GET /me. Failed logins count per login (lockout) and per IP (rate limit). */
export function authRoutes(deps: AuthDeps): Router {
  const r = express.Router();
  const { options: o } = deps;
  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: o.loginRateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    handler: (_req, res) => {
      res.status(429).json({ error: 'rate_limited' });
    },
  });

  r.post('/login', limiter, async (req: AuthedRequest, res) => {
    // JSON only: a cross-site HTML form cannot send it without a CORS preflight we never answer.
    if (!req.is('application/json') || !sameOrigin(req)) {
      res.status(403).json({ error: 'csrf' });
      return;
    }
    const login = typeof req.body?.login === 'string' ? req.body.login.slice(0, 64) : '';
    const password = typeof req.body?.password === 'string' ? req.body.password.slice(0, 200) : '';
    const now = deps.now();
    // The audit names the account tried only if it exists: a password typed into the login field is not kept.
    const who = (await deps.users.byLogin(login)) ? `login:${login.toLowerCase()}` : 'login:(unknown)';
    const locked = await deps.users.lockedFor(login, now);
    if (locked > 0) {
      await deps.audit.record(who, 'login.locked', null, undefined, now);
      res.status(423).json({ error: 'locked', retryAfterSeconds: locked, minutes: Math.ceil(locked / 60) });
      return;
    }
    const user = login && password ? await deps.users.verify(login, password) : null;
    if (!user) {
      const justLocked = await deps.users.recordFailure(login, o.lockoutAttempts, o.lockoutMinutes, now);
      await deps.audit.record(who, justLocked ? 'login.lockout' : 'login.failed', null, undefined, now);
      if (justLocked) res.status(423).json({ error: 'locked', minutes: o.lockoutMinutes });
      else res.status(401).json({ error: 'invalid_credentials' });
      return;
    }
    await deps.users.clearFailures(login);
    if (req.sessionToken) await deps.sessions.destroy(req.sessionToken); // no session fixation
    const { token, csrfToken } = await deps.sessions.create(user.id, now);
    setCookie(res, o, token, o.sessionIdleMinutes * 60 * 8);
    await deps.audit.record(`user:${user.login}`, 'login', null, undefined, now);
    res.json({ user: publicUser(user), csrfToken });
  });

  r.post('/logout', requireUser, async (req: AuthedRequest, res) => {
    if (req.sessionToken) await deps.sessions.destroy(req.sessionToken);
    setCookie(res, o, '', 0);
    await deps.audit.record(`user:${req.user!.login}`, 'logout', null, undefined, deps.now());
    res.json({ ok: true });
  });

  r.get('/me', requireUser, (req: AuthedRequest, res) => {
    res.json({ user: publicUser(req.user!), csrfToken: req.csrfToken, idleMinutes: o.sessionIdleMinutes });
  });
  return r;
}

export const publicUser = (u: User) => ({ id: u.id, login: u.login, role: u.role, teams: u.teams, active: u.active });

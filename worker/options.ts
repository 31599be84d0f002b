/**
 * Worker desk settings from the environment. They live here (not in config/settings.ts) because only
 * the desk uses them; every one has a safe default.
 */
export interface WorkerOptions {
  /** Minutes without a request after which a session ends. */
  sessionIdleMinutes: number;
  /** `Secure` cookie flag: on unless the server is plain http on loopback (set WORKER_COOKIE_SECURE=1 behind https). */
  cookieSecure: boolean;
  /** Failed logins in a row before the login is locked, and for how long. */
  lockoutAttempts: number;
  lockoutMinutes: number;
  /** Login requests per IP per 15 minutes (express-rate-limit), on top of the per-login lockout. */
  loginRateLimit: number;
  bcryptRounds: number;
  /** DEMO_USERS=1 creates demo accounts on an empty database (never by default). */
  demoUsers: boolean;
  /** Hours between retention purges. */
  purgeEveryHours: number;
}

const num = (v: string | undefined, dflt: number, min: number) => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) && n >= min ? n : dflt;
};

export function workerOptions(env: Readonly<Record<string, string | undefined>>): WorkerOptions {
  return {
    sessionIdleMinutes: num(env.WORKER_SESSION_MINUTES, 30, 1),
    cookieSecure: env.WORKER_COOKIE_SECURE === '1' || env.WORKER_COOKIE_SECURE === 'true',
    lockoutAttempts: num(env.WORKER_LOCKOUT_ATTEMPTS, 5, 1),
    lockoutMinutes: num(env.WORKER_LOCKOUT_MINUTES, 15, 1),
    loginRateLimit: num(env.WORKER_LOGIN_RATE_LIMIT, 30, 1),
    bcryptRounds: num(env.WORKER_BCRYPT_ROUNDS, 12, 4),
    demoUsers: env.DEMO_USERS === '1',
    purgeEveryHours: num(env.WORKER_PURGE_EVERY_HOURS, 24, 1),
  };
}

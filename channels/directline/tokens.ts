import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Direct Line tokens: compact HS256 JWTs (clients such as directlinejs decode them to read `user`),
 * signed with a server key. The key is derived from DIRECTLINE_SECRET so tokens survive a restart;
 * without a secret a random per-process key is used (tokens then die with the process).
 */
export interface TokenClaims {
  /** The one conversation this token may touch. */
  conv: string;
  /** The resident's user id; activities posted with this token are from this user. */
  user: string;
  /** 'conversation' for REST calls, 'stream' for the short-lived key inside a streamUrl. */
  kind: 'conversation' | 'stream';
  iat: number;
  exp: number;
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export class TokenService {
  private readonly key: Buffer;

  constructor(
    secret: string | undefined,
    private readonly now: () => number = () => Date.now(),
  ) {
    // A purpose-specific key, so the raw secret is never used as an HMAC key for anything else.
    this.key = secret ? createHmac('sha256', secret).update('pierwszy-kontakt/directline-token/v1').digest() : randomBytes(32);
  }

  issue(conv: string, user: string, ttlSeconds: number, kind: TokenClaims['kind'] = 'conversation'): string {
    const iat = Math.floor(this.now() / 1000);
    const claims: TokenClaims = { conv, user, kind, iat, exp: iat + ttlSeconds };
    const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
    return `${body}.${this.sign(body)}`;
  }

  verify(token: string): VerifyResult {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (typeof claims.conv !== 'string' || typeof claims.user !== 'string' || typeof claims.exp !== 'number') return { ok: false, reason: 'malformed' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

/** Constant-time comparison of the presented secret with the configured one. */
export function isSecret(presented: string, secret: string | undefined): boolean {
  if (!secret) return false;
  const a = createHmac('sha256', 'cmp').update(presented).digest();
  const b = createHmac('sha256', 'cmp').update(secret).digest();
  return timingSafeEqual(a, b);
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

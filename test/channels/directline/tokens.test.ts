import { isSecret, TokenService } from '../../../channels/directline/tokens';

describe('TokenService', () => {
  const t0 = Date.parse('2026-11-23T09:00:00Z');
  let now = t0;
  const svc = new TokenService('sekret', () => now);
  afterEach(() => {
    now = t0;
  });

  test('a token carries its conversation and user and is valid until it expires', () => {
    const token = svc.issue('conv-1', 'dl_anna', 1800);
    expect(svc.verify(token)).toEqual({ ok: true, claims: expect.objectContaining({ conv: 'conv-1', user: 'dl_anna', kind: 'conversation' }) });
    now = t0 + 1799_000;
    expect(svc.verify(token).ok).toBe(true);
    now = t0 + 1800_000;
    expect(svc.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  test('changing the conversation inside a token breaks its signature', () => {
    const [h, p, sig] = svc.issue('conv-1', 'dl_anna', 1800).split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, conv: 'conv-2' })).toString('base64url');
    expect(svc.verify(`${h}.${forged}.${sig}`)).toEqual({ ok: false, reason: 'signature' });
    expect(svc.verify('garbage')).toEqual({ ok: false, reason: 'malformed' });
    expect(svc.verify('')).toEqual({ ok: false, reason: 'malformed' });
  });

  test('the same secret gives the same key (tokens survive a restart); another secret does not', () => {
    const token = svc.issue('c', 'u', 60);
    expect(new TokenService('sekret', () => now).verify(token).ok).toBe(true);
    expect(new TokenService('inny', () => now).verify(token)).toEqual({ ok: false, reason: 'signature' });
  });

  test('isSecret compares exactly and never matches when no secret is set', () => {
    expect(isSecret('sekret', 'sekret')).toBe(true);
    expect(isSecret('sekret ', 'sekret')).toBe(false);
    expect(isSecret('', undefined)).toBe(false);
    expect(isSecret('x', undefined)).toBe(false);
  });
});

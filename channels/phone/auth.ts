import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * When a token is configured, the gateway must send it: `Authorization: Bearer TOKEN`, or HTTP Basic
 * with TOKEN as the password (what Twilio sends for https://user:TOKEN@host/… webhook URLs).
 * Without a token the webhook is open – fine on loopback or a closed network, documented as such.
 */
export function gatewayAuth(token: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!token) return next();
    const header = req.get('authorization') ?? '';
    const [scheme, value = ''] = header.split(' ');
    let given = '';
    if (/^bearer$/i.test(scheme)) given = value;
    else if (/^basic$/i.test(scheme)) given = Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':');
    if (given && same(given, token)) return next();
    res.set('WWW-Authenticate', 'Basic realm="phone"').status(401).json({ error: 'unauthorised' });
  };
}

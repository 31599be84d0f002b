import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';

const KEY = 'pk-secrets/server';

/**
 * A random secret made once and kept in the database, for signing what must survive a restart
 * (web chat tokens) when SESSION_SECRET is not set. Anyone who can read the database could read
 * the conversations anyway, so keeping it there adds no exposure.
 */
export async function persistedSecret(storage: Storage): Promise<string> {
  const found = (await storage.read([KEY]))[KEY] as { secret?: string } | undefined;
  if (found?.secret) return found.secret;
  const secret = randomBytes(32).toString('base64');
  await storage.write({ [KEY]: { secret, eTag: '*' } });
  // Two processes starting at once: whichever write landed is the secret.
  return ((await storage.read([KEY]))[KEY] as { secret: string }).secret;
}

import type { ServerContext } from '../../server/context';

/** Phone: JSON webhook for a telephony gateway and a TwiML-compatible adapter. */
export async function mountPhone(_ctx: ServerContext): Promise<void> {
  // STUB: implemented in channels/phone/.
}

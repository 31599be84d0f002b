import type { ServerContext } from '../server/context';

/** The lobby kiosk page at /kiosk and its WebSocket to the bot. */
export async function mountKiosk(_ctx: ServerContext): Promise<void> {
  // STUB: implemented in kiosk/.
}

import type { ServerContext } from '../../server/context';

/** Direct Line 3.0 (REST + WebSocket) and the /chat page with Microsoft Web Chat. */
export async function mountDirectLine(_ctx: ServerContext): Promise<void> {
  // STUB: implemented in channels/directline/.
}

import { WebSocketServer, type WebSocket } from 'ws';
import type { ServerContext } from '../server/context';
import type { User } from '../storage/userRepository';
import { canSee } from './access';
import { sameOrigin, userFromCookie, type AuthDeps } from './auth';

/**
 * /worker/live: pushes "a record was saved" to every desk that may see it, so new intakes arrive
 * at once. The upgrade is authenticated by the session cookie; messages carry the reference and
 * urgency only, and the desk fetches the record through the audited API.
 */
export function mountLive(ctx: ServerContext, deps: AuthDeps): { clients: () => number } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const clients = new Map<WebSocket, User>();

  ctx.onUpgrade('/worker/live', (req, socket, head) => {
    void (async () => {
      const found = sameOrigin(req) ? await userFromCookie(deps, req.headers.cookie).catch(() => null) : null;
      if (!found || found.user.role === 'admin') {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        clients.set(ws, found.user);
        ws.on('close', () => clients.delete(ws));
        ws.on('error', () => clients.delete(ws));
        ws.send(JSON.stringify({ type: 'hello' }));
      });
    })();
  });

  const onSaved = (e: { id: string; status: string; urgent: boolean }) => {
    if (clients.size === 0) return;
    void (async () => {
      const record = await ctx.runtime.services.intakes.get(e.id);
      if (!record) return;
      const msg = JSON.stringify({ type: 'record-saved', id: record.id, reference: record.reference, status: record.status, urgent: record.urgency.urgent, team: record.team });
      for (const [ws, user] of clients) if (ws.readyState === ws.OPEN && canSee(user, record)) ws.send(msg);
    })().catch(() => undefined);
  };
  ctx.events.on('record-saved', onSaved);
  ctx.onClose(() => {
    ctx.events.off('record-saved', onSaved);
    for (const ws of clients.keys()) ws.terminate();
    wss.close();
  });
  return { clients: () => clients.size };
}

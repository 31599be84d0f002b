import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { ServerContext } from '../../server/context';
import { parseWatermark, type DirectLineService } from './service';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/**
 * The Direct Line WebSocket stream: `streamUrl` carries a short-lived key (`t`) scoped to one
 * conversation and the watermark to resume from. The server only sends; what clients send (empty
 * keep-alives) is ignored. Dead sockets are found by ping/pong and dropped.
 */
export function mountStream(ctx: ServerContext, dl: DirectLineService, heartbeatMs = 30_000): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const alive = new WeakSet<WebSocket>();

  const reject = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  ctx.onUpgrade('/v3/directline/conversations/', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return reject(socket, '404 Not Found');
    const conversationId = decodeURIComponent(match[1]);
    const verified = dl.tokens.verify(url.searchParams.get('t') ?? '');
    if (!verified.ok) return reject(socket, verified.reason === 'expired' ? '403 Forbidden' : '401 Unauthorized');
    if (verified.claims.conv !== conversationId) return reject(socket, '403 Forbidden');
    const watermark = parseWatermark(url.searchParams.get('watermark'));
    socket.on('error', () => socket.destroy());
    void dl.store.get(conversationId).then(
      (conversation) => {
        if (!conversation) return reject(socket, '404 Not Found');
        wss.handleUpgrade(req, socket, head, (ws) => {
          alive.add(ws);
          ws.on('pong', () => alive.add(ws));
          ws.on('message', () => {
            conversation.lastSeen = Date.now();
          });
          ws.on('error', () => ws.terminate());
          const unsubscribe = dl.store.subscribe(
            conversation,
            {
              send: (set) => {
                if (ws.readyState === WebSocket.OPEN) ws.send(set);
              },
              close: () => ws.terminate(),
            },
            watermark,
          );
          ws.on('close', unsubscribe);
        });
      },
      () => reject(socket, '500 Internal Server Error'),
    );
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  ctx.onClose(() => {
    clearInterval(heartbeat);
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  });
}

import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ServerContext } from '../server/context';

/** Longest answer taken from the screen (the bot cuts longer ones anyway). */
const MAX_TEXT = 2000;
/** Kiosks in one lobby are few; this only stops a script from opening conversations without end. */
const MAX_KIOSKS = 50;

/** What the page gets for each bot message: text and the question hints, nothing else. */
export interface KioskMessage {
  type: 'activity';
  text: string;
  pk: unknown;
  actions: string[];
}

/**
 * One WebSocket = one person at the kiosk = one conversation (random id, channel 'kiosk'). The bot
 * saves every step itself, so when the page drops the socket (reset after inactivity) nothing is lost
 * and nothing of this person stays on the screen.
 */
export function kioskSocket(ctx: ServerContext, pathname: string): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  ctx.onUpgrade(pathname, (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== pathname) return void socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
    // Only the kiosk page of this server may talk here, and only so many people at once.
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    if (wss.clients.size >= MAX_KIOSKS) return void socket.end('HTTP/1.1 503 Service Unavailable\r\n\r\n');
    wss.handleUpgrade(req, socket, head, (ws) => converse(ctx, ws));
  });
  ctx.onClose(
    () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  );
}

function converse(ctx: ServerContext, ws: WebSocket): void {
  const conversation = { id: `kiosk-${randomUUID()}` } as Activity['conversation'];
  const from = { id: 'resident', name: 'resident' };
  const turn = async (activity: Partial<Activity>) => {
    try {
      await ctx.adapter.receive({ ...activity, channelId: 'kiosk', conversation, from }, (a) => {
        if (a.type !== 'message' || ws.readyState !== ws.OPEN) return;
        const msg: KioskMessage = {
          type: 'activity',
          text: a.text ?? '',
          pk: a.channelData?.pk ?? null,
          actions: (a.suggestedActions?.actions ?? []).map((x) => String(x.value ?? x.title)),
        };
        ws.send(JSON.stringify(msg));
      });
    } finally {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'turn-end' }));
    }
  };
  // The page learns its conversation's id: only it can then fetch the ticket of this conversation.
  ws.send(JSON.stringify({ type: 'session', conversation: conversation.id }));
  void turn({ type: 'conversationUpdate', membersAdded: [from] }).catch(() => undefined);
  ws.on('message', (data) => {
    let text: unknown;
    try {
      text = (JSON.parse(String(data)) as { text?: unknown }).text;
    } catch {
      return;
    }
    if (typeof text !== 'string' || !text.trim()) return;
    void turn({ type: 'message', text: text.slice(0, MAX_TEXT) }).catch(() => undefined);
  });
}

import { EventEmitter } from 'node:events';
import http from 'node:http';
import express from 'express';
import { createBot } from '../bot';
import { ChannelAdapter } from '../channels';
import type { CentreConfig, Settings } from '../config';
import { loadTriageModel } from '../nlu';
import { loadCrisisModel } from '../nlu/crisis/model';
import { openDatabase } from '../storage';
import { persistedSecret } from '../storage/serverSecret';
import type { AppEvents, ServerContext, UpgradeHandler } from './context';
import { mountParts } from './parts';

export interface RunningApp {
  ctx: ServerContext;
  /** e.g. http://127.0.0.1:34567 */
  url: string;
  close(): Promise<void>;
}

/** Builds and starts the whole service: database, bot, channels, worker desk, on one HTTP server. */
export async function startApp(settings: Settings, config: CentreConfig, env: Readonly<Record<string, string | undefined>> = { ...process.env }): Promise<RunningApp> {
  // The trained models load now, not on the first resident's message.
  loadTriageModel();
  loadCrisisModel();
  const db = await openDatabase(settings.DATABASE_URL);
  const events = new EventEmitter() as AppEvents & EventEmitter;
  const runtime = createBot({
    config,
    db,
    onRecordSaved: (id, status, urgent) => events.emit('record-saved', { id, status, urgent }),
    onConversationForgotten: (conversationId) => events.emit('conversation-forgotten', conversationId),
  });
  const adapter = new ChannelAdapter(runtime.bot, runtime.middleware);
  const signingSecret = settings.SESSION_SECRET || (await persistedSecret(runtime.storage));
  const app = express();
  app.disable('x-powered-by');
  // Behind the centre's reverse proxy, rate limits must see the resident's address, not the proxy's.
  if (settings.TRUST_PROXY) app.set('trust proxy', settings.TRUST_PROXY);
  const server = http.createServer(app);
  const closers: (() => Promise<void> | void)[] = [];
  const upgrades: [string, UpgradeHandler][] = [];
  server.on('upgrade', (req, socket, head) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = upgrades.find(([prefix]) => pathname.startsWith(prefix));
    if (route) return route[1](req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
  });
  const ctx: ServerContext = {
    app,
    server,
    settings,
    signingSecret,
    env,
    config,
    db,
    runtime,
    adapter,
    events,
    onClose: (fn) => closers.push(fn),
    onUpgrade: (prefix, handler) => upgrades.push([prefix, handler]),
  };

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', centre: config.id });
  });
  await mountParts(ctx);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.PORT, settings.HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  return {
    ctx,
    url: `http://${settings.HOST}:${port}`,
    async close() {
      for (const fn of closers.reverse()) await fn();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

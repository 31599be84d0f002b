import fs from 'node:fs';
import path from 'node:path';
import kioskText from '../locales/pl/kiosk.json';
import express from 'express';
import type { ServerContext } from '../server/context';
import { kioskSocket } from './socket';
import { ticketHandler } from './ticket';

export const KIOSK_SOCKET = '/kiosk/socket';
const PUBLIC = path.join(__dirname, 'public');
const KIOSK_TEXT: Record<string, string> = kioskText;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** The page may load only its own files and talk only to its own server. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The lobby kiosk page at /kiosk and its WebSocket to the bot. */
export async function mountKiosk(ctx: ServerContext): Promise<void> {
  // The page's texts come from locales/pl/kiosk.json, filled in once here (the page has no build step).
  const html = fs.readFileSync(path.join(PUBLIC, 'index.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (_m, key: string) => escapeHtml(KIOSK_TEXT[key] ?? key));
  const page = (_req: express.Request, res: express.Response) => {
    res.set({ 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    res.type('html').send(html);
  };
  ctx.app.get('/kiosk', page);
  // Inactivity limits come from the centre config; the page may only shorten them (tests, ?warn=&reset=).
  ctx.app.get('/kiosk/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({
      centre: ctx.config.shortName,
      warnAfterSeconds: ctx.config.kiosk.warnAfterSeconds,
      resetAfterSeconds: ctx.config.kiosk.resetAfterSeconds,
      socket: KIOSK_SOCKET,
      strings: KIOSK_TEXT,
    });
  });
  ctx.app.get('/kiosk/ticket/:reference', ticketHandler(ctx));
  ctx.app.use('/kiosk', express.static(PUBLIC, { index: false, maxAge: 0 }));
  kioskSocket(ctx, KIOSK_SOCKET);
}

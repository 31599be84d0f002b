import express from 'express';
import path from 'node:path';
import { mountDirectLine } from '../channels/directline';
import { mountPhone } from '../channels/phone';
import { mountKiosk } from '../kiosk';
import { mountWorker } from '../worker';
import type { ServerContext } from './context';

/**
 * Every part of the service mounted on the one server. Each part is a function of the context,
 * so the channels and the worker desk stay independent of each other.
 */
export async function mountParts(ctx: ServerContext): Promise<void> {
  ctx.app.get('/', (_req, res) => {
    res.type('html').send(indexPage(ctx.config.name));
  });
  ctx.app.use('/static', express.static(path.join(__dirname, 'public')));
  await mountDirectLine(ctx);
  await mountKiosk(ctx);
  await mountPhone(ctx);
  await mountWorker(ctx);
}

function indexPage(name: string): string {
  const esc = name.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Pierwszy Kontakt – ${esc}</title></head><body><main><h1>Pierwszy Kontakt</h1><p>${esc}</p>
<ul><li><a href="/chat">Czat dla mieszkańców</a></li><li><a href="/kiosk">Kiosk w holu</a></li><li><a href="/worker">Stanowisko pracownika</a></li></ul></main></body></html>`;
}

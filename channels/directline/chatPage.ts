import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { CentreConfig } from '../../config';
import { DirectLineService } from './service';

/** Microsoft Web Chat's browser (UMD) bundle, served from node_modules: never from a CDN. */
export function webChatBundlePath(): string {
  const candidates = [
    () => path.join(path.dirname(require.resolve('botframework-webchat/package.json')), 'dist', 'webchat.js'),
    () => path.resolve(__dirname, '..', '..', 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
  ];
  for (const candidate of candidates) {
    try {
      const file = candidate();
      if (fs.existsSync(file)) return file;
    } catch {
      // package.json not exported: try the next way
    }
  }
  throw new Error('botframework-webchat/dist/webchat.js not found: is botframework-webchat installed?');
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The resident's chat page: plain Polish, the centre's name, Web Chat filling the rest. */
export function chatPage(config: CentreConfig): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Czat z ośrodkiem pomocy – ${esc(config.name)}</title>
<link rel="stylesheet" href="/chat/chat.css">
</head>
<body>
<header class="pk-header">
  <h1>${esc(config.name)}</h1>
  <p>Rozmowa wstępna z ośrodkiem. Pytamy, w czym możemy pomóc, i przekazujemy sprawę pracownikowi.
  W nagłym zagrożeniu życia dzwoń pod <a href="tel:112">112</a>. Telefon do ośrodka: ${esc(config.phone)}.</p>
</header>
<main id="webchat" aria-label="Czat z ośrodkiem"></main>
<noscript><p>Czat wymaga włączonego JavaScriptu. Możesz też zadzwonić: ${esc(config.phone)}.</p></noscript>
<script src="/chat/webchat.js"></script>
<script src="/chat/chat.js" data-bot-name="${esc(config.shortName)}"></script>
</body>
</html>`;
}

/** /chat: the page, Web Chat's bundle, our small script, and the page's token endpoint. */
export function chatRoutes(dl: DirectLineService, config: CentreConfig): Router {
  const router = express.Router();
  const bundle = webChatBundlePath();
  const html = chatPage(config);

  router.get('/chat', (_req, res) => {
    res.set('Cache-Control', 'no-store').type('html').send(html);
  });
  router.get('/chat/webchat.js', (_req, res) => {
    res.sendFile(bundle, { maxAge: '1d' });
  });
  router.use('/chat', express.static(path.join(__dirname, 'public'), { index: false, maxAge: '1h' }));

  // The page's own token endpoint: a token scoped to one new conversation, never the secret.
  // Rate-limited per address so nobody can mint conversations in bulk.
  const limiter = rateLimit({
    windowMs: dl.opts.chatTokenLimit.windowMs,
    limit: dl.opts.chatTokenLimit.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'TooManyRequests', message: 'Zbyt wiele prób. Proszę spróbować za chwilę.' } });
    },
  });
  router.post('/chat/token', limiter, (_req, res) => {
    const { conversationId, userId } = DirectLineService.newIds();
    res.set('Cache-Control', 'no-store').json({
      conversationId,
      userId,
      token: dl.tokens.issue(conversationId, userId, dl.opts.tokenTtlSeconds),
      expires_in: dl.opts.tokenTtlSeconds,
    });
  });
  return router;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';

/**
 * `npm run cli -- phone-sim FILE [--url URL] [--from NUMBER] [--ssml] [--json]`
 *
 * Plays a call transcript through the phone webhook (docs/phone-gateway.md) and prints the replies.
 * Without --url it starts its own server on a random loopback port with a temporary SQLite file.
 *
 * The file, one event a line:
 *   tak zaczynamy                  the caller says this (confidence 1)
 *   !speech 0.4 nie mam na opal | nie mam na opal i jedzenie
 *                                  a transcript with its confidence and n-best alternatives after "|"
 *   !dtmf 44051401359#             keys pressed
 *   !silence                       the caller said nothing (no-input)
 *   !hangup                        the caller hung up
 *   !from +48601222333             the caller's number (before the first event; default none)
 *   # …                            a comment
 */
export type SimEvent =
  | { kind: 'speech'; text: string; confidence: number; alternatives: string[] }
  | { kind: 'dtmf'; digits: string }
  | { kind: 'silence' }
  | { kind: 'hangup' }
  | { kind: 'from'; number: string };

export function parseTranscript(source: string): SimEvent[] {
  const events: SimEvent[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (!line.startsWith('!')) return void events.push({ kind: 'speech', text: line, confidence: 1, alternatives: [] });
    const [, word, rest = ''] = /^!(\w+)\s*(.*)$/.exec(line) ?? [];
    switch (word) {
      case 'speech': {
        const m = /^(\d*\.?\d+)\s+(.*)$/.exec(rest);
        if (!m) throw new Error(`line ${i + 1}: !speech CONFIDENCE TEXT [| ALTERNATIVE…]`);
        const [text, ...alternatives] = m[2].split('|').map((s) => s.trim());
        events.push({ kind: 'speech', text, confidence: Number(m[1]), alternatives: alternatives.filter(Boolean) });
        break;
      }
      case 'dtmf':
        if (!/^[0-9*#]+$/.test(rest)) throw new Error(`line ${i + 1}: !dtmf DIGITS`);
        events.push({ kind: 'dtmf', digits: rest });
        break;
      case 'silence':
        events.push({ kind: 'silence' });
        break;
      case 'hangup':
        events.push({ kind: 'hangup' });
        break;
      case 'from':
        events.push({ kind: 'from', number: rest });
        break;
      default:
        throw new Error(`line ${i + 1}: unknown directive !${word}`);
    }
  });
  return events;
}

interface Options {
  file: string;
  url: string | null;
  from: string | null;
  ssml: boolean;
  json: boolean;
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { file: '', url: null, from: null, ssml: false, json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--url') o.url = args[++i] ?? '';
    else if (a === '--from') o.from = args[++i] ?? '';
    else if (a === '--ssml') o.ssml = true;
    else if (a === '--json') o.json = true;
    else if (a.startsWith('--')) return `nieznana opcja ${a}`;
    else o.file = a;
  }
  if (!o.file) return 'brak pliku z transkrypcją';
  if (o.url !== null && !/^https?:\/\/[^\s]+$/.test(o.url)) return '--url: adres http(s)://…';
  return o;
}

const USAGE = 'Użycie: npm run --silent cli -- phone-sim PLIK [--url http://127.0.0.1:3978] [--from +48601222333] [--ssml] [--json]\n';

interface Reply {
  text: string;
  ssml: string;
  hangup: boolean;
}

export async function phoneSim(args: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    err.write(`phone-sim: ${opts}\n${USAGE}`);
    return 2;
  }
  let events: SimEvent[];
  try {
    events = parseTranscript(fs.readFileSync(opts.file, 'utf8'));
  } catch (e) {
    err.write(`phone-sim: ${(e as Error).message}\n`);
    return 2;
  }

  let base = opts.url?.replace(/\/+$/, '') ?? '';
  let stop: () => Promise<void> = async () => undefined;
  if (!opts.url) {
    const [{ startApp }, { DEMO_CENTRE, loadCentre }] = await Promise.all([import('../server/app'), import('../config')]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-phone-sim-'));
    const app = await startApp(
      { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: `sqlite://${path.join(dir, 'pk.sqlite')}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent' } as never,
      loadCentre(),
    );
    base = app.url;
    stop = async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }

  const callId = `sim-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const post = async (p: string, body: unknown): Promise<Reply | null> => {
    const res = await fetch(`${base}/api/phone${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status === 204) return null;
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
    return (await res.json()) as Reply;
  };
  const show = (who: string, reply: Reply | null) => {
    if (!reply) return;
    if (opts.json) return void out.write(`${JSON.stringify(reply)}\n`);
    out.write(`${who}: ${reply.text}\n`);
    if (opts.ssml) out.write(`SSML: ${reply.ssml}\n`);
    if (reply.hangup) out.write('(rozłączenie)\n');
  };
  const said = (line: string) => {
    if (!opts.json) out.write(`DZWONIĄCY: ${line}\n`);
  };

  try {
    let from = opts.from;
    while (events[0]?.kind === 'from') from = (events.shift() as { number: string }).number;
    let reply = await post('/calls', { callId, from });
    show('BOT', reply);
    for (const e of events) {
      if (reply?.hangup) break;
      switch (e.kind) {
        case 'speech':
          said(e.confidence < 1 ? `${e.text}  [pewność ${e.confidence}]` : e.text);
          reply = await post(`/calls/${callId}/speech`, { text: e.text, confidence: e.confidence, alternatives: e.alternatives.map((text) => ({ text })) });
          break;
        case 'dtmf':
          said(`[klawisze ${e.digits}]`);
          reply = await post(`/calls/${callId}/dtmf`, { digits: e.digits });
          break;
        case 'silence':
          said('[cisza]');
          reply = await post(`/calls/${callId}/no-input`, {});
          break;
        case 'hangup':
          said('[rozłącza się]');
          reply = await post(`/calls/${callId}/hangup`, {});
          reply = { text: '', ssml: '', hangup: true };
          break;
        case 'from':
          break;
      }
      if (e.kind !== 'hangup') show('BOT', reply);
    }
    return 0;
  } catch (e) {
    err.write(`phone-sim: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await stop();
  }
}

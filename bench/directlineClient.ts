import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import { Questions, questionOf, run, type Channel, type Load, type RunResult } from './load';

/**
 * Direct Line residents in a process of their own (forked by bench/directline.ts), as real clients
 * are on other machines: their fetch, WebSocket and JSON work would otherwise share the server's
 * event loop and be counted as server latency. Talks to the parent over the fork's IPC channel:
 * { run: Load, url, secret } in, { settle } out while waiting for the server to finish the greetings,
 * { result: RunResult } out at the end.
 */

export interface ClientRequest {
  run: Load;
  url: string;
  secret: string;
}
export type ClientMessage = { settle: true } | { result: RunResult };

function directLineChannel(url: string, secret: string, settle: () => Promise<void>): Channel {
  const open = async () => {
    const res = await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } });
    const conv = (await res.json()) as { conversationId: string; token: string; streamUrl: string };
    const questions = new Questions();
    const ws = new WebSocket(conv.streamUrl);
    ws.on('message', (data) => {
      const set = JSON.parse(String(data)) as { activities: Partial<Activity>[] };
      for (const a of set.activities) {
        const q = questionOf(a);
        if (q) questions.push(q);
      }
    });
    ws.on('error', () => undefined);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const activities = `${url}/v3/directline/conversations/${conv.conversationId}/activities`;
    const headers = { Authorization: `Bearer ${conv.token}`, 'Content-Type': 'application/json' };
    return {
      questions,
      async say(text: string) {
        const r = await fetch(activities, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, locale: 'pl-PL' }) });
        if (r.status !== 200) throw new Error(`POST activity: HTTP ${r.status}`);
        await r.arrayBuffer();
      },
      close: () => ws.close(),
    };
  };
  return Object.assign(open, { settle });
}

if (require.main === module && process.send) {
  const send = (m: ClientMessage) => process.send!(m);
  let settled: (() => void) | null = null;
  process.on('message', (m: ClientRequest | { settled: true }) => {
    if ('settled' in m) {
      settled?.();
      return;
    }
    const settle = () =>
      new Promise<void>((resolve) => {
        settled = resolve;
        send({ settle: true });
      });
    void run(m.run, directLineChannel(m.url, m.secret, settle)).then((result) => {
      send({ result });
      process.disconnect();
    });
  });
}

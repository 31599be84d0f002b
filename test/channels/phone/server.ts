import fs from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../../../server/app';
import { DEMO_CENTRE, loadCentre, type Settings } from '../../../config';
import { tempDir } from '../../helpers/databases';
import type { PhoneReply } from '../../../channels/phone';

/** The real server on a random loopback port with a temp SQLite file. */
export async function startTestServer(): Promise<{ app: RunningApp; stop(): Promise<void> }> {
  const dir = tempDir('pk-phone-');
  const app = await startApp(
    { PORT: 0, HOST: '127.0.0.1', DATABASE_URL: `sqlite://${path.join(dir, 'pk.sqlite')}`, CENTRE_CONFIG: DEMO_CENTRE, LOG_LEVEL: 'silent' } as Settings,
    loadCentre(),
  );
  return {
    app,
    async stop() {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A reply as the gateway receives it. */
export type Reply = PhoneReply;

/** A caller on the JSON webhook. */
export class Caller {
  constructor(readonly url: string, readonly callId = `call-${Math.random().toString(36).slice(2)}`) {}

  private async post(p: string, body: unknown): Promise<Reply> {
    const res = await fetch(`${this.url}/api/phone${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status === 204) return null as unknown as Reply;
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as Reply;
  }

  start(from?: string) {
    return this.post('/calls', { callId: this.callId, from });
  }
  say(text: string, confidence = 0.9, alternatives?: { text: string; confidence?: number }[]) {
    return this.post(`/calls/${this.callId}/speech`, { text, confidence, alternatives });
  }
  press(digits: string) {
    return this.post(`/calls/${this.callId}/dtmf`, { digits });
  }
  silence() {
    return this.post(`/calls/${this.callId}/no-input`, {});
  }
  hangup() {
    return this.post(`/calls/${this.callId}/hangup`, {});
  }
}

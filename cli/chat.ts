import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createBot } from '../bot';
import { ChannelAdapter } from '../channels';
import { loadCentre, loadSettings } from '../config';
import { openDatabase } from '../storage';

/** Renders one bot activity for a terminal: text, then choices as a numbered list. */
export function renderForTerminal(a: Activity): string {
  if (a.type !== 'message' || !a.text) return '';
  const choices = a.suggestedActions?.actions ?? [];
  const list = choices.map((c, i) => `   ${i + 1}. ${c.title}`).join('\n');
  return `bot> ${a.text}${list ? `\n${list}` : ''}\n`;
}

/** `npm run cli -- chat`: the same bot, on the configured database, in the terminal. */
export async function chat(_args: string[]): Promise<number> {
  const settings = loadSettings();
  const config = loadCentre(settings.CENTRE_CONFIG);
  const db = await openDatabase(settings.DATABASE_URL);
  const runtime = createBot({ config, db });
  const adapter = new ChannelAdapter(runtime.bot, runtime.middleware);
  const conversation = { id: `cli-${randomUUID()}` };
  const sink = (a: Activity) => {
    process.stdout.write(renderForTerminal(a));
  };
  const base = { channelId: 'cli', conversation, from: { id: 'resident', name: 'resident' } };
  process.stderr.write('(Ctrl+D kończy rozmowę)\n');
  await adapter.receive({ ...base, type: 'conversationUpdate', membersAdded: [{ id: 'resident', name: 'resident' }] }, sink);
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    await adapter.receive({ ...base, type: 'message', text: line }, sink);
  }
  await db.close();
  return 0;
}

import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { directLineOf } from '../../../channels/directline';
import type { DirectLineConversation } from '../../../channels/directline/conversationStore';
import type { RunningApp } from '../../../server/app';
import { answerFor, REFERENCE, startTestServer, type Pk } from './intake';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) process.stderr.write(`\nSKIPPED: /chat browser test – chromium not installed at ${CHROMIUM}\n\n`);
const describeIfChromium = haveChromium ? describe : describe.skip;

type Stored = { type: string; text?: string; from: { role: string }; channelData?: { pk?: Pk & { choices: { title: string }[] } } };

describeIfChromium('/chat in headless Chromium with Microsoft Web Chat', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    app = await startTestServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The page's conversation as the server keeps it (the test reads the question's step from it). */
  async function serverSide(): Promise<DirectLineConversation> {
    const store = directLineOf(app.ctx)!.store as unknown as { conversations: Map<string, DirectLineConversation> };
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      const [c] = store.conversations.values();
      if (c) return c;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the page never started a conversation');
  }

  async function lastQuestion(c: DirectLineConversation, after: number): Promise<{ index: number; activity: Stored }> {
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      for (let i = c.activities.length - 1; i >= after; i--) {
        const a = JSON.parse(c.activities[i]) as Stored;
        if (a.from.role === 'bot' && (a.channelData?.pk || REFERENCE.test(a.text ?? ''))) return { index: i, activity: a };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no question from the bot');
  }

  test('a resident opens /chat, clicks a suggested action, types the answers and sees the reference number', async () => {
    await page.goto(`${app.url}/chat`);
    expect(await page.title()).toContain('Miejski Ośrodek Pomocy Społecznej w Demowie');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    const c = await serverSide();

    let after = 0;
    let clicked = 0;
    for (let turn = 0; turn < 40; turn++) {
      const { index, activity } = await lastQuestion(c, after);
      if (REFERENCE.test(activity.text ?? '')) break;
      // The question is on screen before we answer it.
      await page.getByText(activity.text!.split('\n')[0].slice(0, 40), { exact: false }).last().waitFor({ timeout: 15000 });
      if (process.env.PK_SCREENSHOT && turn === 3) await page.screenshot({ path: process.env.PK_SCREENSHOT });
      const answer = answerFor(activity.channelData!.pk!);
      const isChoice = activity.channelData!.pk!.choices.some((ch) => ch.title === answer);
      if (isChoice) {
        await page.getByRole('button', { name: answer, exact: true }).last().click({ timeout: 15000 });
        clicked++;
      } else {
        const box = page.locator('[data-id="webchat-sendbox-input"]');
        await box.fill(answer);
        await box.press('Enter');
      }
      after = index + 1;
      // Wait for our own echo before looking for the next question.
      const deadline = Date.now() + 15000;
      while (c.activities.length <= after && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    }
    expect(clicked).toBeGreaterThan(0);
    const reference = page.getByText(REFERENCE).last();
    await reference.waitFor({ timeout: 15000 });
    const shown = REFERENCE.exec((await reference.textContent()) ?? '')![0];
    const record = await app.ctx.runtime.services.intakes.getByReference(shown);
    expect(record).toMatchObject({ conversationId: c.id, channel: 'webchat', applicant: { pesel: '44051401359' } });
  }, 120000);
});

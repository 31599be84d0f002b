import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningApp } from '../../server/app';
import { addUser, finishIntake, PASSWORD, startDesk, URGENT_ANSWERS } from './helpers';

const CHROMIUM = '/usr/bin/chromium';
const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');
const AXE_SOURCE = fs.readFileSync(AXE, 'utf8');
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED: worker desk browser test – chromium not installed at ${CHROMIUM}`);
const describeBrowser = haveChromium ? describe : describe.skip;

/** axe-core in the page; returns the violations, summarised for a readable failure. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the desk's CSP (script-src 'self') stays on, as in production.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

async function login(page: Page, url: string, user: string): Promise<void> {
  await page.goto(`${url}/worker/login`);
  await page.waitForFunction(() => document.title.startsWith('Logowanie') && document.querySelector('h1')?.textContent === 'Logowanie');
  // Keyboard only: the login field has focus; type, Tab, type, Enter.
  await page.focus('#login');
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-ready="1"]');
}

describeBrowser('worker desk in headless Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startDesk();
    await addUser(app.ctx, 'pierwszy', 'first_contact');
    await addUser(app.ctx, 'socjalna1', 'team', ['praca_socjalna']);
    await addUser(app.ctx, 'admin', 'admin');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  test('an intake finished through the bot arrives live, is edited, rerouted, printed; the audit log shows each step; axe finds nothing', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${app.url}/worker/login`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Logowanie');
    expect(await axeViolations(page)).toEqual([]);

    await login(page, app.url, 'pierwszy');
    await page.waitForSelector('#view-title');
    expect(await page.textContent('#view-title')).toBe('Nowe zgłoszenia');
    await page.waitForSelector('body[data-live="on"]');
    expect(await page.textContent('#view')).toContain('Brak nowych zgłoszeń');
    expect(await axeViolations(page)).toEqual([]);

    // The resident talks to the bot (Web Chat activities, turn by turn) while the desk is open.
    await finishIntake(app.ctx, 'conv-browser-1');
    const record = (await app.ctx.runtime.services.intakes.list({ status: 'new' }))[0];
    const row = page.locator(`tr[data-id="${record.id}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getAttribute('class')).toContain('arrived');
    await page.waitForFunction((ref) => document.getElementById('live-polite')?.textContent?.includes(ref), record.reference);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: focus the reference link and press Enter.
    await page.focus(`a[href="#/record/${record.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((ref) => document.getElementById('view-title')?.textContent === `Zgłoszenie ${ref}`, record.reference);
    expect(await page.textContent('.transcript')).toContain('brakuje mi pieniędzy na opał');
    expect(await page.textContent('#view')).toContain('Dlaczego:');
    expect(await axeViolations(page)).toEqual([]);

    // Edit: a wrong PESEL is refused with a message at the field; a phone is corrected.
    await page.fill('#f-applicant-pesel', '12345678901');
    await page.fill('#f-applicant-phone', '603 444 555');
    await page.click('button:has-text("Zapisz poprawki")');
    await page.waitForSelector('#f-applicant-pesel[aria-invalid="true"]');
    expect(await page.textContent('#f-applicant-pesel-err')).toContain('PESEL');
    await page.fill('#f-applicant-pesel', '44051401359');
    await page.click('button:has-text("Zapisz poprawki")');
    await page.waitForSelector('p.notice:has-text("Zapisano.")');
    expect((await app.ctx.runtime.services.intakes.get(record.id))!.applicant.phone).toBe('603444555');

    // Reroute with a reason.
    await page.selectOption('#reroute-team', 'praca_socjalna');
    await page.fill('#reroute-reason', 'sprawa rodzinna, nie świadczenie');
    await page.click('button:has-text("Przekieruj")');
    await page.waitForFunction(() => document.querySelector('dl.record dd')?.textContent === 'przekierowane');
    const stored = (await app.ctx.runtime.services.intakes.get(record.id))!;
    expect(stored).toMatchObject({ status: 'rerouted', team: 'praca_socjalna' });

    // Print: the PDF card downloads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pdf-link')]);
    const file = await download.path();
    expect(fs.readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe(`karta-${record.reference}.pdf`);

    // The team's queue, as the first-contact worker sees it.
    await page.goto(`${app.url}/worker/#/queue/praca_socjalna`);
    await page.waitForSelector(`tr[data-id="${record.id}"]`);
    expect(await page.textContent('#view')).toContain('Termin wywiadu');
    expect(await axeViolations(page)).toEqual([]);

    // The admin reads the audit log for this record.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await login(admin, app.url, 'admin');
    await admin.goto(`${app.url}/worker/#/audit?intake=${record.reference}`);
    await admin.waitForSelector('#audit-table');
    const auditText = await admin.textContent('#audit-table');
    for (const action of ['record.view', 'record.edit', 'record.reroute', 'record.print']) expect(auditText).toContain(action);
    expect(auditText).toContain('user:pierwszy');
    expect(await axeViolations(admin)).toEqual([]);
    for (const [hash, ready] of [['#/users', '#u-login'], ['#/settings', 'pre']]) {
      await admin.goto(`${app.url}/worker/${hash}`);
      await admin.waitForSelector(ready);
      expect(await axeViolations(admin)).toEqual([]);
    }
    await adminContext.close();

    // An urgent intake arrives while the inbox is open: first in the list, highlighted, a beep and an assertive announcement.
    await page.addInitScript(() => {
      const w = window as unknown as { __beeps: number; AudioContext: unknown };
      w.__beeps = 0;
      const Real = w.AudioContext as new () => AudioContext;
      w.AudioContext = class extends Real {
        override createOscillator() {
          w.__beeps++;
          return super.createOscillator();
        }
      };
    });
    await page.goto(`${app.url}/worker/#/inbox`);
    await page.reload(); // a full load, so the init script runs
    await page.waitForSelector('body[data-live="on"]');
    await finishIntake(app.ctx, 'conv-browser-urgent', URGENT_ANSWERS);
    const urgent = (await app.ctx.runtime.services.intakes.list({ status: 'new', urgent: true }))[0];
    await page.waitForSelector(`tr[data-id="${urgent.id}"].urgent.arrived`, { timeout: 10_000 });
    expect(await page.getAttribute('tbody tr:first-child', 'data-id')).toBe(urgent.id);
    expect(await page.textContent(`tr[data-id="${urgent.id}"]`)).toContain('PILNE');
    await page.waitForFunction((ref) => document.getElementById('live-urgent')?.textContent === `Nowe pilne zgłoszenie: ${ref}`, urgent.reference);
    expect(await page.evaluate(() => (window as unknown as { __beeps: number }).__beeps)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 90_000);
});

import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../channels/phone/server';
import { axeViolations, describeWithChromium, launch } from './browser';

/* eslint-disable @typescript-eslint/no-explicit-any */
// Browser globals used inside page.evaluate callbacks (the project's tsconfig has no DOM lib).
declare const window: any;
declare const document: any;
declare const getComputedStyle: any;


let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describeWithChromium('kiosk page in Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const turns = (page: Page) => page.evaluate(() => Number(document.documentElement.getAttribute('data-turns') || 0));

  /** Does something that sends an answer, then waits for the bot's whole reply. */
  async function answer(page: Page, act: () => Promise<void>): Promise<string> {
    const before = await turns(page);
    await act();
    await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-turns') || 0) > n, before);
    return (await page.textContent('#question')) ?? '';
  }
  const click = (page: Page, name: string | RegExp) => () => page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  const keypad = (page: Page, digits: string) => async () => {
    for (const d of digits) await page.click(`#keypad [data-key="${d}"]`);
    await page.click('#send');
  };
  const type = (page: Page, text: string) => async () => {
    const field = (await page.isVisible('#answer-long')) ? '#answer-long' : '#answer';
    await page.fill(field, text);
    await page.click('#send');
  };

  async function noViolations(page: Page, screen: string): Promise<void> {
    const v = await axeViolations(page);
    expect({ screen, violations: v }).toEqual({ screen, violations: [] });
  }

  test('a whole intake by touch: buttons, the on-screen keypad, and a ticket with the reference number', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1500 }, bypassCSP: true });
    await page.goto(`${server.app.url}/kiosk`);
    await page.waitForSelector('html[data-idle]');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await noViolations(page, 'welcome');

    let q = await answer(page, click(page, 'Rozpocznij'));
    expect(q).toContain('Czy możemy zaczynać?');
    expect(await page.textContent('#said')).toContain('Jestem programem komputerowym');
    // Large type and big targets.
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.body).fontSize),
      smallest: Math.min(...[...document.querySelectorAll('button')].filter((b: any) => b.offsetParent).map((b: any) => b.getBoundingClientRect().height)),
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(24);
    expect(sizes.smallest).toBeGreaterThanOrEqual(48);
    expect(await page.isVisible('text=Wstecz')).toBe(true);
    expect(await page.isVisible('text=Zacznij od nowa')).toBe(true);
    await noViolations(page, 'consent');

    q = await answer(page, click(page, 'Tak, zaczynamy'));
    expect(q).toContain('W czym możemy pomóc');
    expect(await page.isVisible('#answer-long')).toBe(true);
    await noViolations(page, 'problem');
    q = await answer(page, type(page, 'Brakuje mi pieniędzy na opał na zimę, proszę o zasiłek celowy.'));
    await noViolations(page, 'problem confirm');
    q = await answer(page, click(page, 'Tak'));
    expect(q).toContain('Kogo dotyczy');
    q = await answer(page, click(page, 'Mnie'));
    await noViolations(page, 'name');
    q = await answer(page, type(page, 'Anna Kowalska'));
    expect(q).toContain('PESEL');
    expect(await page.isVisible('#keypad')).toBe(true);
    await noViolations(page, 'PESEL with keypad');
    q = await answer(page, keypad(page, '44051401359'));
    expect(q).toContain('adres');
    q = await answer(page, type(page, 'ul. Słoneczna 5, 99-100 Demowo'));
    expect(q).toContain('telefonu');
    q = await answer(page, keypad(page, '601222333'));
    expect(q).toContain('Ile osób');
    q = await answer(page, keypad(page, '2'));
    expect(q).toContain('dochód');
    await page.click('#keypad [data-key="9"]');
    await page.click('#keypad [data-key="back"]');
    q = await answer(page, keypad(page, '1500'));
    expect(q).toContain('Czego najbardziej potrzeba');
    await noViolations(page, 'benefit needs');
    q = await answer(page, click(page, 'Opału lub pomocy w opłatach'));
    expect(q).toContain('Czy wszystko się zgadza?');
    expect(q).toContain('Dochód miesięczny netto: 1500 zł');
    await noViolations(page, 'summary');
    await answer(page, click(page, 'Tak, wysyłam'));

    await page.waitForSelector('#ticket-team:not(:empty)');
    const ref = (await page.textContent('#ticket-ref')) ?? '';
    expect(ref).toMatch(/^PK-\d{4}-\d{6}$/);
    const ticket = (await page.textContent('#ticket')) ?? '';
    expect(ticket).toContain('Zespół do spraw świadczeń przyznawanych decyzją');
    expect(ticket).toContain('4 lub 5');
    expect(ticket).toContain('od poniedziałku do piątku');
    for (const personal of ['Kowalska', '44051401359', '601222333', 'Słoneczna 5']) expect(ticket).not.toContain(personal);
    expect(await page.isVisible('text=Drukuj bilet')).toBe(true);
    expect(await page.isVisible('#back')).toBe(false);
    await noViolations(page, 'ticket');

    // On paper: the ticket only.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#ticket')).toBe(true);
    expect(await page.isVisible('#end-said')).toBe(false);
    expect(await page.isVisible('#nav')).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const record = await server.app.ctx.runtime.services.intakes.getByReference(ref);
    expect(record).toMatchObject({ channel: 'kiosk', status: 'new', team: 'swiadczenia' });

    // "Zacznij od nowa" after the end: a clean screen for the next person.
    await page.click('#restart');
    expect(await page.isVisible('#welcome')).toBe(true);
    expect(await page.textContent('body')).not.toContain(ref);
    await page.close();
  });

  test('text size switch, "Wstecz", and the page works without speechSynthesis', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.addInitScript(() => {
      // A device without speech synthesis.
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await page.goto(`${server.app.url}/kiosk`);
    await page.waitForSelector('html[data-idle]');
    expect(await page.isVisible('#read-toggle')).toBe(false);
    await page.click('[data-size="3"]');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(36);
    await answer(page, click(page, 'Rozpocznij'));
    await answer(page, click(page, 'Tak, zaczynamy'));
    const q = await answer(page, click(page, 'Wstecz'));
    expect(q).toContain('Czy możemy zaczynać?');
    expect(await page.textContent('#said')).toContain('wracamy do poprzedniego pytania');
    await page.close();
  });

  test('read-aloud: a per-message button and a toggle, in Polish', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: unknown }).spoken = spoken;
      const fake = {
        speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => undefined,
        getVoices: () => [],
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    });
    await page.goto(`${server.app.url}/kiosk`);
    await page.waitForSelector('html[data-idle]');
    await answer(page, click(page, 'Rozpocznij'));
    await page.locator('#said .speak').first().click();
    let spoken: { text: string; lang: string }[] = await page.evaluate(() => window.spoken);
    expect(spoken[0]).toEqual({ text: expect.stringContaining('Dzień dobry'), lang: 'pl-PL' });
    await page.click('#read-toggle');
    expect(await page.getAttribute('#read-toggle', 'aria-pressed')).toBe('true');
    await answer(page, click(page, 'Tak, zaczynamy'));
    spoken = await page.evaluate(() => window.spoken);
    expect(spoken.map((s) => s.text).join(' ')).toContain('W czym możemy pomóc');
    await noViolations(page, 'with read-aloud buttons');
    await page.close();
  });

  test('inactivity: a warning with a big button, then the screen is wiped; the answers are saved', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.app.url}/kiosk?warn=2&reset=4`);
    await page.waitForSelector('html[data-idle]');
    expect(await page.getAttribute('html', 'data-idle')).toBe('2/4');
    await answer(page, click(page, 'Rozpocznij'));
    await answer(page, click(page, 'Tak, zaczynamy'));
    await answer(page, type(page, 'Potrzebuję pomocy w opiece nad mamą'));

    await page.waitForSelector('#idle:not([hidden])', { timeout: 4000 });
    expect(await page.textContent('#idle')).toContain('Czy potrzebuje Pan/Pani więcej czasu?');
    await noViolations(page, 'inactivity warning');
    await page.getByRole('button', { name: 'Tak, potrzebuję więcej czasu' }).click();
    expect(await page.isVisible('#idle')).toBe(false);
    expect(await page.isVisible('#talk')).toBe(true);

    await page.waitForSelector('#welcome:not([hidden])', { timeout: 6000 });
    expect(await page.isVisible('#talk')).toBe(false);
    const body = (await page.textContent('body')) ?? '';
    expect(body).not.toContain('opiece nad mamą');
    expect(await page.textContent('#question')).toBe('');
    const saved = (await server.app.ctx.runtime.services.intakes.list()).filter((r) => r.channel === 'kiosk' && r.problem.description.includes('opiece nad mamą'));
    expect(saved).toHaveLength(1);
    await page.close();
  });

  test('declining at the start ends without a ticket; the next person gets a clean screen', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.app.url}/kiosk`);
    await page.waitForSelector('html[data-idle]');
    await answer(page, click(page, 'Rozpocznij'));
    await answer(page, click(page, 'Nie, dziękuję'));
    expect(await page.isVisible('#end')).toBe(true);
    expect(await page.isVisible('#ticket')).toBe(false);
    expect(await page.isVisible('text=Drukuj bilet')).toBe(false);
    expect(await page.textContent('#end-said')).toContain('99 100 20 30');
    await noViolations(page, 'end without ticket');
    await page.click('#restart');
    expect(await page.isVisible('#welcome')).toBe(true);
    expect(await page.textContent('#end-said')).toBe('');
    await page.close();
  });

  test('the URL can shorten the inactivity limits but not lengthen them', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.app.url}/kiosk?warn=600&reset=9000`);
    await page.waitForSelector('html[data-idle]');
    expect(await page.getAttribute('html', 'data-idle')).toBe('60/90');
    await page.close();
  });
});

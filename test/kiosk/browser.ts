import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-explicit-any */
// Browser globals used inside page.evaluate callbacks (the project's tsconfig has no DOM lib).
declare const window: any;
declare const document: any;


export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);

/** describe, or a loud skip when the machine has no Chromium. */
export function describeWithChromium(title: string, suite: () => void): void {
  if (hasChromium) return describe(title, suite);
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED: "${title}" – ${CHROMIUM} not installed (apt-get install -y chromium)`);
  describe.skip(title, suite);
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

const AXE = require.resolve('axe-core/axe.min.js');

/** axe-core violations for WCAG 2.1 A and AA on the page as it is now. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

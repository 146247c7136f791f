import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { downloadFirstExport } from './exports';
import { ARTIFACTS_DIR } from './page-record';
import { postStatements, startFita, type RunningFita } from './fita-process';

describe('dashboard in Chromium against a running Fita', () => {
  let fita: RunningFita;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fita = await startFita();
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await fita?.stop();
  });

  it('logs in and shows the number of users posted for 2020 on the overview card', async () => {
    const learners = ['ana', 'joan', 'marta'];
    await postStatements(
      fita,
      learners.map((name, index) => ({
        actor: { mbox: `mailto:${name}@example.org` },
        verb: { id: 'http://adlnet.gov/expapi/verbs/registered' },
        object: { id: 'https://lms.example.org/courses/cloud-basics' },
        timestamp: `2020-0${index + 3}-10T10:00:00Z`,
      })),
    );

    await page.goto(`${fita.baseUrl}/`);
    await page.getByTestId('login-email').fill(fita.admin.email);
    await page.getByTestId('login-password').fill(fita.admin.password);
    await page.getByTestId('login-submit').click();

    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${fita.baseUrl}/?from=2020-01-01&to=2020-12-31`);
    // The refresh job runs in the background; the page reloads its figures once freshness catches up.
    await expectText(page.getByTestId('kpi-users').getByTestId('kpi-value'), '3');
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'overview.png'), fullPage: true });
  });

  it('builds the manager workbook of the chosen year and downloads it from the export list', async () => {
    await page.getByTestId('overview-export').getByTestId('export-submit').click();
    await page.getByTestId('export-accepted').filter({ hasText: /\S/ }).waitFor();
    await page.getByTestId('overview-export').getByTestId('export-open').click();
    await page.waitForURL(/\/exports/);
    const download = await downloadFirstExport(page);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    // An xlsx file is a zip archive.
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});

/** Waits until the element shows `expected`: the page itself polls freshness and reloads its figures. */
async function expectText(element: Locator, expected: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  while (Date.now() < deadline) {
    seen = await element.textContent({ timeout: 5_000 }).catch(() => null);
    if (seen?.trim() === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${element.toString()} shows ${JSON.stringify(seen)}, expected "${expected}"`);
}

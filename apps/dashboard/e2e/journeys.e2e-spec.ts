import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startFita, type RunningFita } from './fita-process';
import { recordPage } from './page-record';

// Each role's main journey through the dashboard on the demo data (the
// Cibernàrium figures), as a newcomer's `npm start` serves it. Every page
// visited is screenshotted and checked by axe-core.

interface Account {
  email: string;
  password: string;
}

describe('role journeys on the demo data', () => {
  let fita: RunningFita;
  let browser: Browser;

  beforeAll(async () => {
    fita = await startFita({ demo: true });
    browser = await launchChromium();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await fita?.stop();
  });

  async function signedIn(account: Account): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${fita.baseUrl}/login`);
    await page.getByTestId('login-email').fill(account.email);
    await page.getByTestId('login-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { context, page };
  }

  async function visit(page: Page, path: string, name: string): Promise<void> {
    await page.goto(`${fita.baseUrl}${path}`);
    expect(await recordPage(page, name)).toEqual([]);
  }

  it('a programme manager reads the 2017–2021 figures', async () => {
    const { context, page } = await signedIn(fita.admin);
    await visit(page, '/', 'manager-overview');
    await visit(page, '/trends?from=2017-01-01&to=2021-12-31', 'manager-trends');
    await visit(page, '/breakdowns?from=2017-01-01&to=2021-12-31', 'manager-breakdowns');
    await expectVisibleText(page, '23,364');
    await visit(page, '/courses?from=2017-01-01&to=2021-12-31', 'manager-courses');
    await page.locator('table a').first().click();
    expect(await recordPage(page, 'manager-course')).toEqual([]);
    await context.close();
  });

  it('an administrator manages imports and operations', async () => {
    const { context, page } = await signedIn(fita.admin);
    await visit(page, '/admin/imports', 'admin-imports');
    await visit(page, '/admin/operations', 'admin-operations');
    await context.close();
  });
});

async function expectVisibleText(page: Page, text: string): Promise<void> {
  await page
    .getByText(text, { exact: false })
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
}

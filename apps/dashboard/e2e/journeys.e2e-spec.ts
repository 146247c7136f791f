import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startFita, type RunningFita } from './fita-process';
import { downloadFirstExport } from './exports';
import { recordPage } from './page-record';

// Each role's main journey through the dashboard on the demo data (the
// Cibernàrium figures), as a newcomer's `npm start` serves it. Every page a
// journey opens is screenshotted (CI keeps them as artifacts) and checked by
// axe-core for WCAG 2.1 A and AA violations. The journeys run in order: the
// administrator adds the team, the manager freezes a snapshot, an
// administrator approves it, the auditor checks it, communications publish it.

// Verifying and drilling into evidence recompute from the statements: minutes on a busy CI machine.
jest.setTimeout(600_000);

type Colleague = 'manager' | 'auditor' | 'communications';

interface Account {
  email: string;
  password: string;
}

describe('role journeys on the demo data', () => {
  let fita: RunningFita;
  let browser: Browser;
  const team = new Map<Colleague, Account>();
  let snapshotPath = '';

  beforeAll(async () => {
    fita = await startFita({ demo: true });
    browser = await launchChromium();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await fita?.stop();
  });

  async function signIn(
    account: Account,
    language = 'en',
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    await context.addInitScript(
      (chosen) => localStorage.setItem('fita.language', chosen),
      language,
    );
    const page = await context.newPage();
    await page.goto(`${fita.baseUrl}/login`);
    await page.getByTestId('login-email').fill(account.email);
    await page.getByTestId('login-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return { context, page };
  }

  function member(role: Colleague): Account {
    const account = team.get(role);
    if (!account) throw new Error(`no ${role} yet: the administrator's journey adds the team`);
    return account;
  }

  /** Opens `path`, waits for it to settle, screenshots it and expects no axe violation. */
  async function visit(page: Page, path: string, name: string): Promise<void> {
    await page.goto(`${fita.baseUrl}${path}`);
    await expectAccessible(page, name);
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    expect({ page: name, violations: await recordPage(page, name) }).toEqual({
      page: name,
      violations: [],
    });
  }

  it('an administrator adds the team and looks after credentials, imports and data quality', async () => {
    const { context, page } = await signIn(fita.admin);
    await visit(page, '/admin/users', 'admin-users');
    for (const role of ['manager', 'auditor', 'communications'] as const) {
      const email = `${role}@cibernarium.example`;
      await page.getByTestId('new-user-email').fill(email);
      await page.getByTestId('new-user-role').selectOption(role);
      await page.getByTestId('new-user-submit').click();
      const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
      expect(password.length).toBeGreaterThanOrEqual(12);
      team.set(role, { email, password });
      if (role === 'communications') await expectAccessible(page, 'admin-users-password-shown');
      await page.getByTestId('hide-password').click();
    }
    await expectAccessible(page, 'admin-users-team');
    await visit(page, '/admin/lrs-credentials', 'admin-lrs-credentials');
    await visit(page, '/admin/imports', 'admin-imports');
    await visit(page, '/quality', 'admin-quality');
    await context.close();
  });

  it('a programme manager reads the 2017–2021 figures and freezes them in a snapshot', async () => {
    const { context, page } = await signIn(member('manager'));
    await expectAccessible(page, 'manager-overview');
    await visit(page, '/?from=2017-01-01&to=2021-12-31', 'manager-overview-2017-2021');
    await expectText(page.getByTestId('kpi-users').getByTestId('kpi-value'), '23,364');
    await visit(page, '/trends?from=2017-01-01&to=2021-12-31', 'manager-trends');
    await visit(page, '/breakdowns?from=2017-01-01&to=2021-12-31', 'manager-breakdowns');
    await visit(page, '/courses?from=2017-01-01&to=2021-12-31', 'manager-courses');
    await page.locator('table a').first().click();
    await expectAccessible(page, 'manager-course');
    await visit(page, '/operations', 'manager-funding');
    await page.locator('main table a, main a[href^="/operations/"]').first().click();
    await expectAccessible(page, 'manager-funding-operation');

    await visit(page, '/snapshots', 'manager-snapshots');
    await page.getByTestId('new-snapshot-from').fill('2017-01-01');
    await page.getByTestId('new-snapshot-to').fill('2021-12-31');
    await page.getByTestId('new-snapshot-submit').click();
    await page.getByTestId('job-link').click({ timeout: 120_000 });
    await page.waitForURL(/\/snapshots\/[0-9a-f-]{36}$/);
    snapshotPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'manager-snapshot');
    await context.close();
  });

  it("an administrator approves the manager's snapshot (four eyes)", async () => {
    const { context, page } = await signIn(fita.admin);
    await visit(page, snapshotPath, 'admin-snapshot-to-approve');
    await page.getByTestId('approve').click();
    await page.getByTestId('approve-done').filter({ hasText: /\S/ }).waitFor();
    await expectAccessible(page, 'admin-snapshot-approved');
    await context.close();
  });

  it('an auditor verifies the snapshot and follows a figure to its evidence', async () => {
    const { context, page } = await signIn(member('auditor'));
    await visit(page, snapshotPath, 'auditor-snapshot');
    await page.getByTestId('verify').click();
    await page.getByTestId('verify-verdict').waitFor({ timeout: 120_000 });
    await expectAccessible(page, 'auditor-snapshot-verified');
    await page.locator(`a[href^="${snapshotPath}/evidence"]`).first().click();
    await page.getByTestId('evidence-table').waitFor({ timeout: 120_000 });
    await expectAccessible(page, 'auditor-evidence');

    // The ERDF indicator workbook of the snapshot, with its evidence sheet.
    await page.goto(`${fita.baseUrl}${snapshotPath}`);
    const erdf = page.getByTestId('erdf-export-action');
    await erdf.getByTestId('export-evidence').check();
    await erdf.getByTestId('export-submit').click();
    await erdf.getByTestId('export-accepted').filter({ hasText: /\S/ }).waitFor();
    await erdf.getByTestId('export-open').click();
    const workbook = await downloadFirstExport(page);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    await expectAccessible(page, 'auditor-exports');
    await context.close();
  });

  it("an administrator finds the auditor's evidence view and download in the audit log", async () => {
    const { context, page } = await signIn(fita.admin);
    await visit(page, '/admin/audit', 'admin-audit');
    const auditor = member('auditor').email;
    const events = page.getByTestId('audit-events').locator('tbody tr');
    await events
      .filter({ hasText: 'Viewed evidence' })
      .filter({ hasText: auditor })
      .first()
      .waitFor();
    await events
      .filter({ hasText: 'ERDF export with evidence' })
      .filter({ hasText: auditor })
      .first()
      .waitFor();
    await page.getByTestId('audit-filter-action').selectOption('evidence.view');
    await page.getByTestId('audit-filter-user').fill(auditor);
    await page.getByTestId('audit-filter-apply').click();
    // Settled (no request in flight, nothing busy) before the rows are read.
    await expectAccessible(page, 'admin-audit-filtered');
    expect(await events.filter({ hasText: 'Viewed evidence' }).count()).toBeGreaterThan(0);
    expect(await events.filter({ hasNotText: 'Viewed evidence' }).count()).toBe(0);
    await context.close();
  });

  it('communications staff see only publication figures, ready to quote', async () => {
    const { context, page } = await signIn(member('communications'));
    await page.waitForURL(/\/publication/);
    await page.getByTestId('headline-figures').waitFor();
    await expectAccessible(page, 'communications-publication');
    const pages = await page.locator('header nav a').allTextContents();
    expect(pages.map((text) => text.trim())).not.toContain('Overview');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-png').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);

    const publication = page.getByTestId('publication-export');
    await publication.getByTestId('export-format-csv').check();
    await publication.getByTestId('export-table').selectOption('totals');
    await publication.getByTestId('export-submit').click();
    await publication.getByTestId('export-open').click();
    const csv = await downloadFirstExport(page);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await expectAccessible(page, 'communications-exports');
    await page.goto(`${fita.baseUrl}/trends`);
    await page.waitForURL(/\/publication/);
    await context.close();
  });

  it('reads in Catalan and in Spanish, numbers included', async () => {
    for (const [language, overview, users] of [
      ['ca', 'Resum', '23.364'],
      ['es', 'Resumen', '23.364'],
    ] as const) {
      const { context, page } = await signIn(member('manager'), language);
      await visit(page, '/?from=2017-01-01&to=2021-12-31', `manager-overview-${language}`);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect((await page.locator('header nav a').first().textContent())?.trim()).toBe(overview);
      await expectText(page.getByTestId('kpi-users').getByTestId('kpi-value'), users);
      await context.close();
    }
  });
});

async function expectText(
  element: import('playwright-core').Locator,
  expected: string,
): Promise<void> {
  await element.filter({ hasText: expected }).waitFor({ timeout: 30_000 });
}

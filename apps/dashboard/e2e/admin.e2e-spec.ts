import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { ARTIFACTS_DIR, recordPage } from './page-record';
import { startFita, type RunningFita } from './fita-process';

const REGISTRY = [
  'person_id,email,account_home_page,account_name,sex,birth_year,isced_level,employment_status,municipality,district',
  'p-1,ana@example.org,,,woman,1990,3,employed,Barcelona,Sants-Montjuïc',
  'p-1,,https://moodle.example.org,ana.puig,woman,1990,3,employed,Barcelona,Sants-Montjuïc',
  'p-2,joan@example.org,,,man,1985,6,unemployed,Barcelona,Gràcia',
].join('\n');

describe('admin pages in Chromium against a running Fita', () => {
  let fita: RunningFita;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fita = await startFita();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await page.goto(`${fita.baseUrl}/`);
    await page.getByTestId('login-email').fill(fita.admin.email);
    await page.getByTestId('login-password').fill(fita.admin.password);
    await page.getByTestId('login-submit').click();
    // The header's links are clicked next: let the navigation after signing in finish first.
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('main h1').waitFor();
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await fita?.stop();
  });

  it('uploads a learner registry through the imports page and shows what was applied', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Imports' })
      .click();
    await page.getByTestId('learners-import-file').setInputFiles({
      name: 'registry.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REGISTRY, 'utf8'),
    });
    await page.getByTestId('learners-import-submit').click();

    await page.getByTestId('learners-import-applied').waitFor({ timeout: 30_000 });
    expect((await page.getByTestId('learners-import-applied-count').textContent())?.trim()).toBe(
      '3',
    );
    await page.getByTestId('registry-persons').filter({ hasText: '2' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'imports.png'), fullPage: true });
  });

  it('lists the errors of a refused catalogue, with nothing applied', async () => {
    await page.getByTestId('courses-import-file').setInputFiles({
      name: 'catalogue.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('activity_id,title,format,mode,programme,tags\nx,Cloud,video,async,,\n'),
    });
    await page.getByTestId('courses-import-submit').click();

    await page.getByTestId('courses-import-rejected').waitFor({ timeout: 30_000 });
    const rows = await page.getByTestId('courses-import-errors').locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
  });

  it('creates an operation, records figures and flags the co-financing check', async () => {
    await page.getByRole('link', { name: 'Funding' }).click();
    await page.getByTestId('new-operation').click();
    const fields: Record<string, string> = {
      code: 'BCN-CIBERNARIUM-2017',
      name: 'Cibernàrium: digital skills',
      programmeCci: '2014ES16RFOP011',
      programmeTitle: 'Programa Operativo FEDER de Catalunya 2014-2020',
      priorityAxis: '2',
      specificObjective: 'OE 2.3.1',
      beneficiary: 'Barcelona Activa SAU SPM',
      startDate: '2017-01-01',
      endDate: '2020-12-31',
    };
    for (const [field, value] of Object.entries(fields)) {
      await page.getByTestId(`new-operation-${field}`).fill(value);
    }
    await page.getByTestId('new-operation-submit').click();
    await page.getByTestId('operation-title').filter({ hasText: 'BCN-CIBERNARIUM-2017' }).waitFor();

    for (const [kind, amount] of [
      ['certified_expenditure', '1000000.00'],
      ['cofinancing_rate', '50'],
      ['eu_support_committed', '500002.50'],
    ]) {
      await page.getByTestId('figure-kind').selectOption(kind);
      await page.getByTestId('figure-amount').fill(amount);
      await page.getByTestId('figure-as-of').fill('2020-12-31');
      await page.getByTestId('figure-submit').click();
      await page.getByTestId(`current-${kind}`).filter({ hasText: '31 Dec 2020' }).waitFor();
    }

    await page.getByTestId('cofinancing-flagged').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'operation.png'), fullPage: true });
  });

  it('links RCO14 to the operation with a target and enters a value by hand', async () => {
    await page.getByTestId('link-indicator').click();
    await page.getByTestId('link-indicator-code').selectOption('RCO14');
    await page.getByTestId('link-indicator-target-value').fill('12');
    await page.getByTestId('link-indicator-target-year').fill('2020');
    await page.getByTestId('link-indicator-submit').click();
    await page.getByTestId('indicator-RCO14').filter({ hasText: '12 (2020)' }).waitFor();

    // A split that does not add up is refused before the API is asked.
    await page.getByTestId('manual-RCO14-asOf').fill('2020-12-31');
    await page.getByTestId('manual-RCO14-value').fill('12');
    for (const [key, value] of [
      ['woman', '5'],
      ['man', '4'],
      ['non_binary', '0'],
      ['unknown', '2'],
    ]) {
      await page.getByTestId(`manual-RCO14-${key}`).fill(value);
    }
    await page.getByTestId('manual-RCO14-source').fill('Register of supported institutions, 2020');
    await page.getByTestId('manual-RCO14-submit').click();
    await page.getByText('By sex must add up to the value').waitFor();

    await page.getByTestId('manual-RCO14-unknown').fill('3');
    await page.getByTestId('manual-RCO14-submit').click();
    const values = page.getByTestId('manual-RCO14-values');
    await values.locator('tbody tr').filter({ hasText: '31 Dec 2020' }).waitFor();
    const cells = await values.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells.map((cell) => cell.trim())).toEqual(
      expect.arrayContaining([
        '12',
        '5',
        '4',
        '0',
        '3',
        'Register of supported institutions, 2020',
      ]),
    );
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, 'operation-indicators.png'),
      fullPage: true,
    });
  });

  it('adds an indicator to the catalogue and edits it', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Funding' })
      .click();
    await page.getByTestId('new-indicator').click();
    const fields: Record<string, string> = {
      code: 'FITA-MUN-01',
      nameCa: 'Municipis amb serveis digitals nous',
      nameEs: 'Municipios con servicios digitales nuevos',
      nameEn: 'Municipalities with new digital services',
      unit: 'municipalities',
    };
    for (const [field, value] of Object.entries(fields)) {
      await page.getByTestId(`new-indicator-${field}`).fill(value);
    }
    await page.getByTestId('new-indicator-aggregationRule').selectOption('manual');
    await page.getByTestId('new-indicator-submit').click();
    await page.getByTestId('catalogue-FITA-MUN-01').waitFor();

    await page.getByTestId('edit-indicator-FITA-MUN-01').click();
    await page.getByTestId('edit-indicator-type').selectOption('result');
    await page
      .getByTestId('edit-indicator-notes')
      .fill('Counted from the register of municipalities.');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'indicator-form.png'), fullPage: true });
    await page.getByTestId('edit-indicator-submit').click();
    await page
      .getByTestId('catalogue-FITA-MUN-01')
      .filter({ hasText: 'Counted from the register of municipalities.' })
      .waitFor();
    const type = page.getByTestId('catalogue-FITA-MUN-01').locator('td').first();
    expect((await type.textContent())?.trim()).toBe('Result');
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, 'indicator-catalogue.png'),
      fullPage: true,
    });
  });

  it('records a restriction for a registry person and lists it', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Privacy requests' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Privacy requests' }).waitFor();
    await page.getByText('No request has been recorded yet.').waitFor();

    await page.getByTestId('privacy-kind-restriction').check();
    await page.getByTestId('privacy-reference').fill('DSR-2026-0042');
    // ana@example.org is p-1 of the registry imported above, with an LMS account too.
    await page.getByTestId('privacy-email').fill('ana@example.org');
    await page.getByTestId('privacy-submit').click();

    const row = page.getByTestId('privacy-request-DSR-2026-0042');
    await row.waitFor();
    expect(await page.getByTestId('privacy-outcome').textContent()).toContain(
      'Restriction DSR-2026-0042 recorded.',
    );
    const cells = (await row.locator('th, td').allTextContents()).map((cell) =>
      cell.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 3)).toEqual([
      'DSR-2026-0042',
      'Restriction',
      'By e-mail address: person p-1 2 actor keys',
    ]);
    expect(cells[4]).toBe('Active Out of the live figures; still counted in funding reporting.');
    expect(await page.getByTestId('lift-DSR-2026-0042').isVisible()).toBe(true);
    expect(await recordPage(page, 'privacy-requests')).toEqual([]);
  });
});

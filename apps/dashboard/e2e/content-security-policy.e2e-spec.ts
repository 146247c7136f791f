import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './accessibility';
import { launchChromium } from './chromium';
import { postStatements, startFita, type RunningFita } from './fita-process';

// Issue 9: the dashboard and the OpenAPI docs work under Fita's content security
// policies, in a real browser that enforces them; and a page of another origin (an
// e-learning course) may call /xapi but not /api.

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Every page of the context records the policy violations it meets. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
}

const violationsOf = (page: Page) => page.evaluate(() => window.cspViolations);

describe('content security policy and CORS in Chromium', () => {
  let fita: RunningFita;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    fita = await startFita();
    await postStatements(
      fita,
      ['ana', 'joan', 'marta'].map((name, index) => ({
        actor: { mbox: `mailto:${name}@example.org` },
        verb: { id: 'http://adlnet.gov/expapi/verbs/registered' },
        object: { id: 'https://lms.example.org/courses/cloud-basics' },
        timestamp: `2020-0${index + 3}-10T10:00:00Z`,
      })),
    );
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    await recordViolations(context);
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        consoleProblems.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await fita?.stop();
  });

  it('runs every page of the dashboard with its component styles and charts, violating nothing', async () => {
    await page.goto(`${fita.baseUrl}/login`);
    await page.getByTestId('login-email').fill(fita.admin.email);
    await page.getByTestId('login-password').fill(fita.admin.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const links = await page
      .locator('header nav a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(5);
    const visited: Record<string, string[]> = {};
    for (const link of new Set(links)) {
      await page.goto(`${fita.baseUrl}${link}?from=2020-01-01&to=2020-12-31`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      visited[link] = await violationsOf(page);
    }
    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((link) => [link, []])));

    // Component styles are added by Angular as <style> elements: they applied, with the nonce.
    const header = await page
      .locator('.app-header')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(header).toBe('rgb(23, 37, 84)');
    await page.goto(`${fita.baseUrl}/trends?from=2020-01-01&to=2020-12-31`);
    await page.locator('canvas').first().waitFor();
    expect(await violationsOf(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('saves a chart as a PNG the way the publication page does (canvas, blob: URL)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(async () => {
        const canvas = document.querySelector('canvas') as HTMLCanvasElement;
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve));
        const url = URL.createObjectURL(blob as Blob);
        const preview = new Image();
        preview.src = url;
        await preview.decode();
        const link = Object.assign(document.createElement('a'), { href: url, download: 'c.png' });
        document.body.append(link);
        link.click();
        link.remove();
      }),
    ]);
    expect(download.suggestedFilename()).toBe('c.png');
    expect(await violationsOf(page)).toEqual([]);
  });

  it('still lets the other browser tests run axe-core on the page', async () => {
    await page.goto(`${fita.baseUrl}/trends`);
    await page.locator('h1').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual(expect.any(Array));
    expect(await violationsOf(page)).toEqual([]);
  });

  it('renders the OpenAPI docs under their own policy', async () => {
    await page.goto(`${fita.baseUrl}/api/docs`);
    await page.locator('.opblock').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
    expect(await violationsOf(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  describe('from a course page on another origin', () => {
    let course: http.Server;
    let courseUrl: string;

    beforeAll(async () => {
      course = http.createServer((_request, response) => {
        response.setHeader('Content-Type', 'text/html');
        response.end('<!doctype html><title>A course</title>');
      });
      await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
      courseUrl = `http://127.0.0.1:${(course.address() as AddressInfo).port}/`;
      await page.goto(courseUrl);
    });
    afterAll(() => new Promise<void>((resolve) => course.close(() => resolve())));

    it('sends statements to /xapi and reads the xAPI headers of the answer', async () => {
      const answer = await page.evaluate(
        async ({ base, authorization }) => {
          const headers = {
            Authorization: authorization,
            'X-Experience-API-Version': '1.0.3',
            'Content-Type': 'application/json',
          };
          const activity = 'https://lms.example.org/courses/cloud-basics';
          const agent = JSON.stringify({ mbox: 'mailto:ana@example.org' });
          const state = `${base}/xapi/activities/state?activityId=${encodeURIComponent(activity)}&agent=${encodeURIComponent(agent)}&stateId=bookmark`;
          const put = await fetch(state, {
            method: 'PUT',
            headers: { ...headers, 'If-None-Match': '*' },
            body: JSON.stringify({ page: 3 }),
          });
          const read = await fetch(state, { headers });
          const posted = await fetch(`${base}/xapi/statements`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              actor: { mbox: 'mailto:ana@example.org' },
              verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
              object: { id: activity },
            }),
          });
          return {
            put: put.status,
            read: read.status,
            etag: read.headers.get('ETag'),
            version: read.headers.get('X-Experience-API-Version'),
            posted: posted.status,
            consistentThrough: (
              await fetch(`${base}/xapi/statements?limit=1`, { headers })
            ).headers.get('X-Experience-API-Consistent-Through'),
          };
        },
        {
          base: fita.baseUrl,
          authorization: `Basic ${Buffer.from(`${fita.lrs.key}:${fita.lrs.secret}`).toString('base64')}`,
        },
      );
      expect(answer).toMatchObject({ put: 204, read: 200, version: '1.0.3', posted: 200 });
      expect(answer.etag ?? '').toMatch(/^"[0-9a-f]{40}"$/);
      expect(answer.consistentThrough ?? '').toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    it('cannot call the product API', async () => {
      const outcome = await page.evaluate(async (base) => {
        try {
          await fetch(`${base}/api/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email: 'a@example.org', password: 'guess' }),
          });
          return 'read the answer';
        } catch (error) {
          return (error as Error).name;
        }
      }, fita.baseUrl);
      expect(outcome).toBe('TypeError');
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';
import { median } from './measure.js';
import { BENCH_ADMIN } from './bench-environment.js';
import { startDemoFita } from './dashboard-fita.js';
import type { BenchRow } from './spine.scenarios.js';

/** Debian's Chromium (installed by .ci/run); set CHROMIUM_PATH for another. */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUNS = 7;
/** Issue 7: at most 150 kB transferred for the initial bundle; the overview interactive in under 1 s. */
const BUNDLE_BUDGET_KB = 150;
const INTERACTIVE_TARGET_MS = 1_000;

// What "interactive" means, read in the page: the view's heading is there, no
// region is still loading, and the figure the page exists for shows a number.
const LOGIN_READY = `!!document.querySelector('[data-testid="login-submit"]')`;
const OVERVIEW_READY = `!!document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]') && /\\d/.test(document.querySelector('[data-testid="kpi-users"]')?.textContent ?? '')`;

/**
 * `bench dashboard`: in Chromium against a Fita loaded with the demo data, the
 * bytes of the initial bundle as transferred, and the time from navigation to
 * an interactive overview (cold cache, then warm), against the login page, the
 * app shell with no data, measured the same way in the same run.
 */
export async function runDashboardScenario(): Promise<BenchRow[]> {
  const initialFiles = initialBundleFiles();
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `bench dashboard needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`,
    );
  }
  process.stdout.write('starting Fita with the demo data (first load, about a minute)...\n');
  const fita = await startDemoFita();
  const browser = await chromium.launch({
    headless: true,
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const session = await signIn(fita.baseUrl);
    const newPage = async (signedIn = true) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'en-GB',
      });
      if (signedIn) {
        // A script string: the API's TypeScript has no DOM types.
        await context.addInitScript({
          content: `sessionStorage.setItem('fita.session', ${JSON.stringify(session)});`,
        });
      }
      return { context, page: await context.newPage() };
    };
    /** Milliseconds from navigation start until `ready` holds in the page. */
    const timeTo = async (page: import('playwright-core').Page, url: string, ready: string) => {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 'raf' });
      return page.evaluate(() => performance.now());
    };

    // Transferred bytes of the files index.html loads before any lazy route.
    const { context: sizeContext, page: sizePage } = await newPage();
    const transferred = new Map<string, number>();
    const cdp = await sizeContext.newCDPSession(sizePage);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
    cdp.on('Network.loadingFinished', (event) => {
      const url = urls.get(event.requestId);
      if (url) transferred.set(path.basename(new URL(url).pathname), event.encodedDataLength);
    });
    await timeTo(sizePage, `${fita.baseUrl}/`, OVERVIEW_READY);
    await sizeContext.close();
    const missing = initialFiles.filter((file) => !transferred.has(file.name));
    if (missing.length > 0) throw new Error(`not loaded: ${missing.map((f) => f.name).join(', ')}`);
    const transferredKb =
      initialFiles.reduce((sum, file) => sum + (transferred.get(file.name) ?? 0), 0) / 1000;
    const rawKb = initialFiles.reduce((sum, file) => sum + file.bytes, 0) / 1000;

    const cold = { login: [] as number[], overview: [] as number[] };
    const warm = { login: [] as number[], overview: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      for (const [name, url, ready] of [
        // Signed out: the login page sends signed-in users on.
        ['login', `${fita.baseUrl}/login`, LOGIN_READY],
        ['overview', `${fita.baseUrl}/`, OVERVIEW_READY],
      ] as const) {
        const { context, page } = await newPage(name === 'overview');
        cold[name].push(await timeTo(page, url, ready));
        warm[name].push(await timeTo(page, url, ready));
        await context.close();
      }
    }
    const notes = (values: number[]) =>
      `median of ${RUNS}; min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))} ms; target under ${INTERACTIVE_TARGET_MS} ms`;
    return [
      {
        scenario: 'dashboard initial bundle',
        size: initialFiles.length,
        unit: 'kB',
        fita: transferredKb,
        baseline: rawKb,
        ratio: transferredKb / rawKb,
        baselineIs: 'the same files uncompressed',
        notes: `transferred, as Chromium counts it; budget ${BUNDLE_BUDGET_KB} kB: ${transferredKb <= BUNDLE_BUDGET_KB ? 'met' : 'NOT met'}`,
      },
      row('overview interactive, cold cache', cold, notes(cold.overview)),
      row('overview interactive, warm cache', warm, notes(warm.overview)),
    ];
  } finally {
    await browser.close();
    await fita.stop();
  }
}

function row(
  scenario: string,
  times: { login: number[]; overview: number[] },
  notes: string,
): BenchRow {
  const fita = median(times.overview);
  const baseline = median(times.login);
  return {
    scenario,
    size: 342_821,
    unit: 'ms',
    fita,
    baseline,
    ratio: fita / baseline,
    baselineIs: 'the login page (app shell, no data) to its form',
    notes,
  };
}

/** The scripts and styles index.html names: the bundle a first visit downloads before any route. */
function initialBundleFiles(): { name: string; bytes: number }[] {
  const dir = path.join(findRepoRoot(), 'apps/dashboard/dist/browser');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const names = new Set(
    Array.from(html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g), (match) => match[1] ?? ''),
  );
  return Array.from(names, (name) => ({ name, bytes: fs.statSync(path.join(dir, name)).size }));
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!response.ok)
    throw new Error(`bench sign-in refused: ${response.status} ${await response.text()}`);
  return response.text();
}

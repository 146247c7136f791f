import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './accessibility';

/** Where CI picks the screenshots up (`.ci/run` lists them); overridable for local runs. */
export const ARTIFACTS_DIR =
  process.env['FITA_E2E_ARTIFACTS'] ?? path.resolve(__dirname, '../../../artifacts/e2e');

const SETTLE_TIMEOUT_MS = 120_000;

/**
 * Waits until the page has settled (no request in flight, no loading text),
 * saves a full-page screenshot named `name`, and returns axe's violations, so
 * that every page a journey visits is both looked at and checked.
 */
export async function recordPage(page: Page, name: string): Promise<string[]> {
  // The first page after the demo's load computes its figures (one analytic
  // query at a time on two cores): over 30 s when the machine is busy. These
  // tests check what a page shows, not how fast; `npm run bench` measures that.
  await page.waitForLoadState('networkidle', { timeout: SETTLE_TIMEOUT_MS });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: SETTLE_TIMEOUT_MS,
  });
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
  return accessibilityViolations(page);
}

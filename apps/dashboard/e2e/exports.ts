import type { Download, Page } from 'playwright-core';

/** An ERDF workbook with evidence on the demo data takes a while on a busy two-core machine. */
const EXPORT_TIMEOUT_MS = 300_000;

/**
 * On the Exports page: waits for the newest export's job to finish (the page
 * polls it) and downloads its file; a failed export fails the test with the
 * reason the page shows.
 */
export async function downloadFirstExport(page: Page): Promise<Download> {
  const row = page.locator('tr[data-testid^="export-row-"]').first();
  const button = row.locator('button[data-testid^="download-"]');
  const failed = row.locator('.export__status--failed');
  await button.or(failed).waitFor({ timeout: EXPORT_TIMEOUT_MS });
  if (await failed.isVisible()) {
    throw new Error(`the export failed: ${(await row.textContent())?.trim() ?? ''}`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

import type { Download, Page } from 'playwright-core';

/** An ERDF workbook with evidence on the demo data takes a while on a busy two-core machine. */
const EXPORT_TIMEOUT_MS = 300_000;

/**
 * On the Exports page: waits for the newest export's job to finish (the page
 * polls it) and downloads its file. A failed export, or a list that gave up
 * loading while the export was written (issue 8's pool defect), fails the
 * test with the reason the page shows.
 */
export async function downloadFirstExport(page: Page): Promise<Download> {
  const row = page.locator('tr[data-testid^="export-row-"]').first();
  const button = row.locator('button[data-testid^="download-"]');
  const failed = row.locator('.export__status--failed');
  const listError = page.getByTestId('exports-error');
  await button.or(failed).or(listError).waitFor({ timeout: EXPORT_TIMEOUT_MS });
  if (await listError.isVisible()) {
    throw new Error(`the export list failed: ${(await listError.textContent())?.trim() ?? ''}`);
  }
  if (await failed.isVisible()) {
    throw new Error(`the export failed: ${(await row.textContent())?.trim() ?? ''}`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

import type { Download, Page } from 'playwright-core';

/**
 * On the Exports page: waits for the newest export's job to finish (the page
 * polls it) and downloads its file.
 */
export async function downloadFirstExport(page: Page): Promise<Download> {
  const button = page.locator('button[data-testid^="download-"]').first();
  await button.waitFor({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

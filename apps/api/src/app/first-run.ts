import type { INestApplicationContext } from '@nestjs/common';
import { FirstAdminService } from '../modules/auth/first-admin.service.js';
import { LrsCredentialsService } from '../modules/lrs/lrs-credentials.service.js';

export interface FirstRunResult {
  admin: Awaited<ReturnType<FirstAdminService['ensure']>>;
  lrs: Awaited<ReturnType<LrsCredentialsService['ensureFirst']>>;
}

/** Creates the first admin and LRS credential on an empty database; null for what already existed. */
export async function ensureFirstAccounts(app: INestApplicationContext): Promise<FirstRunResult> {
  const admin = await app.get(FirstAdminService).ensure();
  const lrs = await app.get(LrsCredentialsService).ensureFirst();
  return { admin, lrs };
}

/**
 * The one place that prints credentials: to the console of the person who
 * started Fita, once, when they were created (spec section 10). Never through
 * the logger, whose output may be shipped elsewhere.
 */
export function printFirstRun(
  result: FirstRunResult,
  baseUrl: string,
  out: NodeJS.WritableStream = process.stdout,
): void {
  const lines: string[] = [];
  if (result.admin) {
    lines.push(`  Dashboard login   ${result.admin.email}`);
    lines.push(
      `  Password          ${result.admin.generatedPassword ?? '(from FITA_ADMIN_PASSWORD)'}`,
    );
  }
  if (result.lrs) {
    lines.push(`  LRS endpoint      ${baseUrl}/xapi/`);
    lines.push(`  LRS key           ${result.lrs.key}`);
    lines.push(`  LRS secret        ${result.lrs.generatedSecret ?? '(from FITA_LRS_SECRET)'}`);
  }
  if (lines.length === 0) return;
  const rule = '-'.repeat(64);
  out.write(
    `\n${rule}\n  Fita: first start. Keep these; they are not shown again.\n${lines.join('\n')}\n${rule}\n\n`,
  );
}

import type { INestApplicationContext } from '@nestjs/common';
import { parseInput } from '../common/parse-input.js';
import { newLrsCredentialSchema } from '../modules/lrs/dto/new-lrs-credential.dto.js';
import { LrsCredentialsService } from '../modules/lrs/lrs-credentials.service.js';
import { UsageError } from '../run-main.js';

export const CREDENTIALS_USAGE = `npm run fita -- credentials list
npm run fita -- credentials create --name "Moodle" --scopes statements/write,statements/read/mine [--key KEY]
npm run fita -- credentials revoke KEY`;

/** `fita credentials ...`: the same actions as /api/admin/lrs-credentials. */
export async function credentialsCommand(
  app: INestApplicationContext,
  args: string[],
  out: NodeJS.WritableStream,
): Promise<void> {
  const credentials = app.get(LrsCredentialsService);
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      const rows = await credentials.list();
      if (rows.length === 0) out.write('No LRS credentials.\n');
      for (const row of rows) {
        out.write(
          `${row.key}\t${row.revokedAt ? `revoked ${row.revokedAt}` : 'active'}\t${row.name}\t${row.scopes.join(',')}\n`,
        );
      }
      return;
    }
    case 'create': {
      const options = parseOptions(rest);
      const request = parseInput(
        newLrsCredentialSchema,
        {
          name: options['name'],
          scopes: options['scopes']?.split(',').map((s) => s.trim()),
          key: options['key'],
        },
        'credential',
      );
      const created = await credentials.create(request);
      out.write(
        `Created LRS credential "${request.name}".\n  key     ${created.key}\n  secret  ${created.secret}\nKeep the secret: it is not shown again.\n`,
      );
      return;
    }
    case 'revoke': {
      const [key] = rest;
      if (!key) throw new UsageError(`Which key? Usage:\n${CREDENTIALS_USAGE}`);
      const revoked = await credentials.revoke(key);
      out.write(`Revoked ${revoked.key} (${revoked.name}).\n`);
      return;
    }
    default:
      throw new UsageError(
        `Unknown credentials action "${action ?? ''}". Usage:\n${CREDENTIALS_USAGE}`,
      );
  }
}

function parseOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    if (!flag.startsWith('--') || value === undefined)
      throw new UsageError(`Expected --option value pairs, got "${args.slice(i).join(' ')}".`);
    options[flag.slice(2)] = value;
  }
  return options;
}

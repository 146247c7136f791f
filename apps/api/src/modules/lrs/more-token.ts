import { badRequest } from '../../common/app-error.js';
import type { QueryCursor } from './statements.repository.js';

export interface MorePage {
  params: Record<string, string>;
  cursor: QueryCursor;
}

/**
 * The `more` link of a StatementResult: the original parameters and the
 * position after the last statement returned, so the next page continues
 * exactly there even while new statements arrive.
 */
export function encodeMore(page: MorePage): string {
  return Buffer.from(JSON.stringify(page)).toString('base64url');
}

export function decodeMore(token: unknown): MorePage {
  try {
    const page = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as MorePage;
    if (
      typeof page.params !== 'object' ||
      typeof page.cursor?.seq !== 'string' ||
      typeof page.cursor.stored !== 'string'
    ) {
      throw new Error('shape');
    }
    return page;
  } catch {
    throw badRequest('xapi.invalid_more', 'The "more" token is not one this LRS issued.', [
      { field: 'more', message: 'is not valid' },
    ]);
  }
}

// tsconfig.lib.json sets `types: []` so that nothing Node-only leaks in by
// accident; this file is the one place that needs Node (SHA-1), so it asks for
// the Node typings explicitly.
/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { Agent } from './types.js';
import { XapiError } from './xapi-error.js';

const IFI_NAMES = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const MAILTO = 'mailto:';

/**
 * The canonical key of an Agent (spec section 2), so that one person sent as
 * `mbox` by one client and as `mbox_sha1sum` by another is counted once, and
 * no plain e-mail address has to be stored to count people.
 *
 * Throws an XapiError when the agent does not carry exactly one usable IFI:
 * picking one of several would make the key depend on property order.
 */
export function actorKey(agent: Agent): string {
  const present = IFI_NAMES.filter((name) => agent[name] !== undefined && agent[name] !== null);
  if (present.length === 0) {
    throw new XapiError(
      'actor-key.no-ifi',
      'Cannot derive an actor key: the agent has no mbox, mbox_sha1sum, openid or account.',
    );
  }
  if (present.length > 1) {
    throw new XapiError(
      'actor-key.several-ifis',
      `Cannot derive an actor key: the agent has ${present.join(' and ')}, but must have exactly one identifier.`,
    );
  }

  // Values are re-checked at run time: callers may pass agents that never went
  // through validateStatement.
  switch (present[0]) {
    case 'mbox': {
      const mbox: unknown = agent.mbox;
      // URI schemes are case-insensitive; the address is lower-cased as a whole (spec).
      if (typeof mbox !== 'string' || mbox.slice(0, MAILTO.length).toLowerCase() !== MAILTO) {
        throw invalid(
          `mbox must be a string starting with "mailto:", got ${JSON.stringify(mbox)}.`,
        );
      }
      const address = mbox.slice(MAILTO.length).toLowerCase();
      return `sha1:${createHash('sha1')
        .update(MAILTO + address, 'utf8')
        .digest('hex')}`;
    }
    case 'mbox_sha1sum': {
      const sum: unknown = agent.mbox_sha1sum;
      if (typeof sum !== 'string' || sum === '') {
        throw invalid('mbox_sha1sum must be a non-empty hex string.');
      }
      return `sha1:${sum.toLowerCase()}`;
    }
    case 'openid': {
      const openid: unknown = agent.openid;
      if (typeof openid !== 'string' || openid === '') {
        throw invalid('openid must be a non-empty URI string.');
      }
      return `openid:${openid}`;
    }
    default: {
      const account: unknown = agent.account;
      if (
        typeof account !== 'object' ||
        account === null ||
        !('homePage' in account) ||
        !('name' in account) ||
        typeof account.homePage !== 'string' ||
        typeof account.name !== 'string'
      ) {
        throw invalid('account must be an object with a homePage and a name, both strings.');
      }
      return `account:${account.homePage.replace(/\/+$/, '')}|${account.name}`;
    }
  }
}

function invalid(message: string): XapiError {
  return new XapiError('actor-key.invalid-ifi', `Cannot derive an actor key: ${message}`);
}

import { childPath } from './json-path.js';
import {
  describeType,
  isIri,
  isJsonObject,
  isMailtoIri,
  isSha1Hex,
  quote,
  type JsonObject,
} from './format-checks.js';
import { hasProperty, readProperties } from './properties.js';
import { checkIri, checkString } from './value-checks.js';
import type { ValidationReport } from './validation-report.js';

/** The values of the inverse functional identifiers present on an Agent or Group. */
export function validateIfiValues(actor: JsonObject, path: string, report: ValidationReport): void {
  const { mbox, mbox_sha1sum, openid, account } = actor;
  if (mbox !== undefined && !isMailtoIri(mbox)) {
    report.add(
      childPath(path, 'mbox'),
      'mbox.mailto',
      `mbox must be a mailto IRI such as "mailto:ana@example.org", got ${quote(mbox)}.`,
    );
  }
  if (mbox_sha1sum !== undefined && !isSha1Hex(mbox_sha1sum)) {
    report.add(
      childPath(path, 'mbox_sha1sum'),
      'mbox-sha1sum.format',
      'mbox_sha1sum must be the 40-character hex SHA-1 of the mailto IRI.',
    );
  }
  if (openid !== undefined) checkIri(openid, childPath(path, 'openid'), 'openid', report);
  if (account !== undefined) validateAccount(account, childPath(path, 'account'), report);
}

function validateAccount(account: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(account)) {
    report.add(
      path,
      'type.object',
      `account must be an object with homePage and name, got ${describeType(account)}.`,
    );
    return;
  }
  const { homePage, name } = readProperties(
    account,
    path,
    ['homePage', 'name'],
    'An account',
    report,
  );
  if (!hasProperty(account, 'homePage')) {
    report.add(
      childPath(path, 'homePage'),
      'required',
      'account needs a homePage: the URL of the system that holds the account.',
    );
  } else if (homePage !== undefined && !isIri(homePage)) {
    report.add(
      childPath(path, 'homePage'),
      'iri.format',
      `account.homePage must be an absolute URL such as "https://lms.example.org", got ${quote(homePage)}.`,
    );
  }
  if (!hasProperty(account, 'name')) {
    report.add(
      childPath(path, 'name'),
      'required',
      'account needs a name: the account identifier within homePage.',
    );
  } else if (name !== undefined) {
    checkString(name, childPath(path, 'name'), 'account.name', report);
  }
}

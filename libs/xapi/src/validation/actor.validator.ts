import { childPath, indexPath } from './json-path.js';
import { describeType, isIri, isJsonObject, type JsonObject } from './format-checks.js';
import type { ValidationReport } from './validation-report.js';

const IFI_NAMES = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const IFI_LIST = 'mbox, mbox_sha1sum, openid or account';
const MBOX = /^mailto:.+/;
const SHA1_HEX = /^[0-9a-f]{40}$/i;

/**
 * An Agent or a Group, wherever one may appear (actor, object, authority,
 * instructor, team). Every IFI present is checked even when their number is
 * already wrong, so all problems come back at once.
 */
export function validateActor(value: unknown, path: string, report: ValidationReport): void {
  if (!isJsonObject(value)) {
    report.add(
      path,
      'type.object',
      `Expected an Agent or Group object, got ${describeType(value)}.`,
    );
    return;
  }
  const objectType = value['objectType'];
  if (objectType === undefined || objectType === 'Agent') {
    validateAgentBody(value, path, report);
  } else if (objectType === 'Group') {
    validateGroupBody(value, path, report);
  } else {
    report.add(
      childPath(path, 'objectType'),
      'actor.object-type',
      `objectType must be "Agent" or "Group" (or absent for an Agent), got ${JSON.stringify(objectType)}.`,
    );
  }
}

function validateAgentBody(agent: JsonObject, path: string, report: ValidationReport): void {
  const present = presentIfis(agent);
  if (present.length !== 1) {
    report.add(
      path,
      'ifi.exactly-one',
      present.length === 0
        ? `An Agent needs exactly one identifier (${IFI_LIST}); none was given.`
        : `An Agent needs exactly one identifier, but has ${present.length}: ${present.join(', ')}. Keep one.`,
    );
  }
  validateIfiValues(agent, path, report);
}

function validateGroupBody(group: JsonObject, path: string, report: ValidationReport): void {
  const present = presentIfis(group);
  const member = group['member'];
  if (present.length > 1) {
    report.add(
      path,
      'ifi.exactly-one',
      `An identified Group needs exactly one identifier, but has ${present.length}: ${present.join(', ')}. Keep one.`,
    );
  } else if (present.length === 0 && member === undefined) {
    report.add(
      path,
      'group.member-required',
      `A Group without an identifier (${IFI_LIST}) must list its Agents in "member".`,
    );
  }
  validateIfiValues(group, path, report);

  if (member === undefined) return;
  const memberPath = childPath(path, 'member');
  if (!Array.isArray(member)) {
    report.add(
      memberPath,
      'type.array',
      `"member" must be an array of Agents, got ${describeType(member)}.`,
    );
    return;
  }
  member.forEach((item: unknown, index) => {
    const itemPath = indexPath(memberPath, index);
    if (isJsonObject(item) && item['objectType'] === 'Group') {
      report.add(
        itemPath,
        'group.member-agent',
        'A Group member must be an Agent; Groups cannot be nested.',
      );
      return;
    }
    validateActor(item, itemPath, report);
  });
}

function presentIfis(actor: JsonObject): string[] {
  return IFI_NAMES.filter((name) => actor[name] !== undefined);
}

function validateIfiValues(actor: JsonObject, path: string, report: ValidationReport): void {
  const { mbox, mbox_sha1sum, openid, account } = actor;
  if (mbox !== undefined && !(typeof mbox === 'string' && MBOX.test(mbox))) {
    report.add(
      childPath(path, 'mbox'),
      'mbox.mailto',
      `mbox must be a mailto IRI such as "mailto:ana@example.org", got ${JSON.stringify(mbox)}.`,
    );
  }
  if (
    mbox_sha1sum !== undefined &&
    !(typeof mbox_sha1sum === 'string' && SHA1_HEX.test(mbox_sha1sum))
  ) {
    report.add(
      childPath(path, 'mbox_sha1sum'),
      'mbox-sha1sum.format',
      'mbox_sha1sum must be the 40-character hex SHA-1 of the mailto IRI.',
    );
  }
  if (openid !== undefined && !isIri(openid)) {
    report.add(
      childPath(path, 'openid'),
      'iri.format',
      `openid must be an absolute URI, got ${JSON.stringify(openid)}.`,
    );
  }
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
  const { homePage, name } = account;
  if (homePage === undefined) {
    report.add(
      childPath(path, 'homePage'),
      'required',
      'account needs a homePage: the URL of the system that holds the account.',
    );
  } else if (!isIri(homePage)) {
    report.add(
      childPath(path, 'homePage'),
      'iri.format',
      `account.homePage must be an absolute URL such as "https://lms.example.org", got ${JSON.stringify(homePage)}.`,
    );
  }
  if (name === undefined) {
    report.add(
      childPath(path, 'name'),
      'required',
      'account needs a name: the account identifier within homePage.',
    );
  } else if (typeof name !== 'string') {
    report.add(
      childPath(path, 'name'),
      'type.string',
      `account.name must be a string, got ${describeType(name)}.`,
    );
  }
}

import { childPath, indexPath } from './json-path.js';
import { describeType, isJsonObject, quote, type JsonObject } from './format-checks.js';
import { validateIfiValues } from './ifi.validator.js';
import { readProperties } from './properties.js';
import { checkString } from './value-checks.js';
import type { ValidationRule } from './validation-error.js';
import type { ValidationReport } from './validation-report.js';

const IFI_NAMES = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const IFI_LIST = 'mbox, mbox_sha1sum, openid or account';
const AGENT_PROPERTIES = ['objectType', 'name', ...IFI_NAMES];
const GROUP_PROPERTIES = ['objectType', 'name', 'member', ...IFI_NAMES];

/** What to report when a value that must be an Agent (or a Group) is the other kind. */
export interface KindRule {
  rule: ValidationRule;
  message: string;
}

/**
 * An Agent or a Group, wherever either may appear (actor, object, authority,
 * instructor). Every IFI present is checked even when their number is already
 * wrong, so all problems come back at once.
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
  if (objectType === undefined || objectType === null || objectType === 'Agent') {
    validateAgentBody(value, path, report);
  } else if (objectType === 'Group') {
    validateGroupBody(value, path, report);
  } else {
    report.add(
      childPath(path, 'objectType'),
      'actor.object-type',
      `objectType must be "Agent" or "Group" (or absent for an Agent), got ${quote(objectType)}.`,
    );
  }
}

/** A value that must be an Agent: a Group there is reported with `ifGroup`. */
export function validateAgent(
  value: unknown,
  path: string,
  report: ValidationReport,
  ifGroup: KindRule,
): void {
  if (isJsonObject(value) && value['objectType'] === 'Group') {
    report.add(path, ifGroup.rule, ifGroup.message);
    return;
  }
  validateActor(value, path, report);
}

/** A value that must be a Group (objectType "Group"): anything else is reported with `ifNot`. */
export function validateGroup(
  value: unknown,
  path: string,
  report: ValidationReport,
  ifNot: KindRule,
): void {
  if (isJsonObject(value) && value['objectType'] !== 'Group') {
    report.add(path, ifNot.rule, ifNot.message);
    return;
  }
  validateActor(value, path, report);
}

/**
 * The authority: an Agent, or (3-legged OAuth) an anonymous Group of exactly
 * two Agents, the application and the user.
 */
export function validateAuthority(value: unknown, path: string, report: ValidationReport): void {
  validateActor(value, path, report);
  if (!isJsonObject(value) || value['objectType'] !== 'Group') return;
  if (presentIfis(value).length > 0) {
    report.add(
      path,
      'authority.group',
      'An authority Group must be anonymous (no mbox, mbox_sha1sum, openid or account): it stands for an OAuth application and a user.',
    );
  }
  const member = value['member'];
  if (Array.isArray(member) && member.length !== 2) {
    report.add(
      childPath(path, 'member'),
      'authority.group',
      `An authority Group must have exactly two members (the OAuth application and the user), got ${member.length}.`,
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
  const properties = readProperties(agent, path, AGENT_PROPERTIES, 'An Agent', report);
  validateName(properties, path, report);
  validateIfiValues(properties, path, report);
}

function validateGroupBody(group: JsonObject, path: string, report: ValidationReport): void {
  const present = presentIfis(group);
  const properties = readProperties(group, path, GROUP_PROPERTIES, 'A Group', report);
  const member = properties['member'];
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
  validateName(properties, path, report);
  validateIfiValues(properties, path, report);

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
  member.forEach((item: unknown, index) =>
    validateAgent(item, indexPath(memberPath, index), report, {
      rule: 'group.member-agent',
      message: 'A Group member must be an Agent; Groups cannot be nested.',
    }),
  );
}

function validateName(properties: JsonObject, path: string, report: ValidationReport): void {
  const name = properties['name'];
  if (name !== undefined) checkString(name, childPath(path, 'name'), 'name', report);
}

/** IFIs given a value; a null IFI counts, so that it is reported and not mistaken for absent. */
function presentIfis(actor: JsonObject): string[] {
  return IFI_NAMES.filter((name) => actor[name] !== undefined);
}

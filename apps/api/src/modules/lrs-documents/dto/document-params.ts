import { actorKey, statementInstant, validateStatement, type Agent } from '@fita/xapi';
import { badRequest } from '../../../common/app-error.js';
import type { DocumentContext, DocumentKey } from '../documents.repository.js';

/** Query parameters as Express hands them over: a string, or an array when repeated. */
export type QueryParams = Record<string, unknown>;

/** One document, or (GET and DELETE without its id) the documents of a context. */
export type DocumentTarget =
  | { key: DocumentKey; context?: undefined }
  | { key?: undefined; context: DocumentContext; since?: Date };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** State resource, one document: activityId, agent, optional registration, stateId. */
export function stateKey(params: QueryParams): DocumentKey {
  return { ...stateContext(params), documentId: required(params, 'stateId', text) };
}

/**
 * State resource, GET or DELETE: one document when stateId is given, else
 * the states of the activity and agent (of one registration when given; for
 * GET, only those updated after `since` when given).
 */
export function stateTarget(params: QueryParams, method: 'GET' | 'DELETE'): DocumentTarget {
  if (params['stateId'] !== undefined) return { key: stateKey(params) };
  const { registration, ...context } = stateContext(params);
  return {
    context: params['registration'] === undefined ? context : { ...context, registration },
    since: method === 'GET' ? optional(params, 'since', instant) : undefined,
  };
}

function stateContext(params: QueryParams): Omit<DocumentKey, 'documentId'> {
  return {
    kind: 'state',
    activityId: iri(params, 'activityId'),
    agentKey: agentOf(params).key,
    registration: optional(params, 'registration', uuid) ?? null,
  };
}

/** Activity Profile resource, one document: activityId and profileId. */
export function activityProfileKey(params: QueryParams): DocumentKey {
  return { ...activityProfileContext(params), documentId: required(params, 'profileId', text) };
}

/** Activity Profile resource, GET: one document, or the profile ids of the activity. */
export function activityProfileTarget(params: QueryParams): DocumentTarget {
  if (params['profileId'] !== undefined) return { key: activityProfileKey(params) };
  return { context: activityProfileContext(params), since: optional(params, 'since', instant) };
}

function activityProfileContext(params: QueryParams): Omit<DocumentKey, 'documentId'> {
  return {
    kind: 'activity_profile',
    activityId: iri(params, 'activityId'),
    agentKey: null,
    registration: null,
  };
}

/** Agent Profile resource, one document: agent and profileId. */
export function agentProfileKey(params: QueryParams): DocumentKey {
  return { ...agentProfileContext(params), documentId: required(params, 'profileId', text) };
}

/** Agent Profile resource, GET: one document, or the profile ids of the agent. */
export function agentProfileTarget(params: QueryParams): DocumentTarget {
  if (params['profileId'] !== undefined) return { key: agentProfileKey(params) };
  return { context: agentProfileContext(params), since: optional(params, 'since', instant) };
}

function agentProfileContext(params: QueryParams): Omit<DocumentKey, 'documentId'> {
  return {
    kind: 'agent_profile',
    activityId: null,
    agentKey: agentOf(params).key,
    registration: null,
  };
}

/** Activities resource: the activityId asked for. */
export function activityIdOf(params: QueryParams): string {
  return iri(params, 'activityId');
}

/**
 * The `agent` parameter: an Agent (or identified Group) as JSON, checked by
 * the same rules as a statement's actor, with its actor key.
 */
export function agentOf(params: QueryParams): { agent: Agent; key: string } {
  const raw = required(params, 'agent', text);
  let agent: unknown;
  try {
    agent = JSON.parse(raw);
  } catch {
    return refuse('agent', 'must be an Agent as JSON, such as {"mbox":"mailto:ana@example.org"}');
  }
  const result = validateStatement({
    actor: agent,
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
    object: { id: 'http://example.org/activity' },
  });
  if (!result.ok) {
    const problems = result.errors.map(
      (e) => `${e.path.replace(/^\$\.actor/, 'agent')}: ${e.message}`,
    );
    return refuse('agent', `is not a valid Agent (${problems.join(' ')})`);
  }
  try {
    return { agent: agent as Agent, key: actorKey(agent as Agent) };
  } catch {
    return refuse(
      'agent',
      'must identify one Agent or Group by exactly one of mbox, mbox_sha1sum, openid or account',
    );
  }
}

function required<T>(
  params: QueryParams,
  name: string,
  parse: (value: string, name: string) => T,
): T {
  if (params[name] === undefined) refuse(name, 'is required');
  return parse(single(params, name), name);
}

function optional<T>(
  params: QueryParams,
  name: string,
  parse: (value: string, name: string) => T,
): T | undefined {
  return params[name] === undefined ? undefined : parse(single(params, name), name);
}

function single(params: QueryParams, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') refuse(name, 'must be given once');
  return value;
}

function text(value: string, name: string): string {
  if (value === '') refuse(name, 'must not be empty');
  return value;
}

function iri(params: QueryParams, name: string): string {
  const value = required(params, name, text);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value))
    refuse(name, 'must be an IRI, such as https://example.org/activity');
  return value;
}

function uuid(value: string, name: string): string {
  if (!UUID.test(value)) refuse(name, 'must be a UUID');
  return value.toLowerCase();
}

function instant(value: string, name: string): Date {
  try {
    return statementInstant(value);
  } catch {
    return refuse(name, 'must be an ISO 8601 date and time, such as 2020-01-31T10:00:00Z');
  }
}

function refuse(parameter: string, problem: string): never {
  throw badRequest('xapi.invalid_parameter', `"${parameter}" ${problem}.`, [
    { field: parameter, message: problem },
  ]);
}

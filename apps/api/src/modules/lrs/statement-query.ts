import { statementInstant, validateStatement, type Agent } from '@fita/xapi';
import { badRequest } from '../../common/app-error.js';
import { keyOf } from './statement-links.js';

export type StatementFormat = 'ids' | 'exact' | 'canonical';

/** A statement query after validation (xAPI 1.0.3 Communication 2.1.3). */
export interface StatementQuery {
  agentKey?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  relatedActivities: boolean;
  relatedAgents: boolean;
  since?: Date;
  until?: Date;
  limit: number;
  ascending: boolean;
  format: StatementFormat;
  attachments: boolean;
  /** Only statements stored with this credential (scope statements/read/mine). */
  storedBy?: string;
}

export type StatementRequest =
  | {
      kind: 'single';
      statementId: string;
      voided: boolean;
      format: StatementFormat;
      attachments: boolean;
    }
  | { kind: 'query'; query: StatementQuery };

export const MAX_LIMIT = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERS = [
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'ascending',
];
const ALWAYS = ['format', 'attachments'];

/** Reads GET /statements parameters; every refusal names the parameter. */
export function parseStatementRequest(params: Record<string, unknown>): StatementRequest {
  const known = new Set([...FILTERS, ...ALWAYS, 'statementId', 'voidedStatementId']);
  const unknown = Object.keys(params).filter((key) => !known.has(key));
  if (unknown.length > 0) refuse(unknown[0], 'is not a parameter of the Statement resource');
  const format = parseFormat(params['format']);
  const attachments = parseBoolean(params['attachments'], 'attachments');

  const single =
    params['statementId'] !== undefined
      ? 'statementId'
      : params['voidedStatementId'] !== undefined
        ? 'voidedStatementId'
        : undefined;
  if (single) {
    const others = Object.keys(params).filter((key) => key !== single && !ALWAYS.includes(key));
    if (others.length > 0) refuse(others[0], `cannot be combined with ${single}`);
    const id = text(params[single], single);
    if (!UUID.test(id)) refuse(single, 'must be a UUID');
    return {
      kind: 'single',
      statementId: id.toLowerCase(),
      voided: single === 'voidedStatementId',
      format,
      attachments,
    };
  }

  const limit = params['limit'] === undefined ? MAX_LIMIT : integer(params['limit'], 'limit');
  const registration =
    params['registration'] === undefined ? undefined : text(params['registration'], 'registration');
  if (registration !== undefined && !UUID.test(registration))
    refuse('registration', 'must be a UUID');
  return {
    kind: 'query',
    query: {
      agentKey: params['agent'] === undefined ? undefined : agentKeyOf(params['agent']),
      verb: params['verb'] === undefined ? undefined : iri(params['verb'], 'verb'),
      activity: params['activity'] === undefined ? undefined : iri(params['activity'], 'activity'),
      registration: registration?.toLowerCase(),
      relatedActivities: parseBoolean(params['related_activities'], 'related_activities'),
      relatedAgents: parseBoolean(params['related_agents'], 'related_agents'),
      since: params['since'] === undefined ? undefined : instant(params['since'], 'since'),
      until: params['until'] === undefined ? undefined : instant(params['until'], 'until'),
      limit: limit === 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT),
      ascending: parseBoolean(params['ascending'], 'ascending'),
      format,
      attachments,
    },
  };
}

/** PUT /statements takes exactly one parameter, the statementId to store under. */
export function parsePutStatementId(params: Record<string, unknown>): string {
  const other = Object.keys(params).find((key) => key !== 'statementId');
  if (other) refuse(other, 'is not a parameter of PUT /statements');
  if (params['statementId'] === undefined) refuse('statementId', 'is required to PUT a statement');
  const id = text(params['statementId'], 'statementId');
  if (!UUID.test(id)) refuse('statementId', 'must be a UUID');
  return id.toLowerCase();
}

/** The `agent` parameter: an Agent or identified Group as JSON, reduced to its actor key. */
export function agentKeyOf(raw: unknown): string {
  let agent: unknown;
  try {
    agent = JSON.parse(text(raw, 'agent'));
  } catch {
    refuse('agent', 'must be an Agent or Group as JSON');
  }
  // Validate as the actor of a minimal statement, so the same rules and messages apply.
  const result = validateStatement({
    actor: agent,
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
    object: { id: 'http://example.org/a' },
  });
  const key = result.ok ? keyOf(agent as Agent) : null;
  if (!result.ok || !key) {
    refuse(
      'agent',
      result.ok
        ? 'must identify an Agent or Group by one IFI'
        : result.errors.map((e) => e.message).join(' '),
    );
  }
  return key;
}

function parseFormat(raw: unknown): StatementFormat {
  if (raw === undefined) return 'exact';
  const value = text(raw, 'format');
  if (value === 'ids' || value === 'exact' || value === 'canonical') return value;
  return refuse('format', 'must be ids, exact or canonical');
}

function parseBoolean(raw: unknown, name: string): boolean {
  if (raw === undefined) return false;
  const value = text(raw, name);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return refuse(name, 'must be true or false');
}

function integer(raw: unknown, name: string): number {
  const value = text(raw, name);
  if (!/^\d+$/.test(value)) refuse(name, 'must be a whole number of 0 or more');
  return Number(value);
}

function iri(raw: unknown, name: string): string {
  const value = text(raw, name);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) refuse(name, 'must be an IRI');
  return value;
}

function instant(raw: unknown, name: string): Date {
  const value = text(raw, name);
  try {
    // As for timestamps: without an offset, UTC rather than the server's zone.
    return statementInstant(value);
  } catch {
    return refuse(name, 'must be an ISO 8601 date and time, such as 2020-01-31T10:00:00Z');
  }
}

function text(raw: unknown, name: string): string {
  if (typeof raw !== 'string') refuse(name, 'must be given once');
  return raw;
}

function refuse(parameter: string, problem: string): never {
  throw badRequest('xapi.invalid_parameter', `"${parameter}" ${problem}.`, [
    { field: parameter, message: problem },
  ]);
}

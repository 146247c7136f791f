import { randomUUID } from 'node:crypto';
import {
  statementInstant,
  type Activity,
  type Agent,
  type Statement,
  type StatementObject,
} from '@fita/xapi';
import { keyOf, statementLinks, type StatementLinks } from './statement-links.js';
import { normalizeStatement } from './statement-normalizer.js';

/** The row a statement becomes: its final JSON plus the columns that are queried. */
export interface StatementRecord {
  id: string;
  actorKey: string | null;
  actorType: 'Agent' | 'Group';
  verbId: string;
  objectType: string;
  objectId: string | null;
  registration: string | null;
  timestamp: Date;
  stored: Date;
  credentialId: string;
  payload: Statement;
  links: StatementLinks;
}

export interface StoringContext {
  stored: Date;
  credentialId: string;
  authority: Agent;
}

/**
 * Completes a validated statement as the LRS must (id, timestamp = stored when
 * absent, stored, authority, version) and derives the indexed columns.
 */
export function toStatementRecord(statement: Statement, context: StoringContext): StatementRecord {
  const stored = context.stored.toISOString();
  const payload: Statement = {
    ...normalizeStatement(statement),
    id: (statement.id ?? randomUUID()).toLowerCase(),
    timestamp: statement.timestamp ?? stored,
    stored,
    authority: context.authority,
    version: statement.version ?? '1.0.0',
  };
  return {
    id: payload.id as string,
    actorKey: keyOf(statement.actor),
    actorType: statement.actor.objectType === 'Group' ? 'Group' : 'Agent',
    verbId: statement.verb.id,
    objectType: statement.object.objectType ?? 'Activity',
    objectId: objectIdOf(statement.object),
    registration: statement.context?.registration?.toLowerCase() ?? null,
    // Not new Date(): a timestamp without an offset is UTC (spec section 1), not server time.
    timestamp: statementInstant(payload.timestamp as string),
    stored: context.stored,
    credentialId: context.credentialId,
    payload,
    links: statementLinks(payload),
  };
}

/**
 * Whether a statement re-sent with an id already stored is the same statement
 * (then nothing changes) or another one (a 409). Fields the LRS fills in are
 * ignored unless the client sent them itself.
 */
export function isSameStatement(existing: Statement, incoming: Statement): boolean {
  const lrsFilled = [
    'stored',
    'authority',
    ...(['timestamp', 'version'] as const).filter((k) => incoming[k] === undefined),
  ];
  const strip = (statement: Statement) =>
    canonicalJson(
      Object.fromEntries(Object.entries(statement).filter(([key]) => !lrsFilled.includes(key))),
    );
  return (
    strip(existing) === strip({ ...normalizeStatement(incoming), id: incoming.id?.toLowerCase() })
  );
}

function objectIdOf(object: StatementObject): string | null {
  switch (object.objectType) {
    case undefined: // an object without objectType is an Activity (xAPI 1.0.3, 2.4.4)
    case 'Activity':
      return (object as Activity).id;
    case 'StatementRef':
      return object.id.toLowerCase();
    case 'Agent':
    case 'Group':
      return keyOf(object);
    default:
      return null;
  }
}

/** JSON with object keys sorted, so equal values serialize equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

import type { Statement } from '@fita/xapi';
import type { StatementFormat } from './statement-query.js';

type Json = Record<string, unknown>;

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const LANGUAGE_MAPS = ['display', 'name', 'description'];

/**
 * A stored statement as the requested `format` asks (xAPI Communication
 * 2.1.3): `exact` as stored, `ids` with only identifiers, `canonical` with
 * one language per language map, chosen by Accept-Language.
 */
export function formatStatement(
  statement: Statement,
  format: StatementFormat,
  acceptLanguage = '',
): Statement {
  if (format === 'exact') return statement;
  if (format === 'ids') return idsOnly(statement as unknown as Json) as unknown as Statement;
  return oneLanguage(statement, preferredLanguages(acceptLanguage)) as Statement;
}

function idsOnly(statement: Json): Json {
  const result: Json = {
    ...statement,
    actor: actorIds(statement['actor']),
    verb: { id: (statement['verb'] as Json)['id'] },
  };
  result['object'] = objectIds(statement['object'] as Json);
  if (statement['authority']) result['authority'] = actorIds(statement['authority']);
  if (statement['context']) result['context'] = contextIds(statement['context'] as Json);
  return result;
}

function objectIds(object: Json): Json {
  switch (object['objectType']) {
    case 'Agent':
    case 'Group':
      return actorIds(object);
    case 'SubStatement': {
      const sub: Json = {
        ...object,
        actor: actorIds(object['actor']),
        verb: { id: (object['verb'] as Json)['id'] },
        object: objectIds(object['object'] as Json),
      };
      if (object['context']) sub['context'] = contextIds(object['context'] as Json);
      return sub;
    }
    case 'StatementRef':
      return object;
    default:
      return { id: object['id'] };
  }
}

function actorIds(value: unknown): Json {
  const actor = value as Json;
  const result: Json = { objectType: actor['objectType'] ?? 'Agent' };
  for (const ifi of IFIS) if (actor[ifi] !== undefined) result[ifi] = actor[ifi];
  if (
    actor['objectType'] === 'Group' &&
    Array.isArray(actor['member']) &&
    !IFIS.some((ifi) => actor[ifi] !== undefined)
  ) {
    result['member'] = actor['member'].map(actorIds);
  }
  return result;
}

function contextIds(context: Json): Json {
  const result: Json = { ...context };
  if (context['instructor']) result['instructor'] = actorIds(context['instructor']);
  if (context['team']) result['team'] = actorIds(context['team']);
  const lists = context['contextActivities'] as Record<string, unknown> | undefined;
  if (lists) {
    result['contextActivities'] = Object.fromEntries(
      Object.entries(lists).map(([kind, list]) => [
        kind,
        (Array.isArray(list) ? list : [list]).map((a) => ({
          objectType: 'Activity',
          id: (a as Json)['id'],
        })),
      ]),
    );
  }
  return result;
}

/** Language ranges from Accept-Language, best first (q-values honoured). */
function preferredLanguages(header: string): string[] {
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q[1]) : 1 };
    })
    .filter((range) => range.tag !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((range) => range.tag);
}

function oneLanguage(value: unknown, languages: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => oneLanguage(item, languages));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Json).map(([key, child]) => [
      key,
      key === 'extensions'
        ? child
        : LANGUAGE_MAPS.includes(key) && isLanguageMap(child)
          ? pick(child, languages)
          : oneLanguage(child, languages),
    ]),
  );
}

function isLanguageMap(value: unknown): value is Record<string, string> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

function pick(map: Record<string, string>, languages: string[]): Record<string, string> {
  const tags = Object.keys(map);
  for (const range of languages) {
    const match =
      range === '*'
        ? tags[0]
        : tags.find(
            (tag) => tag.toLowerCase() === range || tag.toLowerCase().startsWith(`${range}-`),
          );
    if (match) return { [match]: map[match] };
  }
  const first = tags[0];
  return first === undefined ? {} : { [first]: map[first] };
}

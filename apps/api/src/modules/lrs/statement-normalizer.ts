import type { Context, Statement, SubStatement } from '@fita/xapi';

/**
 * The stored form of a statement: each contextActivities entry becomes an
 * array (xAPI Data 2.4.6.2: the LRS returns them as arrays, also when a 1.0.x
 * client sent a single object).
 */
export function normalizeStatement(statement: Statement): Statement {
  const normalized: Statement = { ...statement };
  if (statement.context) normalized.context = normalizeContext(statement.context);
  if (statement.object.objectType === 'SubStatement') {
    const sub: SubStatement = statement.object;
    normalized.object = sub.context ? { ...sub, context: normalizeContext(sub.context) } : sub;
  }
  return normalized;
}

function normalizeContext(context: Context): Context {
  const lists = context.contextActivities;
  if (!lists) return context;
  return {
    ...context,
    contextActivities: Object.fromEntries(
      Object.entries(lists).map(([kind, value]) => [kind, Array.isArray(value) ? value : [value]]),
    ),
  };
}

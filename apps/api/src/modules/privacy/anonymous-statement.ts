import { actorKey, type Agent } from '@fita/xapi';

/** Where erased persons' anonymous accounts live: a URN no real system has. */
export const ERASED_HOME_PAGE = 'urn:fita:erased';
const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';

/** The one anonymous Agent an erased person becomes, named by a random uuid. */
export function anonymousAgent(uuid: string): Agent {
  return { objectType: 'Agent', account: { homePage: ERASED_HOME_PAGE, name: uuid } };
}

/**
 * Its actor key, `account:urn:fita:erased|<uuid>`, derived as for any Agent
 * (spec section 2), so the key columns and the stored statements agree: a
 * fact rebuild and an `agent` query find the anonymous person the same way.
 */
export function anonymousKeyOf(uuid: string): string {
  return actorKey(anonymousAgent(uuid));
}

/** The uuid back from an anonymous key. */
export function uuidOfAnonymousKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}

export interface AnonymisedStatement {
  payload: unknown;
  /** How many agents were replaced. */
  replaced: number;
  /** SHA-2s of signature attachments taken off: their JWS holds the original actor. */
  droppedSignatures: string[];
}

/**
 * The stored statement with every Agent of the erased person (actor, object,
 * instructor, team or group members, context agents, sub-statement parts)
 * replaced by the anonymous Agent, its display name with it. A signed
 * statement loses its signature attachment: the JWS carries the original
 * statement, and a signature over the rewritten one cannot be made.
 * Statement ids, verbs, objects, results and times are kept.
 */
export function anonymiseStatement(
  payload: unknown,
  erasedKeys: ReadonlySet<string>,
  anonymous: Agent,
): AnonymisedStatement {
  let replaced = 0;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (isErasedAgent(record, erasedKeys)) {
      replaced += 1;
      return { ...anonymous };
    }
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, visit(item)]));
  };
  const rewritten = visit(payload) as Record<string, unknown>;
  const droppedSignatures: string[] = [];
  if (replaced > 0 && Array.isArray(rewritten['attachments'])) {
    const kept = (rewritten['attachments'] as Record<string, unknown>[]).filter((attachment) => {
      if (attachment['usageType'] !== SIGNATURE_USAGE) return true;
      if (typeof attachment['sha2'] === 'string') droppedSignatures.push(attachment['sha2']);
      return false;
    });
    if (kept.length > 0) rewritten['attachments'] = kept;
    else delete rewritten['attachments'];
  }
  return { payload: rewritten, replaced, droppedSignatures };
}

/** An Agent (not a Group: its members are visited one by one) with one of the erased keys. */
function isErasedAgent(record: Record<string, unknown>, erasedKeys: ReadonlySet<string>): boolean {
  if (record['objectType'] !== undefined && record['objectType'] !== 'Agent') return false;
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some(
    (ifi) => record[ifi] !== undefined,
  );
  if (!identified) return false;
  try {
    return erasedKeys.has(actorKey(record));
  } catch {
    // Not an agent after all (an extension that happens to use these names).
    return false;
  }
}

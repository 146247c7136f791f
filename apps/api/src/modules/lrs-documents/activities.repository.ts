import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityDefinition } from '@fita/xapi';
import type { DataSource, EntityManager } from 'typeorm';
import { mergeActivityDefinition, type ActivityMention } from './activity-definition.js';
import { ActivityEntity } from './activity.entity.js';

@Injectable()
export class ActivitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<ActivityEntity | null> {
    return this.dataSource.getRepository(ActivityEntity).findOneBy({ id });
  }

  /**
   * Records the activities of statements being stored, inside the caller's
   * transaction, in the order they were sent: unknown ids are added, and a
   * definition that adds or changes something is merged into the stored one.
   *
   * Rows are locked only when their definition actually changes (most
   * statements repeat the definition already known), and always in id order,
   * so concurrent batches about the same activities neither serialise nor
   * deadlock needlessly.
   */
  async upsertDefinitions(manager: EntityManager, activities: ActivityMention[]): Promise<void> {
    if (activities.length === 0) return;
    const incoming = new Map<string, ActivityDefinition | null>();
    for (const { id, definition } of activities) {
      incoming.set(id, mergeActivityDefinition(incoming.get(id), definition));
    }
    const ids = [...incoming.keys()].sort();

    // One round trip: the new ids are inserted and, from the snapshot taken
    // before the insert, the definitions already stored come back.
    const rows: { id: string; definition: ActivityDefinition | null; inserted: boolean }[] =
      await manager.query(
        `WITH input AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, definition jsonb)
         ), inserted AS (
           INSERT INTO activities (id, definition, updated_at)
           SELECT id, definition, now() FROM input ORDER BY id
           ON CONFLICT (id) DO NOTHING
           RETURNING id
         )
         SELECT id, NULL::jsonb AS definition, true AS inserted FROM inserted
         UNION ALL
         SELECT a.id, a.definition, false FROM activities a JOIN input USING (id)`,
        [JSON.stringify(ids.map((id) => ({ id, definition: incoming.get(id) ?? null })))],
      );
    const stored = rows.filter((row) => !row.inserted);
    const seen = new Set(rows.map((row) => row.id));
    // Ids a concurrent batch committed after that snapshot are compared under lock below.
    const unseen = ids.filter((id) => !seen.has(id) && incoming.get(id));
    const changing = [
      ...stored.filter((row) => changes(row.definition, incoming.get(row.id))).map((r) => r.id),
      ...unseen,
    ].sort();
    if (changing.length === 0) return;

    const locked = await this.definitionsOf(manager, changing, true);
    const updates = locked
      .map((row) => ({ id: row.id, definition: merged(row.definition, incoming.get(row.id)) }))
      .filter((row) => row.definition !== undefined);
    if (updates.length === 0) return;
    await manager.query(
      `UPDATE activities AS a SET definition = u.definition, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS u(id text, definition jsonb)
       WHERE a.id = u.id`,
      [JSON.stringify(updates.map((u) => ({ id: u.id, definition: u.definition ?? null })))],
    );
  }

  private definitionsOf(
    manager: EntityManager,
    ids: string[],
    forUpdate: boolean,
  ): Promise<{ id: string; definition: ActivityDefinition | null }[]> {
    return manager.query(
      `SELECT id, definition FROM activities WHERE id = ANY($1::text[]) ORDER BY id
       ${forUpdate ? 'FOR UPDATE' : ''}`,
      [ids],
    );
  }
}

/** The merged definition when it differs from the stored one, else undefined. */
function merged(
  stored: ActivityDefinition | null,
  incoming: ActivityDefinition | null | undefined,
): ActivityDefinition | null | undefined {
  const next = mergeActivityDefinition(stored, incoming ?? undefined);
  return canonicalJson(next) === canonicalJson(stored) ? undefined : next;
}

function changes(
  stored: ActivityDefinition | null,
  incoming: ActivityDefinition | null | undefined,
): boolean {
  return merged(stored, incoming) !== undefined;
}

/** JSON with object keys sorted: jsonb hands keys back in its own order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

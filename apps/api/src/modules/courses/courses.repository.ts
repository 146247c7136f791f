import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CourseRow } from '@fita/metrics';
import type { DataSource } from 'typeorm';
import { analyticQueries } from '../../database/analytic-queries.js';

export interface CatalogueChanges {
  coursesCreated: number;
  coursesUpdated: number;
}

export interface CourseView {
  activityId: string;
  title: string;
  format: string;
  mode: string;
  programme: string | null;
  tags: string[];
}

/** An activity statements mention as a course would be, absent from the catalogue. */
export interface UncataloguedActivity {
  activityId: string;
  /** From the activity definitions statements brought (Activities resource), if any. */
  name: Record<string, string> | null;
  type: string | null;
  statements: number;
}

@Injectable()
export class CoursesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds or replaces the given courses in one statement; courses not in the
   * file stay as they are, and identical ones are not rewritten.
   */
  async upsert(rows: readonly CourseRow[]): Promise<CatalogueChanges> {
    const [result] = await this.dataSource.query<CatalogueChanges[]>(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x(activity_id text, title text, format text, mode text, programme text, tags text[])
       ), upserted AS (
         INSERT INTO courses (activity_id, title, format, mode, programme, tags, updated_at)
         SELECT activity_id, title, format, mode, programme, tags, now() FROM input
         ON CONFLICT (activity_id) DO UPDATE SET title = EXCLUDED.title, format = EXCLUDED.format,
           mode = EXCLUDED.mode, programme = EXCLUDED.programme, tags = EXCLUDED.tags,
           updated_at = now()
         WHERE (courses.title, courses.format, courses.mode, courses.programme, courses.tags)
               IS DISTINCT FROM
               (EXCLUDED.title, EXCLUDED.format, EXCLUDED.mode, EXCLUDED.programme, EXCLUDED.tags)
         RETURNING xmax = 0 AS created
       )
       SELECT count(*) FILTER (WHERE created)::int AS "coursesCreated",
              count(*) FILTER (WHERE NOT created)::int AS "coursesUpdated" FROM upserted`,
      [
        JSON.stringify(
          rows.map((r) => ({
            activity_id: r.activityId,
            title: r.title,
            format: r.format,
            mode: r.mode,
            programme: r.programme,
            tags: r.tags,
          })),
        ),
      ],
    );
    return result;
  }

  /**
   * Adds one course unless its activity id is catalogued already (then null).
   * An import's upsert would replace it; adding by hand never overwrites.
   */
  async insertNew(row: CourseRow): Promise<CourseView | null> {
    const rows: CourseView[] = await this.dataSource.query(
      `INSERT INTO courses (activity_id, title, format, mode, programme, tags, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::text[], now())
       ON CONFLICT ON CONSTRAINT pk_courses DO NOTHING
       RETURNING activity_id AS "activityId", title, format, mode, programme, tags`,
      [row.activityId, row.title, row.format, row.mode, row.programme, row.tags],
    );
    return rows[0] ?? null;
  }

  list(): Promise<CourseView[]> {
    return this.dataSource.query(
      `SELECT activity_id AS "activityId", title, format, mode, programme, tags
       FROM courses ORDER BY programme NULLS LAST, title, activity_id`,
    );
  }

  /**
   * The uncatalogued courses of spec section 3: activities that are the
   * object of statements with no catalogued course as parent or grouping,
   * absent from the catalogue; most used first, for someone to classify.
   * A module of a catalogued course belongs to that course, and a parent or
   * grouping outside the catalogue (a programme) is never a course itself,
   * so neither is listed.
   *
   * It reads every object link (some seconds at 10M statements). The
   * statements a catalogued course takes as parent or grouping are found
   * from the catalogue's side, through the primary key, and left out by one
   * hash anti-join; names are looked up for the listed activities only.
   */
  uncatalogued(limit: number): Promise<UncataloguedActivity[]> {
    return analyticQueries(this.dataSource).query(
      `WITH taken AS (
         SELECT g.seq FROM courses c
         JOIN statement_activities g ON g.activity_id = c.activity_id
         WHERE g.role IN ('parent', 'grouping')
       )
       SELECT u.activity_id AS "activityId", a.definition -> 'name' AS name,
              a.definition ->> 'type' AS type, u.statements
       FROM (
         SELECT l.activity_id, count(*)::int AS statements
         FROM statement_activities l
         WHERE l.role = 'object'
           AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.activity_id = l.activity_id)
           AND NOT EXISTS (SELECT 1 FROM taken t WHERE t.seq = l.seq)
         GROUP BY l.activity_id
         ORDER BY statements DESC, l.activity_id
         LIMIT $1
       ) u
       LEFT JOIN activities a ON a.id = u.activity_id
       ORDER BY u.statements DESC, u.activity_id`,
      [limit],
    );
  }
}

import type { DataSource } from 'typeorm';
import { DemoLoadEntity } from './demo-load.entity.js';

/** The `demo_loads` row of the first start, and whether the database holds anyone's data. */
export class DemoLoadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The load of this database, if one was ever started. */
  find(): Promise<DemoLoadEntity | null> {
    return this.dataSource
      .getRepository(DemoLoadEntity)
      .findOne({ where: {}, order: { startedAt: 'DESC' } });
  }

  /** Statements, learners, courses or operations: data the demo must never be mixed into. */
  async holdsData(): Promise<boolean> {
    const [row] = await this.dataSource.query<{ holds: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM statements) OR EXISTS (SELECT 1 FROM persons)
           OR EXISTS (SELECT 1 FROM courses) OR EXISTS (SELECT 1 FROM operations) AS "holds"`,
    );
    return row.holds;
  }

  /** The first admin, whom the in-process load acts as. */
  async firstAdminId(): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE role = 'admin' ORDER BY created_at, id LIMIT 1`,
    );
    return rows[0]?.id ?? null;
  }

  /** Claims this database for the demo, before its files even exist. */
  async start(seed: number, at: Date): Promise<void> {
    await this.dataSource.getRepository(DemoLoadEntity).insert({
      seed,
      statementLines: 0,
      storedLines: 0,
      loaderKey: null,
      startedAt: at,
      finishedAt: null,
    });
  }

  /** What this attempt sends, and with which credential. */
  async prepare(seed: number, statementLines: number, loaderKey: string): Promise<void> {
    await this.dataSource
      .getRepository(DemoLoadEntity)
      .update({ seed }, { statementLines, loaderKey });
  }

  async progress(seed: number, storedLines: number): Promise<void> {
    await this.dataSource.getRepository(DemoLoadEntity).update({ seed }, { storedLines });
  }

  async finish(seed: number, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(DemoLoadEntity)
      .update({ seed }, { finishedAt: at, loaderKey: null });
  }
}

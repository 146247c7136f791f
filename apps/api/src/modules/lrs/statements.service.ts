import { Injectable, Logger } from '@nestjs/common';
import { validateStatement, type Agent, type Statement } from '@fita/xapi';
import { badRequest, conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import type { LrsClient } from './lrs-credentials.service.js';
import { isSameStatement, toStatementRecord } from './statement-record.js';
import { StatementsRepository } from './statements.repository.js';

/** Larger batches are refused rather than held in one long transaction. */
export const MAX_BATCH = 10_000;

@Injectable()
export class StatementsService {
  private readonly logger = new Logger(StatementsService.name);
  private refreshRequested = false;

  constructor(
    private readonly statements: StatementsRepository,
    private readonly jobs: JobQueues,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /**
   * Stores one statement or a batch, all or nothing, and returns their ids in
   * order. An id already stored with the same content changes nothing; with
   * other content the whole batch is refused (409).
   */
  async store(body: unknown, client: LrsClient, authorityHomePage: string): Promise<string[]> {
    const inputs = Array.isArray(body) ? body : [body];
    if (inputs.length === 0) throw badRequest('xapi.empty_batch', 'The batch holds no statement.');
    if (inputs.length > MAX_BATCH) {
      throw badRequest(
        'xapi.batch_too_large',
        `A batch may hold at most ${MAX_BATCH} statements; this one has ${inputs.length}.`,
      );
    }
    const statements = inputs.map((input, index) =>
      this.validate(input, Array.isArray(body) ? index : undefined),
    );
    const stored = this.clock.now();
    const authority: Agent = {
      objectType: 'Agent',
      name: client.name,
      account: { homePage: authorityHomePage, name: client.key },
    };
    const records = statements.map((statement) =>
      toStatementRecord(statement, { stored, credentialId: client.credentialId, authority }),
    );
    rejectRepeatedIds(records.map((record) => record.id));

    await this.statements.insertBatch(records, ({ existing }) => {
      for (const [index, record] of records.entries()) {
        const previous = existing.get(record.id);
        if (previous && !isSameStatement(previous, statements[index])) {
          throw conflict(
            'xapi.statement_conflict',
            `Statement ${record.id} is already stored with different content.`,
            {
              id: record.id,
            },
          );
        }
      }
    });
    this.requestRefresh();
    return records.map((record) => record.id);
  }

  async get(statementId: string): Promise<Statement> {
    const statement = await this.statements.findById(statementId);
    if (!statement)
      throw notFound('xapi.statement_not_found', `No statement with id ${statementId}.`);
    return statement;
  }

  private validate(input: unknown, index: number | undefined): Statement {
    const result = validateStatement(input);
    if (result.ok) return result.statement;
    const prefix = index === undefined ? '' : `[${index}]`;
    const errors = result.errors.map((error) => ({
      ...error,
      path: error.path.replace(/^\$/, `$${prefix}`),
    }));
    throw badRequest(
      'xapi.invalid_statement',
      `Invalid statement${index === undefined ? '' : ` at index ${index}`}: ${errors.map((e) => `${e.path}: ${e.message}`).join(' ')}`,
      errors,
    );
  }

  /**
   * Asks for an indicator refresh without making the client wait for the
   * queue; if the queue is unreachable the scheduled refresh catches up.
   */
  private requestRefresh(): void {
    if (this.refreshRequested) return;
    this.refreshRequested = true;
    this.jobs
      .add('indicators-refresh', { reason: 'ingest' })
      .catch((error: Error) =>
        this.logger.warn(`could not enqueue indicators-refresh: ${error.message}`),
      )
      .finally(() => {
        this.refreshRequested = false;
      });
  }
}

function rejectRepeatedIds(ids: string[]): void {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) {
      throw badRequest(
        'xapi.duplicate_id_in_batch',
        `The batch holds statement id ${id} more than once (again at index ${index}).`,
        [
          {
            path: `$[${index}].id`,
            rule: 'id.unique-in-batch',
            message: 'repeats an earlier id of the batch',
          },
        ],
      );
    }
    seen.add(id);
  }
}

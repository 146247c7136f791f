import { Injectable, Logger } from '@nestjs/common';
import { validateStatement, type Agent, type Statement } from '@fita/xapi';
import type { EntityManager } from 'typeorm';
import { badRequest, conflict, notFound } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { JobQueues } from '../../jobs/job-queues.service.js';
import { AttachmentsRepository } from './attachments.repository.js';
import type { LrsClient } from './lrs-credentials.service.js';
import {
  attachmentsOf,
  matchAttachments,
  type AttachmentPayload,
} from './statement-attachments.js';
import { isSameStatement, toStatementRecord } from './statement-record.js';
import { encodeMore } from './more-token.js';
import { findUnstorablePart } from './storable-statement.js';
import type { StatementQuery } from './statement-query.js';
import { verifySignatures } from './statement-signature.js';
import {
  StatementsRepository,
  type QueryCursor,
  type StoredStatement,
} from './statements.repository.js';
import type { XapiVersion } from './xapi-version.js';

/** Larger batches are refused rather than held in one long transaction. */
export const MAX_BATCH = 10_000;

/** What came with the statements of a request besides their JSON. */
export interface StoreOptions {
  /** The attachment parts of a multipart/mixed request, hashes checked. */
  payloads?: AttachmentPayload[];
  /** The request's X-Experience-API-Version, whose rules apply; default 1.0.3. */
  version?: XapiVersion;
}

@Injectable()
export class StatementsService {
  private readonly logger = new Logger(StatementsService.name);
  private refreshInFlight = false;
  /** A batch committed while a refresh was being enqueued: that job may start before it. */
  private refreshAgain = false;
  private queueDown = false;

  constructor(
    private readonly statements: StatementsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly jobs: JobQueues,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /**
   * Stores one statement or a batch, all or nothing, and returns their ids in
   * order. An id already stored with the same content changes nothing; with
   * other content the whole batch is refused (409). Attachment parts must
   * match the statements' attachments, signatures must sign their statement,
   * and the contents are stored in the same transaction.
   */
  async store(
    body: unknown,
    client: LrsClient,
    authorityHomePage: string,
    options: StoreOptions = {},
  ): Promise<string[]> {
    const inputs = Array.isArray(body) ? body : [body];
    if (inputs.length === 0) throw badRequest('xapi.empty_batch', 'The batch holds no statement.');
    if (inputs.length > MAX_BATCH) {
      throw badRequest(
        'xapi.batch_too_large',
        `A batch may hold at most ${MAX_BATCH} statements; this one has ${inputs.length}.`,
      );
    }
    const version = options.version ?? '1.0.3';
    const batch = Array.isArray(body);
    const statements = inputs.map((input, index) =>
      this.validate(input, batch ? index : undefined, version),
    );
    const contents = matchAttachments(statements, options.payloads ?? [], batch);
    statements.forEach((statement, index) =>
      verifySignatures(statement, contents, version, batch ? index : undefined),
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

    await this.statements.insertBatch(records, {
      decide: ({ existing }) => {
        for (const [index, record] of records.entries()) {
          const previous = existing.get(record.id);
          if (previous && !isSameStatement(previous, statements[index])) {
            throw conflict(
              'xapi.statement_conflict',
              `Statement ${record.id} is already stored with different content.`,
              { id: record.id },
            );
          }
        }
      },
      alsoStore: (manager: EntityManager) => this.attachments.insertMany(manager, contents),
      defineActivities: client.defines,
    });
    this.requestRefresh();
    return records.map((record) => record.id);
  }

  /** PUT /statements?statementId=: one statement stored under the id the URL gives. */
  async put(
    statementId: string,
    body: unknown,
    client: LrsClient,
    authorityHomePage: string,
    options: StoreOptions = {},
  ): Promise<void> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw badRequest('xapi.put_single', 'PUT takes exactly one statement as a JSON object.');
    }
    const given = (body as { id?: unknown }).id;
    const givenText = typeof given === 'string' ? given : JSON.stringify(given);
    if (given !== undefined && givenText.toLowerCase() !== statementId.toLowerCase()) {
      throw badRequest(
        'xapi.put_id_mismatch',
        `The statement's id ${givenText} differs from statementId ${statementId}.`,
      );
    }
    await this.store({ ...body, id: statementId }, client, authorityHomePage, options);
  }

  /**
   * One statement: by statementId unless it is voided, by voidedStatementId
   * only when it is (xAPI Communication 2.1.3).
   */
  async getOne(statementId: string, voided: boolean, storedBy?: string): Promise<StoredStatement> {
    const stored = await this.statements.findById(statementId);
    // A statements/read/mine client must not learn that others' statements exist.
    const found = storedBy && stored?.credentialId !== storedBy ? null : stored;
    if (!found || found.voided !== voided) {
      const hint = found
        ? ` It is ${found.voided ? '' : 'not '}voided: ask with ${found.voided ? 'voidedStatementId' : 'statementId'}.`
        : '';
      throw notFound(
        'xapi.statement_not_found',
        `No ${voided ? 'voided ' : ''}statement with id ${statementId}.${hint}`,
      );
    }
    return found;
  }

  /** A page of a statement query and the `more` link to the next one ('' on the last page). */
  async query(
    query: StatementQuery,
    params: Record<string, string>,
    cursor?: QueryCursor,
  ): Promise<{ statements: StoredStatement[]; more: string }> {
    const rows = await this.statements.query(query, cursor);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const more =
      rows.length > query.limit && last?.seq
        ? `/xapi/statements?more=${encodeMore({ params, cursor: { stored: new Date(last.stored).toISOString(), seq: last.seq } })}`
        : '';
    return { statements: page, more };
  }

  /**
   * The stored contents of the attachments of these statements (and of their
   * SubStatements), once per sha2, in the order first described; attachments
   * known only by fileUrl have none.
   */
  async attachmentContents(statements: Statement[]): Promise<AttachmentPayload[]> {
    const sha2s = [
      ...new Set(
        statements.flatMap((statement) =>
          attachmentsOf(statement).map(({ attachment }) => attachment.sha2.toLowerCase()),
        ),
      ),
    ];
    const found = new Map(
      (await this.attachments.findBySha2(sha2s)).map((content) => [content.sha2, content]),
    );
    return sha2s.flatMap((sha2) => found.get(sha2) ?? []);
  }

  private validate(input: unknown, index: number | undefined, version: XapiVersion): Statement {
    const result = validateStatement(input, { version });
    let found: { path: string; rule: string; message: string }[];
    if (result.ok) {
      // Valid xAPI that Postgres would refuse: a 400 naming the path, not a failed insert.
      const unstorable = findUnstorablePart(result.statement);
      if (!unstorable) return result.statement;
      found = [unstorable];
    } else {
      found = result.errors;
    }
    const prefix = index === undefined ? '' : `[${index}]`;
    const errors = found.map((error) => ({
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
   * queue; if the queue is unreachable the scheduled refresh catches up once
   * it is back. An outage is logged when it starts and when it ends, not for
   * every batch.
   */
  private requestRefresh(): void {
    if (this.refreshInFlight) {
      this.refreshAgain = true;
      return;
    }
    this.refreshInFlight = true;
    this.jobs
      .add('indicators-refresh', { reason: 'ingest' })
      .then(
        () => {
          if (!this.queueDown) return;
          this.queueDown = false;
          this.logger.log('the queue is reachable again: ingestion requests refreshes again');
        },
        (error: Error) => {
          if (this.queueDown) return;
          this.queueDown = true;
          this.logger.warn(
            `could not enqueue indicators-refresh; statements are still stored and the scheduled refresh catches up: ${error.message}`,
          );
        },
      )
      .finally(() => {
        this.refreshInFlight = false;
        if (!this.refreshAgain) return;
        this.refreshAgain = false;
        this.requestRefresh();
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

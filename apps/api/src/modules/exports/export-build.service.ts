import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { finished } from 'node:stream/promises';
import { AppError } from '../../common/app-error.js';
import { InjectClock, type Clock } from '../../common/clock.js';
import { ChunkedFileWritable } from './chunked-file.writable.js';
import {
  EXPORT_WRITERS,
  type ExportContext,
  type ExportWriter,
  type WrittenFile,
} from './export-writer.js';
import { ExportsRepository, type ExportRecord } from './exports.repository.js';
import { ThrottledProgress } from './throttled-progress.js';

export interface BuiltExport {
  exportId: string;
  fileName: string;
  byteSize: number;
}

/** Client mistakes a retry cannot mend (a 409, say, may clear up: it is retried). */
const PERMANENT_STATUSES = new Set([400, 403, 404, 422]);

/**
 * The `export-build` job: runs the writer of the export's kind, stores the
 * file as it streams, and records the outcome on the export row. A retried
 * build starts the file over; a failed one leaves no bytes behind.
 */
@Injectable()
export class ExportBuildService {
  private readonly logger = new Logger(ExportBuildService.name);

  constructor(
    private readonly repository: ExportsRepository,
    @Inject(EXPORT_WRITERS) private readonly writers: readonly ExportWriter[],
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** `final`: this is the job's last attempt, so a failure is the export's outcome. */
  async build(exportId: string, attempt: { final: boolean }): Promise<BuiltExport | null> {
    const record = await this.repository.find(exportId);
    if (!record) throw new UnrecoverableError(`There is no export ${exportId}.`);
    if (record.status === 'done') return this.builtOf(record);

    const writer = this.writers.find((candidate) => candidate.kind === record.request.kind);
    if (!writer) {
      const message = `No writer makes "${record.request.kind}" exports.`;
      await this.repository.fail(exportId, message, { final: true, at: this.clock.now() });
      throw new UnrecoverableError(message);
    }
    const started = await this.repository.start(exportId, 'starting');
    // Another run of the same job finished it meanwhile: nothing to do.
    if (started !== 'started') return null;

    const file = new ChunkedFileWritable((seq, bytes) =>
      this.repository.appendChunk(exportId, seq, bytes),
    );
    const progress = new ThrottledProgress((fraction, stage) =>
      this.repository.reportProgress(exportId, fraction, stage),
    );
    const context: ExportContext = {
      request: record.request,
      requestedBy: {
        id: record.requestedById,
        email: record.requestedByEmail,
        role: record.requestedByRole,
      },
      requestedAt: record.requestedAt,
      out: file,
      progress: (fraction, stage) => progress.report(fraction, stage),
    };
    try {
      const written = await writeThrough(writer, context, file);
      await progress.stop();
      const stored = {
        fileName: written.fileName,
        contentType: written.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
      };
      const outcome = await this.repository.finish(exportId, stored, this.clock.now());
      if (outcome === 'incomplete') {
        throw new Error(
          `The stored file does not add up to the ${stored.byteSize} bytes written: another attempt wrote into it.`,
        );
      }
      if (outcome === 'not_running') return null;
      return { exportId, fileName: stored.fileName, byteSize: stored.byteSize };
    } catch (error) {
      await progress.stop();
      file.destroy();
      const permanent = isPermanent(error);
      const message = messageOf(error);
      await this.repository.fail(exportId, message, {
        final: attempt.final || permanent,
        at: this.clock.now(),
      });
      this.logger.warn(`export ${exportId} (${record.request.kind}) failed: ${message}`);
      throw permanent ? new UnrecoverableError(message) : error;
    }
  }

  private builtOf(record: ExportRecord): BuiltExport {
    return { exportId: record.id, fileName: record.fileName ?? '', byteSize: record.byteSize ?? 0 };
  }
}

/**
 * Runs the writer and waits until every byte is stored. A writer may end
 * `out` itself (exceljs does) or leave it to this; a failure to store a
 * chunk fails the build even if the writer never hears of it.
 */
async function writeThrough(
  writer: ExportWriter,
  context: ExportContext,
  file: ChunkedFileWritable,
): Promise<WrittenFile> {
  const storing = new Promise<never>((_, reject) => file.once('error', reject));
  const writing = writer.write(context);
  // Whichever loses the race below must not surface as an unhandled rejection.
  storing.catch(() => undefined);
  writing.catch(() => undefined);
  const written = await Promise.race([writing, storing]);
  if (!file.writableEnded) file.end();
  await finished(file);
  return written;
}

function isPermanent(error: unknown): boolean {
  return (
    error instanceof UnrecoverableError ||
    (error instanceof AppError && PERMANENT_STATUSES.has(error.status))
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

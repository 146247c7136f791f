import { ApiProperty } from '@nestjs/swagger';
import { badRequest } from '../../../common/app-error.js';
import type { IndicatorQuery } from '../../indicators/indicator-query.js';
import { indicatorQueryFromQuery } from '../../indicators/dto/indicator-query.query.js';
import { snapshotIdFrom } from './snapshot-id.js';

export interface NewSnapshotRequest {
  query: IndicatorQuery;
  supersedes?: { id: string; reason: string };
}

const MAX_REASON = 2_000;

/**
 * The body of `POST /api/snapshots`: the indicator query (read as the
 * indicators endpoint reads it) plus what it corrects. A cut-off in the future
 * is refused: statements could still arrive before it.
 */
export function newSnapshotFromBody(body: unknown, now: Date): NewSnapshotRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('request.invalid', 'The body must be a JSON object.', [
      { field: '(body)', message: 'must be a JSON object' },
    ]);
  }
  const fields = body as Record<string, unknown>;
  const query = indicatorQueryFromQuery(fields, { extra: ['supersedes', 'reason'] });
  if (query.cutoff !== undefined && query.cutoff.getTime() > now.getTime()) {
    throw badRequest(
      'snapshots.future_cutoff',
      `"cutoff" ${query.cutoff.toISOString()} is in the future; a snapshot freezes statements already stored.`,
      [{ field: 'cutoff', message: 'must not be in the future' }],
    );
  }
  const { supersedes, reason } = fields;
  if (supersedes === undefined || supersedes === null) {
    if (reason !== undefined && reason !== null) {
      throw invalid('reason', 'is only given with "supersedes": the snapshot it corrects');
    }
    return { query };
  }
  const id = snapshotIdFrom(supersedes, 'supersedes');
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw invalid('reason', 'is required with "supersedes": say why the earlier snapshot is wrong');
  }
  if (reason.trim().length > MAX_REASON) {
    throw invalid('reason', `has at most ${MAX_REASON} characters`);
  }
  return { query, supersedes: { id, reason: reason.trim() } };
}

function invalid(field: string, message: string) {
  return badRequest('snapshots.invalid_request', `"${field}" ${message}.`, [{ field, message }]);
}

export class NewSnapshotDto {
  @ApiProperty({ format: 'date', example: '2020-01-01' }) from!: string;
  @ApiProperty({ format: 'date', example: '2020-12-31' }) to!: string;
  @ApiProperty({ required: false, example: 'cibernarium' }) programme?: string;
  @ApiProperty({
    required: false,
    enum: ['mooc', 'instant', 'masterclass', 'course', 'uncatalogued'],
  })
  format?: string;
  @ApiProperty({ required: false, description: 'A course activity id' }) course?: string;
  @ApiProperty({ required: false, enum: ['esf2014', 'esfplus', 'eurostat', 'custom'] })
  ageScheme?: string;
  @ApiProperty({ required: false, example: '25-40', description: 'With ageScheme=custom' })
  ageBands?: string;
  @ApiProperty({
    required: false,
    format: 'date-time',
    description: 'Default: the instant the job starts; never in the future',
  })
  cutoff?: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'The snapshot this corrects' })
  supersedes?: string;
  @ApiProperty({ required: false, description: 'Why; required with supersedes' })
  reason?: string;
}

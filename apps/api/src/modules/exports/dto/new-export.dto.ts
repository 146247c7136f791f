import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { z } from 'zod';
import { badRequest } from '../../../common/app-error.js';
import { parseInput } from '../../../common/parse-input.js';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  EXPORT_LANGUAGES,
  type ExportRequest,
} from '../export-writer.js';

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

/** The shape of `POST /api/exports`; what a kind needs is checked by ExportsService. */
const newExportSchema = z.object({
  kind: z.enum(EXPORT_KINDS, { error: oneOf(EXPORT_KINDS) }),
  format: z.enum(EXPORT_FORMATS, { error: oneOf(EXPORT_FORMATS) }),
  table: z.string({ error: 'must be the name of a table' }).min(1, 'must not be empty').optional(),
  snapshotId: z
    .uuid({ error: 'must be a snapshot id (a UUID)' })
    .transform((id) => id.toLowerCase())
    .optional(),
  query: z
    .record(z.string(), z.string({ error: 'must be text' }), {
      error: 'must be an object of indicator query parameters, such as { "from": "2020-01-01" }',
    })
    .optional(),
  k: z
    .number({ error: 'must be a whole number from 3 to 10' })
    .int('must be a whole number from 3 to 10')
    .min(3, 'must be at least 3')
    .max(10, 'must be at most 10')
    .optional(),
  evidence: z.boolean({ error: 'must be true or false' }).optional(),
  language: z.enum(EXPORT_LANGUAGES, { error: oneOf(EXPORT_LANGUAGES) }),
});

const FIELDS = Object.keys(newExportSchema.shape);

/**
 * Reads the body of `POST /api/exports`. Every problem is reported at once,
 * each with its field; a field this endpoint does not know is refused by
 * name, since ignoring it would make a different file than the one asked for.
 */
export function newExportFromBody(body: unknown): ExportRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('request.invalid', 'The body must be a JSON object.', [
      { field: '(body)', message: 'must be a JSON object' },
    ]);
  }
  const unknown = Object.keys(body).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) {
    throw badRequest(
      'request.invalid',
      `Invalid export request: unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}.`,
      unknown.map((field) => ({ field, message: 'is not a field of an export request' })),
    );
  }
  return parseInput(newExportSchema, body, 'export request');
}

export class NewExportDto {
  @ApiProperty({ enum: EXPORT_KINDS }) kind!: string;
  @ApiProperty({ enum: EXPORT_FORMATS }) format!: string;
  @ApiPropertyOptional({ description: 'CSV only: the table of the workbook', example: 'overview' })
  table?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'ERDF and publication exports' })
  snapshotId?: string;
  @ApiPropertyOptional({
    description:
      'Manager exports: the indicator query, as GET /api/indicators takes it; ERDF exports: { "operation": id or code } alone',
    example: { from: '2020-01-01', to: '2020-12-31' },
  })
  query?: Record<string, string>;
  @ApiPropertyOptional({ minimum: 3, maximum: 10, description: 'Publication: the threshold' })
  k?: number;
  @ApiPropertyOptional({ description: 'ERDF, auditors and admins: add the evidence sheet' })
  evidence?: boolean;
  @ApiProperty({ enum: EXPORT_LANGUAGES }) language!: string;
}

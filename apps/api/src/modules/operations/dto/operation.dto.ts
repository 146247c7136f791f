import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import type { FieldProblem } from '../../../common/parse-input.js';
import { FUNDS } from '../operation.entity.js';
import { isoDate, optionalText, requiredText } from './fields.schema.js';

const CCI = /^\d{4}[A-Z]{2}\d{2}[A-Z0-9]{4}\d{3}$/;

const operationFields = {
  code: requiredText(64).regex(
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
    'must be letters, digits and . _ / - (no spaces), such as BCN-CIBERNARIUM-2017',
  ),
  name: requiredText(300),
  programmeCci: z
    .string({ error: 'is required' })
    .trim()
    .toUpperCase()
    .regex(CCI, 'must be a programme CCI of 15 characters, such as 2014ES16RFOP011'),
  programmeTitle: requiredText(300),
  fund: z.enum(FUNDS, { error: `must be one of: ${FUNDS.join(', ')}` }),
  priorityAxis: requiredText(300),
  specificObjective: requiredText(300),
  beneficiary: requiredText(300),
  startDate: isoDate,
  endDate: isoDate,
  /** Null (or absent on creation): no retention period decided yet. */
  retentionUntil: isoDate.nullish(),
  legalBasis: optionalText(1000),
};

/**
 * Retention and its legal basis go together (ADR 0013), and data are kept at
 * least as long as the operation runs. Checked on the values an operation
 * ends up with, so a change of one field is checked against the stored other.
 */
export function retentionProblems(fields: {
  endDate: string;
  retentionUntil: string | null;
  legalBasis: string | null;
}): FieldProblem[] {
  const { endDate, retentionUntil, legalBasis } = fields;
  if (retentionUntil !== null && legalBasis === null) {
    return [{ field: 'legalBasis', message: 'is required when retentionUntil is set' }];
  }
  if (retentionUntil === null && legalBasis !== null) {
    return [{ field: 'retentionUntil', message: 'is required when legalBasis is set' }];
  }
  if (retentionUntil !== null && retentionUntil < endDate) {
    return [
      {
        field: 'retentionUntil',
        message: `must be on or after endDate (${endDate}): data are kept at least while the operation runs`,
      },
    ];
  }
  return [];
}

const endNotBeforeStart = (dates: { startDate?: string; endDate?: string }) =>
  !dates.startDate || !dates.endDate || dates.endDate >= dates.startDate;
const END_BEFORE_START = {
  message: 'must be on or after startDate',
  path: ['endDate'],
  // Also when other fields are wrong, so that one answer names every problem.
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => ['startDate', 'endDate'].includes(String(issue.path?.[0]))),
};

export const newOperationSchema = z
  .strictObject(operationFields)
  .refine(endNotBeforeStart, END_BEFORE_START);
export type NewOperation = z.infer<typeof newOperationSchema>;

/** Any subset of the fields; the dates are checked again against the stored ones. */
export const operationChangesSchema = z
  .strictObject(operationFields)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field')
  .refine(endNotBeforeStart, END_BEFORE_START);
export type OperationChanges = z.infer<typeof operationChangesSchema>;

export class NewOperationDto {
  @ApiProperty({ example: 'BCN-CIBERNARIUM-2017' })
  code!: string;

  @ApiProperty({ example: 'Cibernàrium: digital skills for citizens and businesses' })
  name!: string;

  @ApiProperty({ example: '2014ES16RFOP011' })
  programmeCci!: string;

  @ApiProperty({ example: 'Programa Operativo FEDER de Catalunya 2014-2020' })
  programmeTitle!: string;

  @ApiProperty({ enum: FUNDS, example: 'ERDF' })
  fund!: string;

  @ApiProperty({ example: '2 - Improving access to, use and quality of ICT' })
  priorityAxis!: string;

  @ApiProperty({ example: 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-health' })
  specificObjective!: string;

  @ApiProperty({ example: 'Barcelona Activa SAU SPM' })
  beneficiary!: string;

  @ApiProperty({ format: 'date', example: '2017-01-01' })
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2020-12-31' })
  endDate!: string;

  @ApiProperty({
    required: false,
    nullable: true,
    format: 'date',
    example: '2031-12-31',
    description: 'Last day the personal data must be kept; requires legalBasis',
  })
  retentionUntil?: string | null;

  @ApiProperty({
    required: false,
    nullable: true,
    example:
      'Regulation (EU) 1303/2013, art. 140: documents kept 3 years after the closure accounts',
  })
  legalBasis?: string | null;
}

export class OperationChangesDto {
  @ApiProperty({ required: false }) code?: string;
  @ApiProperty({ required: false }) name?: string;
  @ApiProperty({ required: false }) programmeCci?: string;
  @ApiProperty({ required: false }) programmeTitle?: string;
  @ApiProperty({ required: false, enum: FUNDS }) fund?: string;
  @ApiProperty({ required: false }) priorityAxis?: string;
  @ApiProperty({ required: false }) specificObjective?: string;
  @ApiProperty({ required: false }) beneficiary?: string;
  @ApiProperty({ required: false, format: 'date' }) startDate?: string;
  @ApiProperty({ required: false, format: 'date' }) endDate?: string;
  @ApiProperty({ required: false, nullable: true, format: 'date' }) retentionUntil?: string | null;
  @ApiProperty({ required: false, nullable: true }) legalBasis?: string | null;
}

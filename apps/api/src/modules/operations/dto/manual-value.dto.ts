import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { SEX_KEYS } from '../indicator-manual-value.entity.js';
import { toCents } from '../money.js';
import { decimal, isoDate, optionalText, requiredText } from './fields.schema.js';

const bySex = z.strictObject(
  {
    woman: decimal('a value'),
    man: decimal('a value'),
    non_binary: decimal('a value'),
    unknown: decimal('a value'),
  },
  { error: 'must be { woman, man, non_binary, unknown }' },
);

export const newManualValueSchema = z
  .strictObject({
    asOf: isoDate,
    value: decimal('a value'),
    bySex: bySex.nullish().transform((split) => split ?? null),
    source: requiredText(500),
    note: optionalText(2000),
  })
  .refine(
    ({ value, bySex }) =>
      !bySex || SEX_KEYS.reduce((sum, key) => sum + toCents(bySex[key]), 0n) === toCents(value),
    { message: 'must add up to value (put the rest in unknown)', path: ['bySex'] },
  );
export type NewManualValue = z.infer<typeof newManualValueSchema>;

class BySexDto {
  @ApiProperty({ type: String, example: '3' }) woman!: string;
  @ApiProperty({ type: String, example: '2' }) man!: string;
  @ApiProperty({ type: String, example: '0' }) non_binary!: string;
  @ApiProperty({ type: String, example: '7' }) unknown!: string;
}

export class NewManualValueDto {
  @ApiProperty({
    format: 'date',
    example: '2023-12-31',
    description: 'The date the value is valid at',
  })
  asOf!: string;

  @ApiProperty({ type: String, example: '12' })
  value!: string;

  @ApiProperty({
    required: false,
    nullable: true,
    type: BySexDto,
    description: 'All four or none; they add up to value',
  })
  bySex?: BySexDto | null;

  @ApiProperty({ example: 'Register of supported municipalities, 2023' })
  source!: string;

  @ApiProperty({ required: false })
  note?: string;
}

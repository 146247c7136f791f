import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { decimal, year } from './fields.schema.js';

const valueInYear = z
  .strictObject({ value: decimal('a value'), year }, { error: 'must be { value, year } or null' })
  .nullish()
  .transform((pair) => pair ?? null);

/** The whole link is replaced: a value left out is cleared. */
export const operationIndicatorSchema = z.strictObject({
  baseline: valueInYear,
  milestone: valueInYear,
  target: valueInYear,
});
export type OperationIndicatorTargets = z.infer<typeof operationIndicatorSchema>;

class ValueInYearDto {
  @ApiProperty({ type: String, example: '0.00' }) value!: string;
  @ApiProperty({ example: 2023 }) year!: number;
}

export class OperationIndicatorDto {
  @ApiProperty({ required: false, nullable: true, type: ValueInYearDto })
  baseline?: ValueInYearDto | null;

  @ApiProperty({ required: false, nullable: true, type: ValueInYearDto })
  milestone?: ValueInYearDto | null;

  @ApiProperty({ required: false, nullable: true, type: ValueInYearDto })
  target?: ValueInYearDto | null;
}

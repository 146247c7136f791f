import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { MONEY_KINDS, toCents } from '../money.js';
import { decimal, isoDate, optionalText } from './fields.schema.js';

export const newMoneyFigureSchema = z
  .strictObject({
    kind: z.enum(MONEY_KINDS, { error: `must be one of: ${MONEY_KINDS.join(', ')}` }),
    amount: decimal(),
    asOf: isoDate,
    source: optionalText(500),
    note: optionalText(2000),
  })
  .refine((figure) => figure.kind !== 'cofinancing_rate' || toCents(figure.amount) <= 100_00n, {
    message: 'is a percentage for cofinancing_rate, at most 100 (50.00 means 50 %)',
    path: ['amount'],
  });
export type NewMoneyFigure = z.infer<typeof newMoneyFigureSchema>;

export class NewMoneyFigureDto {
  @ApiProperty({ enum: MONEY_KINDS, example: 'total_cost' })
  kind!: string;

  @ApiProperty({
    type: String,
    example: '1573550.00',
    description:
      'EUR with at most 2 decimals, best sent as a string; for cofinancing_rate a percentage (50.00 = 50 %)',
  })
  amount!: string;

  @ApiProperty({
    format: 'date',
    example: '2017-06-30',
    description: 'The date the figure is valid at',
  })
  asOf!: string;

  @ApiProperty({ required: false, example: 'Resolution of 30 June 2017' })
  source?: string;

  @ApiProperty({ required: false })
  note?: string;
}

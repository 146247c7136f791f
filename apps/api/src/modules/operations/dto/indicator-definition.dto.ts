import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { AGGREGATION_RULES, INDICATOR_TYPES } from '../indicator-definition.entity.js';
import { optionalText, requiredText } from './fields.schema.js';

const names = z.strictObject(
  { ca: requiredText(300), es: requiredText(300), en: requiredText(300) },
  { error: 'must be an object with the names in ca, es and en' },
);

const definitionFields = {
  type: z.enum(INDICATOR_TYPES, { error: `must be one of: ${INDICATOR_TYPES.join(', ')}` }),
  names,
  unit: requiredText(50),
  aggregationRule: z.enum(AGGREGATION_RULES, {
    error: `must be one of: ${AGGREGATION_RULES.join(', ')}`,
  }),
  notes: optionalText(2000),
};

export const newIndicatorDefinitionSchema = z.strictObject({
  code: requiredText(32).regex(
    /^[A-Z0-9][A-Z0-9._-]*$/,
    'must be capital letters, digits and . _ -, such as RCO14',
  ),
  ...definitionFields,
});
export type NewIndicatorDefinition = z.infer<typeof newIndicatorDefinitionSchema>;

export const indicatorDefinitionChangesSchema = z
  .strictObject({
    // Operations and entered values refer to the code: a new code is a new indicator.
    code: z.never({ error: 'cannot be changed; create a new indicator instead' }).optional(),
    ...definitionFields,
    names: names
      .partial()
      .refine((given) => Object.keys(given).length > 0, 'must give at least one of ca, es, en'),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'must change at least one field');
export type IndicatorDefinitionChanges = z.infer<typeof indicatorDefinitionChangesSchema>;

class IndicatorNamesDto {
  @ApiProperty({ example: 'Institucions públiques que reben suport ...' }) ca!: string;
  @ApiProperty({ example: 'Instituciones públicas que reciben apoyo ...' }) es!: string;
  @ApiProperty({ example: 'Public institutions supported ...' }) en!: string;
}

export class NewIndicatorDefinitionDto {
  @ApiProperty({ example: 'RCO14' })
  code!: string;

  @ApiProperty({ enum: INDICATOR_TYPES })
  type!: string;

  @ApiProperty({ type: IndicatorNamesDto })
  names!: IndicatorNamesDto;

  @ApiProperty({ example: 'institutions' })
  unit!: string;

  @ApiProperty({ enum: AGGREGATION_RULES })
  aggregationRule!: string;

  @ApiProperty({ required: false, example: 'ERDF 2021-2027' })
  notes?: string;
}

export class IndicatorDefinitionChangesDto {
  @ApiProperty({ required: false, enum: INDICATOR_TYPES }) type?: string;
  @ApiProperty({ required: false, type: IndicatorNamesDto, description: 'Any of ca, es, en' })
  names?: Partial<IndicatorNamesDto>;
  @ApiProperty({ required: false }) unit?: string;
  @ApiProperty({ required: false, enum: AGGREGATION_RULES }) aggregationRule?: string;
  @ApiProperty({ required: false, nullable: true }) notes?: string | null;
}

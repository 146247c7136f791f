import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COURSE_FORMATS, COURSE_MODES } from '@fita/metrics';
import { z } from 'zod';

const text = z.string({ error: 'is required: text' });

/**
 * The shape of one catalogue entry sent as JSON. Only the shape is checked
 * here; what a course may be is the import's row rule (readCourseRow), so a
 * course added by hand and one imported obey the same rules.
 */
export const newCourseSchema = z.strictObject({
  activityId: text,
  title: text,
  format: text,
  mode: text,
  programme: z.string({ error: 'must be text' }).nullish(),
  tags: z
    .array(
      z.string({ error: 'must be text' }).refine((tag) => !tag.includes(';'), {
        error: 'must list one tag per item, without ";"',
      }),
      { error: 'must be a list of tags' },
    )
    .optional(),
});
export type NewCourse = z.infer<typeof newCourseSchema>;

export class NewCourseDto {
  @ApiProperty({ example: 'https://lms.example.org/courses/ai' }) activityId!: string;
  @ApiProperty({ example: 'Artificial intelligence, first steps' }) title!: string;
  @ApiProperty({ enum: COURSE_FORMATS }) format!: string;
  @ApiProperty({ enum: COURSE_MODES }) mode!: string;
  @ApiPropertyOptional({ example: 'cibernarium', nullable: true }) programme?: string | null;
  @ApiPropertyOptional({ example: ['digital-skills', 'equality'], type: [String] })
  tags?: string[];
}

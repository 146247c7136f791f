import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { LRS_SCOPES } from '../lrs-scopes.js';

export const newLrsCredentialSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(100, 'has at most 100 characters'),
  scopes: z
    .array(z.enum(LRS_SCOPES, { message: `must be among: ${LRS_SCOPES.join(', ')}` }))
    .min(1, 'needs at least one scope')
    .refine((scopes) => new Set(scopes).size === scopes.length, { message: 'lists a scope twice' }),
  key: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{8,64}$/, 'must be 8-64 characters of A-Z a-z 0-9 . _ ~ -')
    .optional(),
});

export class NewLrsCredentialDto {
  @ApiProperty({ example: 'Moodle production' })
  name!: string;

  @ApiProperty({
    enum: LRS_SCOPES,
    isArray: true,
    example: ['statements/write', 'statements/read/mine'],
  })
  scopes!: string[];

  @ApiProperty({ required: false, description: 'Generated when absent' })
  key?: string;
}

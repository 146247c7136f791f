import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { ROLES } from '../../auth/role.js';
import { passwordContainsEmailName, passwordProblems } from '../password-policy.js';
import { roleSchema } from './user-role.dto.js';

export const newUserSchema = z
  .object({
    email: z
      .string({ message: 'is required' })
      .trim()
      .min(1, { message: 'is required', abort: true })
      .max(254, 'has at most 254 characters')
      // Stored lower-cased, as login compares e-mail addresses.
      .toLowerCase()
      .email('must be an e-mail address such as name@example.org'),
    role: roleSchema,
    password: z
      .string({ message: 'must be text' })
      .superRefine((password, context) => {
        for (const message of passwordProblems(password))
          context.addIssue({ code: 'custom', message });
      })
      .optional(),
  })
  .superRefine(({ email, password }, context) => {
    if (password !== undefined && passwordContainsEmailName(password, email))
      context.addIssue({
        code: 'custom',
        path: ['password'],
        message: 'must not contain the name part of the e-mail address',
      });
  });

export class NewUserDto {
  @ApiProperty({ example: 'maria.puig@example.org' })
  email!: string;

  @ApiProperty({ enum: ROLES, example: 'manager' })
  role!: string;

  @ApiProperty({
    required: false,
    description:
      'At least 12 characters of at least 5 different ones, without the e-mail name. ' +
      'When absent, a temporary password is generated and returned once.',
  })
  password?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { PRIVACY_REQUEST_KINDS } from '../privacy-request.entity.js';

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const NAMINGS = ['personId', 'email', 'account'] as const;

const text = (max: number, what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `has at most ${max} characters`);

/**
 * A restriction or erasure request, naming its data subject exactly one way:
 * the registry's `personId`, an e-mail address, or an LMS account.
 */
export const newPrivacyRequestSchema = z
  .strictObject({
    kind: z.enum(PRIVACY_REQUEST_KINDS, { error: 'must be "restriction" or "erasure"' }),
    reference: z
      .string({ error: 'is required: the data subject request number or a note' })
      .trim()
      .min(1, 'is required: the data subject request number or a note')
      .max(500, 'has at most 500 characters'),
    personId: text(200, 'a person_id of the learner registry').optional(),
    email: text(320, 'an e-mail address')
      .regex(EMAIL, 'must be an e-mail address such as ana@example.org')
      .optional(),
    account: z
      .strictObject(
        {
          homePage: z.url({ error: 'must be an absolute URL such as https://lms.example.org' }),
          name: text(500, 'the account name within homePage'),
        },
        { error: 'must be an object { homePage, name }' },
      )
      .optional(),
  })
  // Checked whatever else is wrong, so that one answer names every problem.
  .refine((request) => NAMINGS.some((naming) => request[naming] !== undefined), {
    path: ['personId'],
    message: 'is required unless email or account is given: name the person exactly one way',
    when: () => true,
  })
  .refine((request) => request.personId === undefined || request.email === undefined, {
    path: ['email'],
    message: 'must not be given with personId: name the person exactly one way',
    when: () => true,
  })
  .refine(
    (request) =>
      request.account === undefined ||
      (request.personId === undefined && request.email === undefined),
    {
      path: ['account'],
      message: 'must not be given with personId or email: name the person exactly one way',
      when: () => true,
    },
  );
export type NewPrivacyRequest = z.infer<typeof newPrivacyRequestSchema>;

class AccountDto {
  @ApiProperty({ example: 'https://lms.example.org' })
  homePage!: string;

  @ApiProperty({ example: 'ana.garcia' })
  name!: string;
}

export class NewPrivacyRequestDto {
  @ApiProperty({ enum: PRIVACY_REQUEST_KINDS })
  kind!: string;

  @ApiProperty({
    example: 'DSR-2026-0042',
    description: 'The data subject request number or a note',
  })
  reference!: string;

  @ApiProperty({
    required: false,
    example: 'P-000123',
    description: 'One of personId, email, account',
  })
  personId?: string;

  @ApiProperty({ required: false, example: 'ana@example.org' })
  email?: string;

  @ApiProperty({ required: false, type: AccountDto })
  account?: AccountDto;
}

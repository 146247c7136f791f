import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().trim().min(1, 'is required'),
  password: z.string().min(1, 'is required'),
});

export class LoginDto {
  @ApiProperty({ example: 'admin@example.org' })
  email!: string;

  @ApiProperty({ example: 'a long password' })
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send as "Authorization: Bearer <token>"' })
  token!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ example: { email: 'admin@example.org', role: 'admin' } })
  user!: { email: string; role: string };
}

import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { ROLES } from '../../auth/role.js';

export const roleSchema = z.enum(ROLES, { message: `must be one of: ${ROLES.join(', ')}` });

export const userRoleSchema = z.object({ role: roleSchema });

export class UserRoleDto {
  @ApiProperty({ enum: ROLES, example: 'auditor' })
  role!: string;
}

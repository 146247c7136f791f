import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { parseInput } from '../../common/parse-input.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import { Audited } from '../audit/audited.decorator.js';
import { BearerAuthGuard, type RequestWithUser } from '../auth/bearer-auth.guard.js';
import { Roles } from '../auth/roles.decorator.js';
import { NewUserDto, newUserSchema } from './dto/new-user.dto.js';
import { userIdSchema } from './dto/user-id.js';
import { UserRoleDto, userRoleSchema } from './dto/user-role.dto.js';
import { UserViewDto, UserWithPasswordDto } from './dto/user-view.dto.js';
import { UsersService, type UserView, type UserWithPassword } from './users.service.js';

/** Admin API for dashboard users: roles, status and password resets. */
@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(BearerAuthGuard)
@Roles('admin')
@Controller('api/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List users, by e-mail address (never their passwords)' })
  @ApiOkResponse({ type: UserViewDto, isArray: true })
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Post()
  @Audited('user.create', {
    subject: 'user',
    idFrom: (created: UserWithPassword) => created.user.id,
    details: (created: UserWithPassword) => ({ role: created.user.role }),
  })
  @ApiOperation({ summary: 'Create a user; a generated temporary password is returned once' })
  @ApiCreatedResponse({ type: UserWithPasswordDto })
  create(@Body() body: NewUserDto): Promise<UserWithPassword> {
    return this.users.create(parseInput(newUserSchema, body, 'user'));
  }

  @Put(':id/role')
  @Audited('user.role_change', {
    subject: 'user',
    idParam: 'id',
    details: (user: UserView) => ({ role: user.role }),
  })
  @ApiOperation({ summary: "Change a user's role (not your own)" })
  @ApiOkResponse({ type: UserViewDto })
  changeRole(
    @Req() request: RequestWithUser,
    @Param('id') id: string,
    @Body() body: UserRoleDto,
  ): Promise<UserView> {
    const { role } = parseInput(userRoleSchema, body, 'role change');
    return this.users.changeRole(actorOf(request), userId(id), role);
  }

  @Post(':id/disable')
  @Audited('user.disable', { subject: 'user', idParam: 'id' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a user (not yourself) and end their sessions' })
  @ApiOkResponse({ type: UserViewDto })
  disable(@Req() request: RequestWithUser, @Param('id') id: string): Promise<UserView> {
    return this.users.disable(actorOf(request), userId(id));
  }

  @Post(':id/enable')
  @Audited('user.enable', { subject: 'user', idParam: 'id' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Let a disabled user sign in again' })
  @ApiOkResponse({ type: UserViewDto })
  enable(@Param('id') id: string): Promise<UserView> {
    return this.users.enable(userId(id));
  }

  @Post(':id/password-reset')
  @Audited('user.password_reset', { subject: 'user', idParam: 'id' })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replace the password with a temporary one, returned once, and end their sessions',
  })
  @ApiOkResponse({ type: UserWithPasswordDto })
  resetPassword(@Param('id') id: string): Promise<UserWithPassword> {
    return this.users.resetPassword(userId(id));
  }
}

function userId(id: string): string {
  return parseInput(userIdSchema, { id }, 'user id').id;
}

/** Set by BearerAuthGuard, which runs before every route here. */
function actorOf(request: RequestWithUser): AuthenticatedUser {
  if (!request.user) throw new Error('BearerAuthGuard did not set the user');
  return request.user;
}

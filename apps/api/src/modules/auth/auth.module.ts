import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { BearerAuthGuard } from './bearer-auth.guard.js';
import { FirstAdminService } from './first-admin.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { LoginThrottlesRepository } from './login-throttles.repository.js';
import { SessionsRepository } from './sessions.repository.js';
import { UsersRepository } from './users.repository.js';

@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    BearerAuthGuard,
    FirstAdminService,
    LoginThrottleService,
    LoginThrottlesRepository,
    SessionsRepository,
    UsersRepository,
  ],
  exports: [AuthService, BearerAuthGuard, FirstAdminService],
})
export class AuthModule {}

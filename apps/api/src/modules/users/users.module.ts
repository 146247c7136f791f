import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { UserAccountsRepository } from './user-accounts.repository.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuthModule],
  controllers: [UsersController],
  providers: [UserAccountsRepository, UsersService],
})
export class UsersModule {}

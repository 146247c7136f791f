import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AuditController } from './audit.controller.js';
import { AuditEventsRepository } from './audit-events.repository.js';
import { AuditLogService } from './audit-log.service.js';

/**
 * Global so that `@Audited` works on any module's routes: its interceptor is
 * created in the module of the controller it decorates and needs the log there.
 */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [AuditController],
  providers: [AuditEventsRepository, AuditLogService],
  exports: [AuditLogService],
})
export class AuditModule {}

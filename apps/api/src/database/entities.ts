import { ActorCourseFirstEntity } from '../modules/indicators/actor-course-first.entity.js';
import { ActorActivityDayEntity } from '../modules/indicators/actor-activity-day.entity.js';
import { DataVersionEntity } from '../modules/indicators/data-version.entity.js';
import { IndicatorWatermarkEntity } from '../modules/indicators/indicator-watermark.entity.js';
import { StatementInboxEntity } from '../modules/indicators/statement-inbox.entity.js';
import { StatementVoidEntity } from '../modules/indicators/statement-void.entity.js';
import { CourseEntity } from '../modules/courses/course.entity.js';
import { LearnerIdentityEntity } from '../modules/learners/learner-identity.entity.js';
import { PersonIdentifierEntity } from '../modules/learners/person-identifier.entity.js';
import { PersonEntity } from '../modules/learners/person.entity.js';
import { IndicatorDefinitionEntity } from '../modules/operations/indicator-definition.entity.js';
import { IndicatorManualValueEntity } from '../modules/operations/indicator-manual-value.entity.js';
import { OperationFigureEntity } from '../modules/operations/operation-figure.entity.js';
import { OperationIndicatorEntity } from '../modules/operations/operation-indicator.entity.js';
import { OperationEntity } from '../modules/operations/operation.entity.js';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { ActivityEntity } from '../modules/lrs-documents/activity.entity.js';
import { DocumentEntity } from '../modules/lrs-documents/document.entity.js';
import { AttachmentEntity } from '../modules/lrs/attachment.entity.js';
import { LrsCredentialEntity } from '../modules/lrs/lrs-credential.entity.js';
import { StatementActivityEntity } from '../modules/lrs/statement-activity.entity.js';
import { StatementAgentEntity } from '../modules/lrs/statement-agent.entity.js';
import { StatementEntity } from '../modules/lrs/statement.entity.js';
import { StatementRejectionCountEntity } from '../modules/lrs/statement-rejection-count.entity.js';
import { StatementRejectionEntity } from '../modules/lrs/statement-rejection.entity.js';
import { SnapshotEntity } from '../modules/snapshots/snapshot.entity.js';
import { ExportChunkEntity } from '../modules/exports/export-chunk.entity.js';
import { ExportEntity } from '../modules/exports/export.entity.js';
import { DemoLoadEntity } from '../demo/demo-load.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { PrivacyRequestKeyEntity } from '../modules/privacy/privacy-request-key.entity.js';
import { PrivacyRequestEntity } from '../modules/privacy/privacy-request.entity.js';

/** Every entity, listed once: the data source, the migration check and Nest all use this. */
export const ENTITIES = [
  StatementEntity,
  StatementRejectionEntity,
  StatementRejectionCountEntity,
  StatementAgentEntity,
  StatementActivityEntity,
  AttachmentEntity,
  LrsCredentialEntity,
  DocumentEntity,
  ActivityEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  ActorActivityDayEntity,
  ActorCourseFirstEntity,
  IndicatorWatermarkEntity,
  StatementInboxEntity,
  StatementVoidEntity,
  DataVersionEntity,
  PersonEntity,
  PersonIdentifierEntity,
  LearnerIdentityEntity,
  CourseEntity,
  OperationEntity,
  OperationFigureEntity,
  IndicatorDefinitionEntity,
  OperationIndicatorEntity,
  IndicatorManualValueEntity,
  SnapshotEntity,
  ExportEntity,
  ExportChunkEntity,
  DemoLoadEntity,
  AuditEventEntity,
  PrivacyRequestEntity,
  PrivacyRequestKeyEntity,
];

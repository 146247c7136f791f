import { ActorActivityDayEntity } from '../modules/indicators/actor-activity-day.entity.js';
import { IndicatorWatermarkEntity } from '../modules/indicators/indicator-watermark.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { LrsCredentialEntity } from '../modules/lrs/lrs-credential.entity.js';
import { StatementEntity } from '../modules/lrs/statement.entity.js';

/** Every entity, listed once: the data source, the migration check and Nest all use this. */
export const ENTITIES = [
  StatementEntity,
  LrsCredentialEntity,
  UserEntity,
  SessionEntity,
  ActorActivityDayEntity,
  IndicatorWatermarkEntity,
];

import { Module } from '@nestjs/common';
import { ActivitiesRepository } from './activities.repository.js';

/**
 * The activities table on its own, so that statement ingestion (LrsModule)
 * can record definitions without depending on the document resources, which
 * depend on LrsModule for authentication.
 */
@Module({ providers: [ActivitiesRepository], exports: [ActivitiesRepository] })
export class LrsActivitiesModule {}

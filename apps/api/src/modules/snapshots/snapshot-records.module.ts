import { Module } from '@nestjs/common';
import { FrozenSnapshots } from './frozen-snapshots.service.js';
import { SnapshotsRepository } from './snapshots.repository.js';

/**
 * The stored snapshots alone, without the engine: what the indicators
 * endpoint imports to answer `?snapshot=`, while the snapshots module imports
 * the indicators module (this split keeps the two from importing each other).
 */
@Module({
  providers: [SnapshotsRepository, FrozenSnapshots],
  exports: [SnapshotsRepository, FrozenSnapshots],
})
export class SnapshotRecordsModule {}

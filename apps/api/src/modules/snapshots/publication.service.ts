import { Injectable } from '@nestjs/common';
import { forbidden } from '../../common/app-error.js';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import type { PublicationOptions } from './dto/publication.query.js';
import {
  publishableSnapshotOf,
  type PublishableSnapshotView,
} from './publication-snapshot.view.js';
import { publicationOf, type PublicationView } from './publication-view.js';
import { SnapshotsRepository } from './snapshots.repository.js';
import { SnapshotsService } from './snapshots.service.js';

@Injectable()
export class PublicationService {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly repository: SnapshotsRepository,
  ) {}

  /**
   * The snapshots whose figures may go out, newest first. A superseded one is
   * left out even when approved: its correction says its figures were wrong.
   */
  async publishable(): Promise<PublishableSnapshotView[]> {
    const records = await this.repository.listPublishable();
    return records.map(publishableSnapshotOf);
  }

  /**
   * The communications role publishes figures, so it sees only approved
   * snapshots: nothing reaches the press before someone has signed it off.
   * The reporting roles may preview any snapshot.
   */
  async publication(
    id: string,
    options: PublicationOptions,
    user: AuthenticatedUser,
  ): Promise<PublicationView> {
    const snapshot = await this.snapshots.get(id);
    if (user.role === 'communications' && snapshot.approval === null) {
      throw forbidden(
        'snapshots.not_approved',
        `Snapshot ${id} is not approved yet; its publication view opens to communications once it is.`,
      );
    }
    return publicationOf(snapshot, options);
  }
}

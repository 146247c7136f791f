import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/auth.service.js';
import type { PublicationOptions } from './dto/publication.query.js';
import { assertMayReadPublication } from './publication-access.js';
import { PublicationFigures } from './publication-figures.js';
import {
  publishableSnapshotOf,
  type PublishableSnapshotView,
} from './publication-snapshot.view.js';
import type { PublicationView } from './publication-view.js';
import { SnapshotsRepository } from './snapshots.repository.js';
import { SnapshotsService } from './snapshots.service.js';

@Injectable()
export class PublicationService {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly repository: SnapshotsRepository,
    private readonly figures: PublicationFigures,
  ) {}

  /**
   * The snapshots whose figures may go out, newest first. A superseded one is
   * left out even when approved: its correction says its figures were wrong.
   */
  async publishable(): Promise<PublishableSnapshotView[]> {
    const records = await this.repository.listPublishable();
    return records.map(publishableSnapshotOf);
  }

  /** The figures of a snapshot that may go out, for those who may see them (publication-access). */
  async publication(
    id: string,
    options: PublicationOptions,
    user: AuthenticatedUser,
  ): Promise<PublicationView> {
    const snapshot = await this.snapshots.get(id);
    assertMayReadPublication(user.role, { id: snapshot.id, approved: snapshot.approval !== null });
    return this.figures.of(snapshot, options);
  }
}

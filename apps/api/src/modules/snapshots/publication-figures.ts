import { Injectable } from '@nestjs/common';
import { IndicatorsService } from '../indicators/indicators.service.js';
import type { PublicationOptions } from './dto/publication.query.js';
import { publicationOf, type PublicationView } from './publication-view.js';
import { queryOfSnapshot } from './snapshot-query.js';
import type { SnapshotView } from './snapshot.view.js';

/**
 * The figures of a snapshot that may be published. Publication is not
 * mandatory funding reporting, so a person who asked to restrict the
 * processing of their data is not in it (issue 9, ADR 0013): while any
 * restriction is active, the snapshot's question is asked again at its
 * cut-off as live analytics, which leave restricted persons out. With none,
 * the frozen figures are the answer, as they were approved.
 */
@Injectable()
export class PublicationFigures {
  constructor(private readonly indicators: IndicatorsService) {}

  async of(snapshot: SnapshotView, options: PublicationOptions): Promise<PublicationView> {
    if (!(await this.indicators.restricting())) return publicationOf(snapshot, options);
    const { purpose: _funding, ...analytics } = queryOfSnapshot(snapshot);
    const view = await this.indicators.indicators(analytics);
    return publicationOf(snapshot, options, { view, restrictedPersonsLeftOut: true });
  }
}

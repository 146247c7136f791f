import { type Routes } from '@angular/router';
import { provideMessages } from '../../core/i18n/provide-messages';
import { SHARED_MESSAGES } from '../../shared/shared.messages';
import { EXPORTS_MESSAGES } from '../exports/exports.messages';
import { SnapshotComparePage } from './pages/snapshot-compare/snapshot-compare.page';
import { SnapshotDetailPage } from './pages/snapshot-detail/snapshot-detail.page';
import { SnapshotEvidencePage } from './pages/snapshot-evidence/snapshot-evidence.page';
import { SnapshotsPage } from './pages/snapshots/snapshots.page';
import { SNAPSHOTS_MESSAGES, snapshotsText } from './snapshots.messages';

export const SNAPSHOTS_ROUTES: Routes = [
  {
    path: '',
    // The detail page hosts the ERDF export control, whose texts are the exports feature's.
    providers: [provideMessages(SHARED_MESSAGES, SNAPSHOTS_MESSAGES, EXPORTS_MESSAGES)],
    children: [
      {
        path: '',
        title: () => snapshotsText('snapshots.list.pageTitle'),
        component: SnapshotsPage,
      },
      // Before `:id`, so that `compare` is not read as a snapshot id.
      {
        path: 'compare',
        title: () => snapshotsText('snapshots.compare.pageTitle'),
        component: SnapshotComparePage,
      },
      {
        path: ':id',
        title: () => snapshotsText('snapshots.detail.pageTitle'),
        component: SnapshotDetailPage,
      },
      {
        path: ':id/evidence',
        title: () => snapshotsText('snapshots.evidence.pageTitle'),
        component: SnapshotEvidencePage,
      },
    ],
  },
];

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../../shared/format/date-time.pipe';
import { ExportControlComponent } from '../../../exports/components/export-control.component';
import { mayExport, mayExportEvidence } from '../../../exports/data/export-roles';
import { FrozenFiguresComponent } from '../../components/frozen-figures.component';
import { SnapshotFormComponent } from '../../components/snapshot-form.component';
import { SnapshotJobProgressComponent } from '../../components/snapshot-job-progress.component';
import { SnapshotStatusComponent } from '../../components/snapshot-status.component';
import { VerificationResultComponent } from '../../components/verification-result.component';
import { SnapshotDetailStore } from '../../data/snapshot-detail.store';
import { SnapshotJobTracker } from '../../data/snapshot-job.tracker';
import { describeFilters, describePeriod, snapshotName } from '../../data/snapshot-query';
import { mayManageSnapshots, maySeeEvidence } from '../../data/snapshot-roles';

@Component({
  selector: 'fita-snapshot-detail-page',
  imports: [
    CountPipe,
    DateTimePipe,
    ExportControlComponent,
    FrozenFiguresComponent,
    RouterLink,
    SnapshotFormComponent,
    SnapshotJobProgressComponent,
    SnapshotStatusComponent,
    TranslatePipe,
    VerificationResultComponent,
  ],
  providers: [SnapshotJobTracker, SnapshotDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './snapshot-detail.page.html',
  styleUrl: './snapshot-detail.page.css',
})
export class SnapshotDetailPage {
  protected readonly store = inject(SnapshotDetailStore);
  private readonly auth = inject(AuthService);

  protected readonly name = computed(() => snapshotName(this.store.id()));
  protected readonly mayManage = computed(() => mayManageSnapshots(this.auth.user()?.role));
  protected readonly mayAudit = computed(() => maySeeEvidence(this.auth.user()?.role));
  protected readonly mayExportErdf = computed(() => mayExport(this.auth.user()?.role, 'erdf'));
  protected readonly mayExportEvidence = computed(() => mayExportEvidence(this.auth.user()?.role));
  /** Four eyes: the API refuses the creator; saying so first spares a useless click. */
  protected readonly isCreator = computed(
    () => this.store.snapshot().value?.createdBy.email === this.auth.user()?.email,
  );
  protected readonly question = computed(() => {
    const snapshot = this.store.snapshot().value;
    return snapshot
      ? { period: describePeriod(snapshot.query), filters: describeFilters(snapshot.query) }
      : null;
  });
  /** The correction's progress stays in view once it has superseded this snapshot. */
  protected readonly showSupersede = computed(
    () =>
      this.mayManage() &&
      (this.store.snapshot().value?.supersededBy === null ||
        this.store.correction.state().status !== 'idle'),
  );
}

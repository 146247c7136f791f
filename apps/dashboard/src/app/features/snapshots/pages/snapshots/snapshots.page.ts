import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../../core/auth/auth.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../../shared/format/date-time.pipe';
import { SnapshotFormComponent } from '../../components/snapshot-form.component';
import { SnapshotJobProgressComponent } from '../../components/snapshot-job-progress.component';
import { SnapshotStatusComponent } from '../../components/snapshot-status.component';
import { SnapshotJobTracker } from '../../data/snapshot-job.tracker';
import { describeFilters, describePeriod, shortId } from '../../data/snapshot-query';
import { mayManageSnapshots } from '../../data/snapshot-roles';
import { SnapshotsListStore } from '../../data/snapshots-list.store';

@Component({
  selector: 'fita-snapshots-page',
  imports: [
    CountPipe,
    DateTimePipe,
    RouterLink,
    SnapshotFormComponent,
    SnapshotJobProgressComponent,
    SnapshotStatusComponent,
    TranslatePipe,
  ],
  providers: [SnapshotJobTracker, SnapshotsListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './snapshots.page.html',
  styleUrl: './snapshots.page.css',
})
export class SnapshotsPage {
  protected readonly store = inject(SnapshotsListStore);
  private readonly auth = inject(AuthService);

  protected readonly mayCreate = computed(() => mayManageSnapshots(this.auth.user()?.role));
  protected readonly short = shortId;

  protected readonly rows = computed(() => {
    const reasons = this.store.supersedeReasons();
    return (this.store.list().value ?? []).map((snapshot) => ({
      snapshot,
      period: describePeriod(snapshot.query),
      filters: describeFilters(snapshot.query),
      supersedeReason: reasons.get(snapshot.id) ?? null,
    }));
  });

  protected onSelect(id: string, event: Event): void {
    this.store.select(id, (event.target as HTMLInputElement).checked);
  }
}

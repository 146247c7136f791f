import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type SnapshotSummary } from '../../../../core/api/snapshots.model';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../../shared/format/date-time.pipe';
import { SnapshotStatusComponent } from '../../components/snapshot-status.component';
import { SnapshotCompareStore } from '../../data/snapshot-compare.store';
import { describeFilters, describePeriod, shortId } from '../../data/snapshot-query';
import { formatSignedCount } from '../../data/snapshot-values';

@Component({
  selector: 'fita-snapshot-compare-page',
  imports: [CountPipe, DateTimePipe, RouterLink, SnapshotStatusComponent, TranslatePipe],
  providers: [SnapshotCompareStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './snapshot-compare.page.html',
  styleUrl: './snapshot-compare.page.css',
})
export class SnapshotComparePage {
  protected readonly store = inject(SnapshotCompareStore);
  protected readonly short = shortId;

  protected readonly sides = computed(() => {
    const comparison = this.store.comparison().value;
    if (!comparison) return null;
    const side = (summary: SnapshotSummary) => ({
      summary,
      period: describePeriod(summary.query),
      filters: describeFilters(summary.query),
    });
    return {
      a: side(comparison.a),
      b: side(comparison.b),
      statementDifference: formatSignedCount(comparison.statementCount.difference),
    };
  });

  protected onOnlyDifferences(event: Event): void {
    this.store.showOnlyDifferences((event.target as HTMLInputElement).checked);
  }
}

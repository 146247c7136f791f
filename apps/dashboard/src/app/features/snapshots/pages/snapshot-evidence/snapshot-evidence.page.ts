import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { SnapshotEvidenceStore } from '../../data/snapshot-evidence.store';
import { shortId } from '../../data/snapshot-query';
import { valueLabel } from '../../data/snapshot-values';

/** The figure a value belongs to: `users`, or `completions` of `breakdowns.completions.sex.man`. */
function figureOf(path: string): string {
  const parts = path.split('.');
  return (parts[0] === 'breakdowns' ? parts[1] : parts[0]) ?? '';
}

@Component({
  selector: 'fita-snapshot-evidence-page',
  imports: [CountPipe, RouterLink, TranslatePipe],
  providers: [SnapshotEvidenceStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './snapshot-evidence.page.html',
  styleUrl: './snapshot-evidence.page.css',
})
export class SnapshotEvidencePage {
  protected readonly store = inject(SnapshotEvidenceStore);

  protected readonly snapshotShortId = computed(() => shortId(this.store.request().snapshotId));
  protected readonly label = computed(() => valueLabel(this.store.request().value));
  /** Enrolments and completions are counted in person-course pairs, each with its course. */
  protected readonly pairs = computed(() =>
    ['enrolments', 'completions'].includes(figureOf(this.store.request().value)),
  );
  /** Completers are persons, each with the courses they completed. */
  protected readonly completers = computed(
    () => figureOf(this.store.request().value) === 'completers',
  );
}

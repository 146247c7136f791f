import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ExportRecord, isUnfinished } from '../../../../core/api/exports.model';
import { AuthService } from '../../../../core/auth/auth.service';
import { mayOpen } from '../../../../core/auth/page-access';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { figuresQueryOf } from '../../../../shared/filters/indicator-filters';
import { CountPipe } from '../../../../shared/format/count.pipe';
import { DateTimePipe } from '../../../../shared/format/date-time.pipe';
import { RatePipe } from '../../../../shared/format/rate.pipe';
import { FilterBarComponent } from '../../../filters/components/filter-bar.component';
import { IndicatorFiltersStore } from '../../../filters/data/indicator-filters.store';
import { ExportControlComponent } from '../../components/export-control.component';
import {
  coversText,
  fileKindName,
  kindName,
  shortId,
  stageText,
  statusText,
} from '../../data/export-description';
import { mayExport } from '../../data/export-roles';
import { ExportsListStore } from '../../data/exports-list.store';
import { formatFileSize } from '../../data/file-size';

/** What a row of the list shows, worked out once per look at the list. */
interface ExportRow {
  readonly record: ExportRecord;
  readonly kind: string;
  readonly file: string;
  readonly covers: string;
  readonly status: string;
  readonly stage: string;
  readonly unfinished: boolean;
  readonly size: string | null;
}

/**
 * The exports page (issue 8): every export this person may read, followed
 * while it is built and downloaded when done; and, for the reporting roles,
 * the manager workbook of the filters in the URL.
 */
@Component({
  selector: 'fita-exports-page',
  imports: [
    CountPipe,
    DateTimePipe,
    ExportControlComponent,
    FilterBarComponent,
    RatePipe,
    RouterLink,
    TranslatePipe,
  ],
  providers: [IndicatorFiltersStore, ExportsListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exports.page.html',
  styleUrl: './exports.page.css',
})
export class ExportsPage {
  protected readonly store = inject(ExportsListStore);
  protected readonly filters = inject(IndicatorFiltersStore);
  private readonly auth = inject(AuthService);
  private readonly role = computed(() => this.auth.user()?.role);

  protected readonly mayExportFigures = computed(() => mayExport(this.role(), 'manager'));
  /** Admins and auditors see everyone's exports, so the list says whose each is. */
  protected readonly seesEveryone = computed(() =>
    ['admin', 'auditor'].includes(this.role() ?? ''),
  );
  protected readonly maySeeSnapshots = computed(() => mayOpen(this.role(), 'snapshots'));
  /** The filters of the URL as the indicator API's query parameters. */
  protected readonly managerQuery = computed((): Readonly<Record<string, string>> => ({
    ...figuresQueryOf(this.filters.filters()),
  }));

  protected readonly rows = computed((): ExportRow[] =>
    (this.store.list().value ?? []).map((record) => ({
      record,
      kind: kindName(record.request.kind),
      file: fileKindName(record.request),
      covers: coversText(record.request),
      status: statusText(record),
      stage: stageText(record),
      unfinished: isUnfinished(record),
      size: record.byteSize === null ? null : formatFileSize(record.byteSize),
    })),
  );

  protected readonly short = shortId;
}

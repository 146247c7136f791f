import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { type Course, type UncataloguedActivity } from '../../../core/api/courses.model';
import { SAVE_IDLE, type SaveState } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { ClassifyFormComponent } from './classify-form.component';

/** A course to add for the row of `activityId`. */
export interface Classification {
  readonly activityId: string;
  readonly course: Course;
}

/**
 * The activities statements treat as courses that the catalogue lacks, the
 * most used first; admins classify one in a form that opens under its row.
 */
@Component({
  selector: 'fita-uncatalogued-activities',
  imports: [ClassifyFormComponent, CountPipe, LocalTextPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './uncatalogued-activities.component.html',
  styleUrl: './uncatalogued-activities.component.css',
})
export class UncataloguedActivitiesComponent {
  readonly activities = input.required<readonly UncataloguedActivity[]>();
  /** How many the API lists at most. */
  readonly limit = input.required<number>();
  readonly canClassify = input.required<boolean>();
  readonly classifications = input.required<ReadonlyMap<string, SaveState>>();
  /** The course added last, announced once its row has gone. */
  readonly added = input.required<Course | null>();
  readonly classify = output<Classification>();
  readonly startClassifying = output<string>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** The activity whose form is open; one at a time. */
  protected readonly open = signal<string | null>(null);

  constructor() {
    // The row of an added course leaves the table with the focus inside it:
    // the announcement takes the focus, so the keyboard stays in place.
    effect(() => {
      if (!this.added()) return;
      untracked(() => this.open.set(null));
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>('[data-testid="classify-added"]')
            ?.focus(),
        { injector: this.injector },
      );
    });
  }

  protected stateOf(activityId: string): SaveState {
    return this.classifications().get(activityId) ?? SAVE_IDLE;
  }

  protected toggle(activityId: string): void {
    if (this.open() === activityId) {
      this.close(activityId);
      return;
    }
    this.startClassifying.emit(activityId);
    this.open.set(activityId);
  }

  protected close(activityId: string): void {
    this.open.set(null);
    afterNextRender(
      () =>
        Array.from(this.host.nativeElement.querySelectorAll<HTMLElement>('[data-classify-toggle]'))
          .find((toggle) => toggle.dataset['classifyToggle'] === activityId)
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected formId(index: number): string {
    return `classify-${index}`;
  }
}

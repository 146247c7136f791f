import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { type Course } from '../../../core/api/courses.model';
import { CoursesService } from '../../../core/api/courses.service';
import { type QualityReport } from '../../../core/api/quality.model';
import { QualityService } from '../../../core/api/quality.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import {
  SAVE_IDLE,
  SAVE_SAVED,
  SAVE_SAVING,
  type SaveState,
  saveFailed,
} from '../../../core/api/save-state';

/**
 * The data quality page: its report, and the classification of uncatalogued
 * activities into the catalogue (admins only; the API checks the role
 * anyway). Provided by the page.
 */
@Injectable()
export class QualityStore {
  private readonly api = inject(QualityService);
  private readonly courses = inject(CoursesService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canClassify = inject(AuthService).isAdmin;

  private readonly reportState = signal<Remote<QualityReport>>(remoteLoading());
  readonly report = this.reportState.asReadonly();

  /** Each activity's classification request, by the activity id of its row. */
  private readonly classificationStates = signal<ReadonlyMap<string, SaveState>>(new Map());
  readonly classifications = this.classificationStates.asReadonly();
  private readonly lastAddedState = signal<Course | null>(null);
  /** The course the last classification added, for the page to announce. */
  readonly lastAdded = this.lastAddedState.asReadonly();

  private readonly loads = new Subject<void>();

  constructor() {
    this.loads
      .pipe(
        switchMap(() => fetchRemote(this.api.report(), this.reportState().value)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.reportState.set(state));
    this.loads.next();
  }

  retry(): void {
    this.loads.next();
  }

  /** A form opened again starts afresh, whatever its last request did. */
  startClassifying(activityId: string): void {
    this.setClassification(activityId, SAVE_IDLE);
  }

  /**
   * Adds `course` to the catalogue for the row of `activityId`; once added,
   * the row leaves the list (the activity is catalogued from now on).
   */
  classify(activityId: string, course: Course): void {
    if (this.classificationStates().get(activityId)?.status === 'saving') return;
    this.setClassification(activityId, SAVE_SAVING);
    this.courses
      .add(course)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (added) => {
          this.setClassification(activityId, SAVE_SAVED);
          this.lastAddedState.set(added);
          this.removeActivity(added.activityId);
        },
        error: (error: unknown) => this.setClassification(activityId, saveFailed(error)),
      });
  }

  private setClassification(activityId: string, state: SaveState): void {
    this.classificationStates.update((states) => new Map(states).set(activityId, state));
  }

  private removeActivity(activityId: string): void {
    this.reportState.update((state) => {
      const report = state.value;
      if (!report) return state;
      const activities = report.uncatalogued.activities.filter(
        (activity) => activity.activityId !== activityId,
      );
      return {
        ...state,
        value: { ...report, uncatalogued: { ...report.uncatalogued, activities } },
      };
    });
  }
}

import { Injectable, computed, inject, signal } from '@angular/core';
import { type Course } from '../../../core/api/courses.model';
import { CoursesService } from '../../../core/api/courses.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';

/**
 * The catalogue, for the programme and course pickers. Kept for the session:
 * it changes only on an import, and every figure page needs it.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueOptionsStore {
  private readonly api = inject(CoursesService);
  private readonly state = signal<Remote<Course[]>>(remoteLoading());
  private requested = false;

  readonly catalogue = this.state.asReadonly();
  readonly courses = computed(() => this.state().value ?? []);
  readonly programmes = computed(() =>
    [
      ...new Set(this.courses().flatMap((course) => (course.programme ? [course.programme] : []))),
    ].sort((a, b) => a.localeCompare(b)),
  );

  /** Asks once per session, and again after a failure. */
  load(): void {
    if (this.requested && this.state().status !== 'error') return;
    this.requested = true;
    fetchRemote(this.api.list()).subscribe((state) => this.state.set(state));
  }

  course(activityId: string): Course | null {
    return this.courses().find((course) => course.activityId === activityId) ?? null;
  }
}

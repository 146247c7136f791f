import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, switchMap } from 'rxjs';
import {
  type Course,
  type CourseImportResult,
  type UncataloguedActivity,
} from '../../../core/api/courses.model';
import { CoursesService } from '../../../core/api/courses.service';
import { type LearnerImportResult, type RegistrySummary } from '../../../core/api/learners.model';
import { LearnersService } from '../../../core/api/learners.service';
import { type Remote, fetchRemote, remoteLoading } from '../../../core/api/remote';
import { textOf } from '../../../core/i18n/translator';
import { IMPORTS_MESSAGES } from '../imports.messages';
import { IMPORT_IDLE, type ImportCount, type ImportState, importStates } from './import-state';

/** How many uncatalogued activities the page lists, the most used first. */
export const UNCATALOGUED_LIMIT = 100;

export function learnerImportCounts(result: LearnerImportResult): readonly ImportCount[] {
  return [
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.personsCreated'),
      value: result.personsCreated,
    },
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.personsUpdated'),
      value: result.personsUpdated,
    },
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.identifiersAdded'),
      value: result.identifiersAdded,
    },
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.identifiersReassigned'),
      value: result.identifiersReassigned,
    },
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.identifiersRemoved'),
      value: result.identifiersRemoved,
    },
  ];
}

export function courseImportCounts(result: CourseImportResult): readonly ImportCount[] {
  return [
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.coursesCreated'),
      value: result.coursesCreated,
    },
    {
      label: textOf(IMPORTS_MESSAGES, 'imports.count.coursesUpdated'),
      value: result.coursesUpdated,
    },
  ];
}

/**
 * The imports page's state: both uploads, and what the registry and the
 * catalogue hold. Provided by the page, so that leaving it cancels its requests
 * (an upload cut short applies nothing).
 */
@Injectable()
export class ImportsStore {
  private readonly learnersApi = inject(LearnersService);
  private readonly coursesApi = inject(CoursesService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly learnersImportState = signal<ImportState>(IMPORT_IDLE);
  private readonly coursesImportState = signal<ImportState>(IMPORT_IDLE);
  private readonly summaryState = signal<Remote<RegistrySummary>>(remoteLoading());
  private readonly coursesState = signal<Remote<Course[]>>(remoteLoading());
  private readonly uncataloguedState = signal<Remote<UncataloguedActivity[]>>(remoteLoading());

  readonly learnersImport = this.learnersImportState.asReadonly();
  readonly coursesImport = this.coursesImportState.asReadonly();
  readonly summary = this.summaryState.asReadonly();
  readonly courses = this.coursesState.asReadonly();
  readonly uncatalogued = this.uncataloguedState.asReadonly();

  private readonly learnerFiles = new Subject<File>();
  private readonly courseFiles = new Subject<File>();
  private readonly summaryLoads = new Subject<void>();
  private readonly catalogueLoads = new Subject<void>();

  constructor() {
    this.learnerFiles
      .pipe(
        switchMap((file) =>
          importStates(this.learnersApi.importRegistry(file), learnerImportCounts),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.learnersImportState.set(state);
        if (state.status === 'applied') this.summaryLoads.next();
      });

    this.courseFiles
      .pipe(
        switchMap((file) =>
          importStates(this.coursesApi.importCatalogue(file), courseImportCounts),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.coursesImportState.set(state);
        if (state.status === 'applied') this.catalogueLoads.next();
      });

    this.summaryLoads
      .pipe(
        switchMap(() => fetchRemote(this.learnersApi.getSummary(), this.summaryState().value)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.summaryState.set(state));

    // The catalogue and the activities it lacks change together.
    this.catalogueLoads
      .pipe(
        switchMap(() => fetchRemote(this.coursesApi.list(), this.coursesState().value)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.coursesState.set(state));
    this.catalogueLoads
      .pipe(
        switchMap(() =>
          fetchRemote(
            this.coursesApi.listUncatalogued(UNCATALOGUED_LIMIT),
            this.uncataloguedState().value,
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.uncataloguedState.set(state));

    this.summaryLoads.next();
    this.catalogueLoads.next();
  }

  importLearners(file: File): void {
    this.learnerFiles.next(file);
  }

  importCourses(file: File): void {
    this.courseFiles.next(file);
  }

  retrySummary(): void {
    this.summaryLoads.next();
  }

  retryCatalogue(): void {
    this.catalogueLoads.next();
  }
}

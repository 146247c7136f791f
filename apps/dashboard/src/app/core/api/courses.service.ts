import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type Course, type CourseImportResult, type UncataloguedActivity } from './courses.model';
import { importForm } from './imports.model';

@Injectable({ providedIn: 'root' })
export class CoursesService {
  private readonly http = inject(HttpClient);

  /** Every event of the upload, so that the page can show its progress. */
  importCatalogue(file: File): Observable<HttpEvent<CourseImportResult>> {
    return this.http.post<CourseImportResult>('/api/courses/import', importForm(file), {
      reportProgress: true,
      observe: 'events',
    });
  }

  list(): Observable<Course[]> {
    return this.http.get<Course[]>('/api/courses');
  }

  /** Adds one course (admins only): 409 if its activity id is catalogued, 400 naming the field. */
  add(course: Course): Observable<Course> {
    return this.http.post<Course>('/api/courses', course);
  }

  /** The most used first; the API takes 1 to 1000. */
  listUncatalogued(limit: number): Observable<UncataloguedActivity[]> {
    return this.http.get<UncataloguedActivity[]>('/api/courses/uncatalogued', {
      params: { limit },
    });
  }
}

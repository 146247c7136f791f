import {
  HttpErrorResponse,
  type HttpEvent,
  HttpEventType,
  HttpHeaderResponse,
  HttpResponse,
} from '@angular/common/http';
import { Subject } from 'rxjs';
import { type CourseImportResult } from '../../../core/api/courses.model';
import { type ImportState, importStates } from './import-state';
import { courseImportCounts } from './imports.store';

function track(): { events: Subject<HttpEvent<CourseImportResult>>; states: ImportState[] } {
  const events = new Subject<HttpEvent<CourseImportResult>>();
  const states: ImportState[] = [];
  importStates(events, courseImportCounts).subscribe((state) => states.push(state));
  return { events, states };
}

function failWith(status: number, error: unknown): ImportState[] {
  const { events, states } = track();
  events.error(new HttpErrorResponse({ status, error }));
  return states;
}

describe('importStates', () => {
  it('reports the upload percentage, then checking, then the applied counts', () => {
    const { events, states } = track();

    events.next({ type: HttpEventType.Sent });
    events.next({ type: HttpEventType.UploadProgress, loaded: 256, total: 1024 });
    events.next({ type: HttpEventType.UploadProgress, loaded: 1024, total: 1024 });
    events.next(new HttpHeaderResponse({ status: 200 }));
    events.next(
      new HttpResponse({ status: 200, body: { applied: 3, coursesCreated: 2, coursesUpdated: 1 } }),
    );

    expect(states).toEqual([
      { status: 'uploading', percent: 0 },
      { status: 'uploading', percent: 25 },
      { status: 'checking' },
      { status: 'checking' },
      {
        status: 'applied',
        applied: 3,
        counts: [
          { label: 'Courses created', value: 2 },
          { label: 'Courses updated', value: 1 },
        ],
      },
    ]);
  });

  it('has no percentage when the browser does not know the size', () => {
    const { events, states } = track();

    events.next({ type: HttpEventType.UploadProgress, loaded: 256 });

    expect(states).toEqual([{ status: 'uploading', percent: null }]);
  });

  it('lists the errors of a 422 with how many there are in all', () => {
    const errors = [{ row: 2, column: 'format', message: 'must be one of: mooc, course' }];

    expect(
      failWith(422, { code: 'import.invalid_file', message: 'Bad file', errors, errorCount: 1500 }),
    ).toEqual([{ status: 'rejected', message: 'Bad file', errors, errorCount: 1500 }]);
  });

  it('explains a file over the limit with the API message, or its own', () => {
    const message = 'The file is larger than the import limit of 500 MB (FITA_MAX_IMPORT_MB).';
    expect(failWith(413, { code: 'import.too_large', message })).toEqual([
      { status: 'failed', message },
    ]);
    expect(failWith(413, null)).toEqual([
      { status: 'failed', message: 'The file is larger than the import limit.' },
    ]);
  });

  it('passes on the message of a bad upload', () => {
    const message = 'The request has no field "file" with a file in it.';
    expect(failWith(400, { code: 'import.no_file', message })).toEqual([
      { status: 'failed', message },
    ]);
  });

  it('says an upload cut short may be a file over the limit', () => {
    expect(failWith(0, new ProgressEvent('error'))).toEqual([
      { status: 'failed', message: expect.stringContaining('The upload was interrupted') },
    ]);
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { anAdminSession } from '../../../../testing/api-fixtures';
import { aQualityReport } from '../../../../testing/quality-fixtures';
import { type Course } from '../../../core/api/courses.model';
import { SESSION_STORAGE_KEY } from '../../../core/auth/auth.service';
import { NOW } from '../../../core/time/now.token';
import { QualityStore } from './quality.store';

const COURSE = 'https://lms.example.org/courses/cloud-basics';
const course = (activityId = COURSE): Course => ({
  activityId,
  title: 'Cloud basics',
  format: 'mooc',
  mode: 'async',
  programme: null,
  tags: [],
});

describe('QualityStore', () => {
  let store: QualityStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(anAdminSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        QualityStore,
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(QualityStore);
    backend.expectOne('/api/quality').flush(aQualityReport());
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  const listed = () =>
    store.report().value?.uncatalogued.activities.map((activity) => activity.activityId);

  it('lets admins classify', () => {
    expect(store.canClassify()).toBe(true);
  });

  it('keeps the report while it loads it again', () => {
    store.retry();
    expect(store.report()).toMatchObject({ status: 'loading', value: aQualityReport() });
    backend.expectOne('/api/quality').flush(aQualityReport());
    expect(store.report().status).toBe('ready');
  });

  it('sends one request per form however often it is submitted', () => {
    store.classify(COURSE, course());
    store.classify(COURSE, course());
    expect(store.classifications().get(COURSE)?.status).toBe('saving');

    backend.expectOne({ method: 'POST', url: '/api/courses' }).flush(course());
    expect(store.classifications().get(COURSE)?.status).toBe('saved');
    expect(store.lastAdded()).toEqual(course());
    expect(listed()).toEqual(['https://lms.example.org/courses/x']);
  });

  it('keeps the row when the course was added under another id', () => {
    const other = course('https://lms.example.org/courses/cloud');
    store.classify(COURSE, other);
    backend.expectOne('/api/courses').flush(other);

    expect(listed()).toEqual([COURSE, 'https://lms.example.org/courses/x']);
    store.startClassifying(COURSE);
    expect(store.classifications().get(COURSE)?.status).toBe('idle');
  });

  it('keeps what the API said about each field of a refused course', () => {
    store.classify(COURSE, course());
    backend.expectOne('/api/courses').flush(
      {
        code: 'courses.invalid_course',
        message: 'Invalid course: title is required',
        details: [{ field: 'title', message: 'is required' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );

    expect(store.classifications().get(COURSE)).toEqual({
      status: 'failed',
      message: 'Invalid course: title is required',
      fieldErrors: { title: 'is required' },
    });
    expect(listed()).toHaveLength(2);
  });
});

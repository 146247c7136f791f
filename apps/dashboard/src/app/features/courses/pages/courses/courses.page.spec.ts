import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSession } from '../../../../../testing/api-fixtures';
import {
  aCatalogueCourse,
  aCourseRow,
  aCourseTable,
} from '../../../../../testing/figures-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { formatRate } from '../../../../shared/format/figure-format';
import { COURSES_ROUTES } from '../../courses.routes';
import { SEARCH_TO_URL_MS } from '../../data/courses.store';

const ALL_YEARS = { from: '2017-01-01', to: '2021-12-31' };
const CLOUD = aCourseRow();
const EXCEL = aCourseRow({
  courseId: 'https://lms.example.org/courses/excel',
  title: 'Excel avançat',
  format: 'masterclass',
  programme: 'Ocupació',
  users: 40,
  enrolments: 45,
  completions: 9,
  completionRate: 0.2,
});
const STRAY = aCourseRow({
  courseId: 'https://moodle.example.org/mod/scorm/view.php?id=7',
  title: null,
  format: 'uncatalogued',
  programme: null,
  users: 3,
  enrolments: 0,
  completions: 0,
  completionRate: null,
});

describe('CoursesPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  // The route's own catalogues, so that a text the page needs but the route lacks fails here.
  failOnMissingTexts();

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          // The list's own route; a course's page is left out, so that opening one asks nothing.
          { ...COURSES_ROUTES[0], path: 'courses' },
          { path: 'courses/:courseId', children: [] },
        ]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
    jest.useRealTimers();
  });

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    backend.expectOne('/api/courses').flush([aCatalogueCourse()]);
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function firstCells(): string[] {
    return Array.from(byTestId('course-table')?.querySelectorAll('tbody tr th a') ?? [], (link) =>
      text(link),
    );
  }

  function expectCourses(params: Record<string, string>): TestRequest {
    const request = backend.expectOne((r) => r.url === '/api/indicators/courses');
    const sent = Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
    expect(sent).toEqual(params);
    return request;
  }

  function currentUrl(): string {
    return decodeURIComponent(TestBed.inject(Router).url);
  }

  it('lists each course with its figures, most enrolments first, uncatalogued ones by their id', async () => {
    await open('/courses?format=mooc');
    expectCourses({ ...ALL_YEARS, format: 'mooc' }).flush(
      aCourseTable(ALL_YEARS, [CLOUD, STRAY, EXCEL]),
    );
    harness.detectChanges();

    expect(firstCells()).toEqual(['Excel avançat', 'Cloud basics', STRAY.courseId]);
    const stray = byTestId('course-table')!.querySelectorAll('tbody tr')[2];
    expect(Array.from(stray.querySelectorAll('td'), (cell) => text(cell))).toEqual([
      'Uncatalogued',
      'none',
      '3',
      '0',
      '0',
      'n/a',
    ]);
    expect(text(byTestId('course-count'))).toBe('3 of 3 courses');
    const enrolments = byTestId('sort-enrolments')!.closest('th')!;
    expect(enrolments.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by a column, then the other way, and keeps the sort in the URL', async () => {
    await open('/courses');
    expectCourses(ALL_YEARS).flush(aCourseTable(ALL_YEARS, [CLOUD, STRAY, EXCEL]));
    harness.detectChanges();

    byTestId('sort-completionRate')!.click();
    await settle();
    expect(currentUrl()).toBe('/courses?sort=completionRate&dir=desc');
    expect(firstCells()).toEqual(['Cloud basics', 'Excel avançat', STRAY.courseId]);

    byTestId('sort-completionRate')!.click();
    await settle();
    // No rate (no enrolments) stays last whichever way the column is sorted.
    expect(firstCells()).toEqual(['Excel avançat', 'Cloud basics', STRAY.courseId]);
    expect(byTestId('sort-completionRate')!.closest('th')!.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    backend.expectNone('/api/indicators/courses');
  });

  it('searches titles and ids whatever the accents, and writes the search to the URL once typing stops', async () => {
    await open('/courses');
    expectCourses(ALL_YEARS).flush(aCourseTable(ALL_YEARS, [CLOUD, STRAY, EXCEL]));
    harness.detectChanges();
    jest.useFakeTimers();

    const search = byTestId<HTMLInputElement>('course-search')!;
    search.value = 'AVANCAT';
    search.dispatchEvent(new Event('input'));
    harness.detectChanges();
    expect(firstCells()).toEqual(['Excel avançat']);
    expect(text(byTestId('course-count'))).toBe('1 of 3 courses');
    expect(currentUrl()).toBe('/courses');

    jest.advanceTimersByTime(SEARCH_TO_URL_MS);
    jest.useRealTimers();
    await settle();
    expect(currentUrl()).toBe('/courses?q=AVANCAT');

    search.value = 'scorm';
    search.dispatchEvent(new Event('input'));
    harness.detectChanges();
    expect(firstCells()).toEqual([STRAY.courseId]);

    search.value = 'nothing like it';
    search.dispatchEvent(new Event('input'));
    harness.detectChanges();
    expect(text(byTestId('courses-no-match'))).toBe(
      'No course title or id contains "nothing like it".',
    );
  });

  it('opens a course with the filters of the list', async () => {
    await open('/courses?from=2020-01-01&to=2020-12-31&programme=Ocupació');
    expectCourses({ from: '2020-01-01', to: '2020-12-31', programme: 'Ocupació' }).flush(
      aCourseTable({ from: '2020-01-01', to: '2020-12-31' }, [EXCEL]),
    );
    harness.detectChanges();

    const link = byTestId('course-table')!.querySelector('tbody a')!;
    // The id's slashes are encoded, so the IRI stays one path segment.
    expect(link.getAttribute('href')).toBe(
      '/courses/https:%2F%2Flms.example.org%2Fcourses%2Fexcel' +
        '?from=2020-01-01&to=2020-12-31&programme=Ocupaci%C3%B3',
    );
    (link as HTMLElement).click();
    await settle();
    expect(TestBed.inject(Router).routerState.snapshot.root.firstChild?.params).toEqual({
      courseId: EXCEL.courseId,
    });
  });

  it('says so when no course had activity, and when the courses cannot be loaded', async () => {
    await open('/courses?from=2016-01-01&to=2016-12-31');
    expectCourses({ from: '2016-01-01', to: '2016-12-31' }).flush(
      aCourseTable({ from: '2016-01-01', to: '2016-12-31' }, []),
    );
    harness.detectChanges();
    expect(text(byTestId('courses-empty'))).toContain('No course had activity for 2016');

    const period = byTestId<HTMLSelectElement>('period-select')!;
    period.value = '2020';
    period.dispatchEvent(new Event('change'));
    await settle();
    expectCourses({ from: '2020-01-01', to: '2020-12-31' }).flush(
      { code: 'indicators.invalid_parameter', message: 'The server is busy.' },
      { status: 500, statusText: 'Error' },
    );
    harness.detectChanges();

    const alert = root().querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('The courses could not be loaded. The server is busy.');
    alert.querySelector('button')!.click();
    expectCourses({ from: '2020-01-01', to: '2020-12-31' }).flush(
      aCourseTable({ from: '2020-01-01', to: '2020-12-31' }, [CLOUD]),
    );
    harness.detectChanges();
    expect(firstCells()).toEqual(['Cloud basics']);
    expect(text(byTestId('course-table')!.querySelector('tbody tr td:last-child'))).toBe(
      formatRate(CLOUD.completionRate),
    );
  });
});

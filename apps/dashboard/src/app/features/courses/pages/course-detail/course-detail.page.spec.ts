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
  aMonthlySeries,
  someIndicatorFigures,
} from '../../../../../testing/figures-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import { chartText, stubSeriesCharts } from '../../../../../testing/series-chart.stub';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { FiguresOverTimeComponent } from '../../../../shared/figures/figures-over-time.component';
import { formatGrowth, formatRate } from '../../../../shared/format/figure-format';
import { COURSES_ROUTES } from '../../courses.routes';

const CLOUD = aCatalogueCourse();
const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31' };
const URL = `/courses/${encodeURIComponent(CLOUD.activityId)}`;

describe('CourseDetailPage', () => {
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
          { path: 'courses', children: [COURSES_ROUTES[1]] },
          { path: '**', children: [] },
        ]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    stubSeriesCharts(FiguresOverTimeComponent);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  async function open(url: string, catalogue = [CLOUD]): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    backend.expectOne('/api/courses').flush(catalogue);
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

  function paramsOf(request: TestRequest): Record<string, string | null> {
    return Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
  }

  function expectFigures(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/indicators');
  }

  function expectSeries(): TestRequest {
    return backend.expectOne((r) => r.url === '/api/indicators/series');
  }

  it("asks for the course's figures of the period alone, whatever programme or format the list had", async () => {
    await open(`${URL}?from=2020-01-01&to=2020-12-31&programme=Ocupació&format=masterclass`);

    const figures = expectFigures();
    expect(paramsOf(figures)).toEqual({ ...YEAR_2020, course: CLOUD.activityId });
    const series = expectSeries();
    expect(paramsOf(series)).toEqual({ interval: 'month', ...YEAR_2020, course: CLOUD.activityId });
    figures.flush(
      someIndicatorFigures(
        YEAR_2020,
        { users: 30, enrolments: 40, completions: 10, completers: 10 },
        {
          growth: {
            users: 1.5,
            enrolments: 1,
            completions: null,
            completers: null,
            completionRate: null,
            coursesPerPerson: null,
            coursesPerCompleter: null,
          },
        },
      ),
    );
    series.flush(aMonthlySeries(2020, 2020, { '2020-04': { users: 30, enrolments: 40 } }));
    harness.detectChanges();

    expect(text(byTestId('course-title'))).toBe('Cloud basics');
    expect(text(byTestId('tile-users'))).toBe('30');
    expect(text(byTestId('tile-completion-rate'))).toBe(formatRate(0.25));
    expect(text(root().querySelector('.tiles'))).toContain(`${formatGrowth(1.5)} on 2019`);
    expect(chartText(root())).toContain('Users:0,0,0,30,0');
    expect(decodeURIComponent(byTestId('back-to-courses')!.getAttribute('href')!)).toBe(
      '/courses?from=2020-01-01&to=2020-12-31&programme=Ocupació&format=masterclass',
    );
    const trends = root().querySelector('a[href^="/trends"]')!;
    expect(decodeURIComponent(trends.getAttribute('href')!)).toBe(
      `/trends?from=2020-01-01&to=2020-12-31&course=${CLOUD.activityId}`,
    );
    // Only the period applies here: no programme or format picker.
    expect(byTestId('programme-select')).toBeNull();
    expect(byTestId('period-select')).not.toBeNull();
  });

  it('resets only the period, so that the list keeps its filters', async () => {
    await open(`${URL}?from=2020-01-01&to=2020-12-31&programme=Ocupació`);
    expectFigures().flush(someIndicatorFigures(YEAR_2020));
    expectSeries().flush(aMonthlySeries(2020, 2020));
    harness.detectChanges();

    const reset = byTestId<HTMLButtonElement>('filters-reset')!;
    expect(text(reset)).toBe('Reset period');
    reset.click();
    await harness.fixture.whenStable();
    harness.detectChanges();

    expect(decodeURIComponent(TestBed.inject(Router).url)).toBe(
      `/courses/${CLOUD.activityId}?from=2017-01-01&to=2021-12-31&programme=Ocupació`,
    );
    expect(byTestId<HTMLButtonElement>('filters-reset')!.disabled).toBe(true);
    const period = { from: '2017-01-01', to: '2021-12-31', course: CLOUD.activityId };
    expect(paramsOf(expectFigures())).toEqual(period);
    expect(paramsOf(expectSeries())).toEqual({ interval: 'month', ...period });
  });

  it('names a course outside the catalogue by its id, and says it is uncatalogued', async () => {
    await open(`${URL}`, []);
    expectFigures().flush(someIndicatorFigures({ from: '2017-01-01', to: '2021-12-31' }));
    expectSeries().flush(aMonthlySeries(2017, 2021));
    harness.detectChanges();

    expect(text(byTestId('course-title'))).toBe(CLOUD.activityId);
    expect(text()).toContain('Uncatalogued');
    expect(text(byTestId('course-months-empty'))).toBe('No activity in this course for 2017–2021.');
  });

  it('shows each part failing on its own, and retries only that part', async () => {
    await open(URL);
    expectFigures().flush(
      someIndicatorFigures({ from: '2017-01-01', to: '2021-12-31' }, { users: 2 }),
    );
    expectSeries().flush({ message: 'Series failed.' }, { status: 500, statusText: 'Error' });
    harness.detectChanges();

    expect(text(byTestId('tile-users'))).toBe('2');
    const alert = root().querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('The monthly figures could not be loaded. Series failed.');
    alert.querySelector('button')!.click();
    expectSeries().flush(aMonthlySeries(2017, 2021, { '2018-02': { users: 2 } }));
    backend.expectNone('/api/indicators');
    harness.detectChanges();

    expect(chartText(root())).toContain('Users:0,0,0,0,0,0,0,0,0,0,0,0,0,2');
  });
});

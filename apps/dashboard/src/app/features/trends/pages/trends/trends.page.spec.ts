import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSession } from '../../../../../testing/api-fixtures';
import {
  aCatalogueCourse,
  aMonthlySeries,
  aYearlySeries,
} from '../../../../../testing/figures-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import { chartText, stubSeriesCharts } from '../../../../../testing/series-chart.stub';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { FiguresOverTimeComponent } from '../../../../shared/figures/figures-over-time.component';
import { MONTH_NAMES, periodLabel } from '../../../../shared/figures/period-label';
import { formatCount } from '../../../../shared/format/locale-format';
import { formatGrowth } from '../../../../shared/format/figure-format';
import { YearOnYearComponent } from '../../components/year-on-year.component';
import { TRENDS_ROUTES } from '../../trends.routes';

const SERIES_URL = '/api/indicators/series';

describe('TrendsPage', () => {
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
        provideRouter([{ path: 'trends', children: TRENDS_ROUTES }]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    stubSeriesCharts(FiguresOverTimeComponent, YearOnYearComponent);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
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

  function rows(testId: string): string[][] {
    const table = byTestId(testId);
    return Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  function expectSeries(interval: 'month' | 'year', params: Record<string, string>): TestRequest {
    const request = backend.expectOne((r) => r.url === SERIES_URL);
    expect(request.request.params.get('interval')).toBe(interval);
    const sent = Object.fromEntries(
      request.request.params
        .keys()
        .filter((key) => key !== 'interval')
        .map((key) => [key, request.request.params.get(key)]),
    );
    expect(sent).toEqual(params);
    return request;
  }

  function currentUrl(): string {
    return decodeURIComponent(TestBed.inject(Router).url);
  }

  it('shows the monthly figures of the question in the URL, with every filter sent to the API', async () => {
    await open('/trends?from=2020-01-01&to=2020-12-31&programme=Competències digitals&format=mooc');
    const request = expectSeries('month', {
      from: '2020-01-01',
      to: '2020-12-31',
      programme: 'Competències digitals',
      format: 'mooc',
    });
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    request.flush(
      aMonthlySeries(2020, 2020, {
        '2020-03': { users: 1_200, enrolments: 1_500, completions: 600 },
        '2020-04': { users: 2_400, enrolments: 3_100, completions: 1_000 },
      }),
    );
    harness.detectChanges();

    expect(byTestId<HTMLSelectElement>('period-select')?.value).toBe('2020');
    expect(byTestId<HTMLSelectElement>('format-select')?.value).toBe('mooc');
    expect(chartText(root())).toBe(
      [
        'line',
        Array.from({ length: 12 }, (_, index) =>
          periodLabel(`2020-${String(index + 1).padStart(2, '0')}`),
        ).join(','),
        'Users:0,0,1200,2400,0,0,0,0,0,0,0,0',
        'Enrolments:0,0,1500,3100,0,0,0,0,0,0,0,0',
        'Completions:0,0,600,1000,0,0,0,0,0,0,0,0',
      ]
        .join('|')
        .replace(/\s+/g, ''),
    );
    expect(rows('figures-table')[3]).toEqual([
      periodLabel('2020-04'),
      formatCount(2_400),
      formatCount(3_100),
      formatCount(1_000),
      expect.stringMatching(/^32[.,]3\s?%$/),
    ]);
    expect(text(byTestId('provenance'))).toContain('Europe/Madrid');
    expect(TestBed.inject(Title).getTitle()).toBe('Trends · Fita');
  });

  it('shows each year with its change on the year before, only between whole years', async () => {
    await open('/trends?view=year');
    expectSeries('year', { from: '2017-01-01', to: '2021-12-31' }).flush(
      aYearlySeries(
        { from: '2017-01-01', to: '2021-12-31' },
        { 2019: { users: 4_000 }, 2020: { users: 10_000 }, 2021: { users: 8_000 } },
      ),
    );
    harness.detectChanges();

    const byYear = Object.fromEntries(rows('figures-table').map((cells) => [cells[0], cells]));
    expect(byYear['2017'][2]).toBe('n/a');
    expect(byYear['2020'].slice(1, 3)).toEqual([formatCount(10_000), formatGrowth(1.5)]);
    expect(byYear['2021'][2]).toBe(formatGrowth(-0.2));
    expect(chartText(root())).toContain('Users:0,0,4000,10000,8000');
  });

  it('compares a single year with the one before, month by month, and says which month was busiest', async () => {
    await open('/trends?view=yoy&from=2020-01-01&to=2020-12-31');
    expectSeries('month', { from: '2019-01-01', to: '2020-12-31' }).flush(
      aMonthlySeries(2019, 2020, {
        '2019-04': { users: 1_000, enrolments: 50 },
        '2020-04': { users: 3_000, enrolments: 40 },
        '2020-05': { users: 2_000, enrolments: 90 },
      }),
    );
    harness.detectChanges();

    expect(chartText(root())).toBe(
      `line|${MONTH_NAMES.join(',')}|2019:0,0,0,1000,0,0,0,0,0,0,0,0|2020:0,0,0,3000,2000,0,0,0,0,0,0,0`.replace(
        /\s+/g,
        '',
      ),
    );
    expect(text(byTestId('peak-month'))).toContain(formatGrowth(2));
    expect(rows('yoy-table')[3]).toEqual([MONTH_NAMES[3], formatCount(1_000), formatCount(3_000)]);

    byTestId<HTMLInputElement>('yoy-figure-enrolments')?.click();
    await settle();

    expect(currentUrl()).toContain('figure=enrolments');
    expect(chartText(root())).toContain('2020:0,0,0,40,90,0');
    backend.expectNone(SERIES_URL);
  });

  it('reloads when a filter changes, keeping the view, and writes the filter to the URL', async () => {
    await open('/trends?view=year');
    expectSeries('year', { from: '2017-01-01', to: '2021-12-31' }).flush(
      aYearlySeries({ from: '2017-01-01', to: '2021-12-31' }, { 2020: { users: 5 } }),
    );
    harness.detectChanges();

    const period = byTestId<HTMLSelectElement>('period-select')!;
    period.value = '2021';
    period.dispatchEvent(new Event('change'));
    await settle();

    expect(currentUrl()).toBe('/trends?view=year&from=2021-01-01&to=2021-12-31');
    expectSeries('year', { from: '2021-01-01', to: '2021-12-31' }).flush(
      aYearlySeries({ from: '2021-01-01', to: '2021-12-31' }, { 2021: { users: 7 } }),
    );
  });

  it('moves between views with the arrow keys', async () => {
    await open('/trends');
    expectSeries('month', { from: '2017-01-01', to: '2021-12-31' }).flush(
      aMonthlySeries(2017, 2021),
    );
    harness.detectChanges();

    const monthTab = byTestId('trends-view-month')!;
    expect(monthTab.getAttribute('aria-selected')).toBe('true');
    monthTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();

    expect(currentUrl()).toContain('view=year');
    expect(document.activeElement).toBe(byTestId('trends-view-year'));
    expect(byTestId('trends-view-year')?.getAttribute('aria-selected')).toBe('true');
    expectSeries('year', { from: '2017-01-01', to: '2021-12-31' }).flush(
      aYearlySeries({ from: '2017-01-01', to: '2021-12-31' }),
    );
  });

  it('names the chosen course by its catalogue title', async () => {
    await open('/trends?course=https://lms.example.org/courses/cloud-basics');
    expectSeries('month', {
      from: '2017-01-01',
      to: '2021-12-31',
      course: 'https://lms.example.org/courses/cloud-basics',
    }).flush(aMonthlySeries(2017, 2021, { '2018-05': { users: 1 } }));
    harness.detectChanges();

    expect(text(root().querySelector('.page-lead'))).toBe(
      'Users, enrolments and completions over time, for 2017–2021, course Cloud basics.',
    );
    expect(byTestId<HTMLInputElement>('course-input')?.value).toBe('Cloud basics');
  });

  it('says so when nothing was counted', async () => {
    await open('/trends?course=https://lms.example.org/courses/nobody');
    expectSeries('month', {
      from: '2017-01-01',
      to: '2021-12-31',
      course: 'https://lms.example.org/courses/nobody',
    }).flush(aMonthlySeries(2017, 2021));
    harness.detectChanges();

    expect(text(byTestId('trends-empty'))).toContain('Nothing was counted');
    expect(byTestId('chart-stub')).toBeNull();
  });

  it('shows the API message when the figures fail, and tries again on demand', async () => {
    await open('/trends');
    expectSeries('month', { from: '2017-01-01', to: '2021-12-31' }).flush(
      { code: 'indicators.unavailable', message: 'The indicators are being rebuilt.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    harness.detectChanges();

    const alert = root().querySelector('[role="alert"]') as HTMLElement;
    expect(text(alert)).toContain('The indicators are being rebuilt.');
    alert.querySelector('button')!.click();
    harness.detectChanges();
    expect(text()).toContain('Loading…');
    expectSeries('month', { from: '2017-01-01', to: '2021-12-31' }).flush(
      aMonthlySeries(2017, 2021, { '2020-03': { users: 4 } }),
    );
    harness.detectChanges();

    expect(chartText(root())).toContain('Users:');
  });

  it('says what in the link could not be used', async () => {
    await open('/trends?from=2020-13-01&to=2020-12-31&format=webinar');
    expectSeries('month', { from: '2017-01-01', to: '2021-12-31' }).flush(
      aMonthlySeries(2017, 2021),
    );
    harness.detectChanges();

    const problems = Array.from(root().querySelectorAll('[data-testid="filter-problem"]'), (p) =>
      text(p),
    );
    expect(problems).toEqual([
      expect.stringContaining('(from 2020-13-01 to 2020-12-31) is not two dates in order'),
      'The link asks for the format "webinar", which is not one; showing every format.',
    ]);
  });
});

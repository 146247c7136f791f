import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aFreshness, aSession, anOperationSummary } from '../../../../../testing/api-fixtures';
import { aCatalogueCourse, aYearlySeries } from '../../../../../testing/figures-fixtures';
import {
  aFundingIndicators,
  aFundingYear,
  anE024WithTarget,
  overviewFigures,
} from '../../../../../testing/overview-fixtures';
import { chartText, stubSeriesCharts } from '../../../../../testing/series-chart.stub';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { FiguresOverTimeComponent } from '../../../../shared/figures/figures-over-time.component';
import { formatGrowth, formatRate } from '../../../../shared/format/figure-format';
import { formatCount } from '../../../../shared/format/locale-format';
import { OVERVIEW_ROUTES } from '../../overview.routes';

const TODAY = new Date('2024-06-15T10:00:00.000Z');
const CHART_YEARS = { from: '2017-01-01', to: '2024-12-31' };
const Y2021 = { from: '2021-01-01', to: '2021-12-31' };
const Y2020 = { from: '2020-01-01', to: '2020-12-31' };
const OPERATION = anOperationSummary();

describe('OverviewPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    // The feature's own routes, so that their catalogues and title are under test too.
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter(OVERVIEW_ROUTES),
        { provide: NOW, useValue: () => TODAY },
      ],
    });
    stubSeriesCharts(FiguresOverTimeComponent);
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

  /** What the alerts say: the export control keeps its alert region in the DOM, empty. */
  function alertTexts(): string[] {
    return Array.from(root().querySelectorAll('[role="alert"]'), (alert) => text(alert)).filter(
      (said) => said !== '',
    );
  }

  function expectFigures(period: { from: string; to: string }): TestRequest {
    return backend.expectOne(
      (r) =>
        r.url === '/api/indicators' &&
        r.params.get('from') === period.from &&
        r.params.get('to') === period.to,
    );
  }

  function flushYear2021(): void {
    expectFigures(Y2021).flush(
      overviewFigures(
        Y2021,
        { users: 23_364, enrolments: 40_000, completions: 10_000, women: 11_682, unknownSex: 364 },
        { users: 0.852, enrolments: -0.1, completions: 0.2, completionRate: 0.3 },
      ),
    );
    expectFigures(Y2020).flush(overviewFigures(Y2020, { users: 12_000, women: 6_000 }));
  }

  function flushTargets(): void {
    backend.expectOne('/api/operations').flush([OPERATION]);
    backend
      .expectOne(`/api/operations/${OPERATION.id}/indicators`)
      .flush(
        aFundingIndicators(OPERATION.id, [
          anE024WithTarget([
            aFundingYear(2019, 5_000, { percentOfTarget: 62.5, percentOfMilestone: 125 }),
          ]),
        ]),
      );
  }

  it('lands on the latest complete year with data, with its key figures, targets and years', async () => {
    await open('/');
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    flushTargets();
    harness.detectChanges();
    expect(text(byTestId('overview-lead'))).toBe('Finding the latest complete year with data…');
    // Nothing to export until the question is settled.
    expect(byTestId('overview-export')).toBeNull();

    backend
      .expectOne((r) => r.url === '/api/indicators/series')
      .flush(
        aYearlySeries(CHART_YEARS, {
          2020: { users: 12_000 },
          2021: { users: 23_364, enrolments: 40_000, completions: 10_000 },
          2024: { users: 50 },
        }),
      );
    await settle();
    flushYear2021();
    harness.detectChanges();

    expect(TestBed.inject(Router).url).toBe('/?from=2021-01-01&to=2021-12-31');
    expect(document.title).toBe('Overview · Fita');
    expect(text(root().querySelector('h1'))).toBe('Overview');
    expect(text(byTestId('overview-lead'))).toBe(
      'Key figures for 2021, each with its change on the year before.',
    );
    expect(byTestId<HTMLSelectElement>('period-select')?.value).toBe('2021');
    expect(text(byTestId('data-as-of'))).toContain('Data as of');
    expect(text(byTestId('kpi-users'))).toContain(formatCount(23_364));
    expect(text(byTestId('kpi-users'))).toContain(`${formatGrowth(0.852)} vs 2020`);
    expect(text(byTestId('kpi-completionRate'))).toContain(formatRate(0.25));
    expect(text(byTestId('kpi-womenShare'))).toContain(formatRate(0.5));
    expect(
      (root().querySelector('[data-testid="target-E024"] progress') as HTMLProgressElement).value,
    ).toBe(62.5);
    expect(chartText(root())).toBe(
      'bar|2017,2018,2019,2020,2021,2022,2023,2024' +
        '|Users:0,0,0,12000,23364,0,0,50|Enrolments:0,0,0,0,40000,0,0,0|Completions:0,0,0,0,10000,0,0,0',
    );
    expect(text(byTestId('overview-export')!.querySelector('legend'))).toBe(
      'Export: Manager workbook',
    );
  });

  it('has one h1 and headings in order', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    flushYear2021();
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    flushTargets();
    harness.detectChanges();

    const headings = Array.from(root().querySelectorAll('h1, h2, h3'), (h) => h.tagName);
    expect(headings.filter((tag) => tag === 'H1')).toHaveLength(1);
    expect(headings[0]).toBe('H1');
    headings.forEach((tag, index) => {
      if (index > 0) expect(Number(tag[1]) - Number(headings[index - 1][1])).toBeLessThanOrEqual(1);
    });
  });

  it('answers the question of the filter bar, and a link reproduces it', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    flushYear2021();
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    flushTargets();
    harness.detectChanges();

    const format = byTestId<HTMLSelectElement>('format-select')!;
    format.value = 'mooc';
    format.dispatchEvent(new Event('change'));
    await settle();

    expect(decodeURIComponent(TestBed.inject(Router).url)).toBe(
      '/?from=2021-01-01&to=2021-12-31&format=mooc',
    );
    const current = expectFigures(Y2021);
    expect(current.request.params.get('format')).toBe('mooc');
    current.flush(overviewFigures(Y2021, { users: 7 }));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    const series = backend.expectOne((r) => r.url === '/api/indicators/series');
    expect(series.request.params.get('format')).toBe('mooc');
    series.flush(aYearlySeries(CHART_YEARS, { 2021: { users: 7 } }));
    harness.detectChanges();

    expect(text(byTestId('overview-lead'))).toBe(
      'Key figures for 2021, MOOC courses, each with its change on the year before.',
    );
    expect(text(byTestId('kpi-users'))).toContain('7');
  });

  it('asks for the manager workbook of the filters on screen, and points to the exports', async () => {
    await open('/?from=2021-01-01&to=2021-12-31&format=mooc');
    expectFigures(Y2021).flush(overviewFigures(Y2021, { users: 7 }));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    backend.expectOne('/api/operations').flush([]);
    harness.detectChanges();

    const section = byTestId('overview-export')!;
    expect(text(section.querySelector('h2'))).toBe('Manager workbook');
    expect(text(section.querySelector('.card__subtitle'))).toBe(
      'The current figures for 2021, MOOC courses: overview, trends, breakdowns and courses, in a spreadsheet.',
    );
    byTestId('export-submit')!.click();
    harness.detectChanges();

    const request = backend.expectOne({ method: 'POST', url: '/api/exports' });
    expect(request.request.body).toEqual({
      kind: 'manager',
      format: 'xlsx',
      language: 'en',
      query: { from: '2021-01-01', to: '2021-12-31', format: 'mooc' },
    });
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    request.flush({ id: 'e-1' }, { status: 202, statusText: 'Accepted' });
    harness.detectChanges();

    const accepted = byTestId('export-accepted')!;
    expect(accepted.closest('[role="status"]')).not.toBeNull();
    expect(text(accepted)).toContain('The file is being built.');
    expect(byTestId('export-open')!.getAttribute('href')).toBe('/exports');
  });

  it('shows why the API refused the workbook next to the control', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    flushYear2021();
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    backend.expectOne('/api/operations').flush([]);
    harness.detectChanges();

    byTestId('export-submit')!.click();
    backend
      .expectOne({ method: 'POST', url: '/api/exports' })
      .flush({ message: 'Queue unavailable.' }, { status: 503, statusText: 'Unavailable' });
    harness.detectChanges();

    const refused = byTestId('export-refused')!;
    expect(refused.closest('[data-testid="overview-export"]')).not.toBeNull();
    expect(refused.closest('[role="alert"]')).not.toBeNull();
    expect(text(refused)).toBe('The export was not accepted. Queue unavailable.');
  });

  it('says what went wrong in each part, and tries that part again on demand', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    const current = expectFigures(Y2021);
    const previous = expectFigures(Y2020);
    current.flush({ message: 'Rebuilding.' }, { status: 503, statusText: 'Unavailable' });
    // Either period failing fails the key figures: the other request is dropped.
    expect(previous.cancelled).toBe(true);
    backend
      .expectOne((r) => r.url === '/api/indicators/series')
      .flush({ message: 'Series failed.' }, { status: 500, statusText: 'Error' });
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    backend
      .expectOne('/api/operations')
      .flush({ message: 'Forbidden.' }, { status: 403, statusText: 'Forbidden' });
    harness.detectChanges();

    expect(alertTexts()).toEqual([
      'The key figures could not be loaded. Rebuilding. Try again',
      'Progress towards targets could not be loaded. Forbidden. Try again',
      'The figures per year could not be loaded. Series failed. Try again',
    ]);

    (root().querySelector('fita-kpi-cards [role="alert"] button') as HTMLButtonElement).click();
    flushYear2021();
    (
      root().querySelector('fita-target-progress [role="alert"] button') as HTMLButtonElement
    ).click();
    backend.expectOne('/api/operations').flush([]);
    (
      root().querySelector('fita-figures-per-year [role="alert"] button') as HTMLButtonElement
    ).click();
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    harness.detectChanges();

    expect(alertTexts()).toEqual([]);
    expect(text(byTestId('targets-empty'))).toContain('No operation has been recorded yet');
    expect(text(byTestId('per-year-empty'))).toContain(
      'Nothing has been counted for 2017–2024 yet.',
    );
  });

  it('says when the figures are still catching up with stored statements', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    flushYear2021();
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(200, 120));
    backend.expectOne('/api/operations').flush([]);
    harness.detectChanges();

    expect(text(root().querySelector('[role="status"]'))).toBe(
      'Figures are refreshing: 120 of 200 statements processed. They will update automatically.',
    );
    // Stop the polling with the page.
    harness.fixture.destroy();
  });
});

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aFreshness, aSeries, aSession, aSummary } from '../../../../../testing/api-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { BarChartComponent } from '../../../../shared/charts/bar-chart.component';
import { UsersPerYearCardComponent } from '../../components/users-per-year-card.component';
import { FRESHNESS_POLL_MS } from '../../data/overview.store';
import { OverviewPage } from './overview.page';

/** jsdom has no canvas: the chart itself is covered by its own spec. */
@Component({
  selector: 'fita-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div data-testid="chart-stub">{{ labels().join(',') }}|{{ values().join(',') }}</div>`,
})
class BarChartStubComponent {
  readonly labels = input.required<readonly string[]>();
  readonly values = input.required<readonly number[]>();
  readonly seriesName = input.required<string>();
  readonly label = input.required<string>();
}

const TODAY = new Date('2024-06-15T10:00:00.000Z');

describe('OverviewPage', () => {
  let fixture: ComponentFixture<OverviewPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: NOW, useValue: () => TODAY },
      ],
    }).overrideComponent(UsersPerYearCardComponent, {
      remove: { imports: [BarChartComponent] },
      add: { imports: [BarChartStubComponent] },
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
    jest.useRealTimers();
  });

  function createPage(): void {
    fixture = TestBed.createComponent(OverviewPage);
    fixture.detectChanges();
  }

  function render(): void {
    fixture.detectChanges();
  }

  function byTestId(id: string): HTMLElement | null {
    return fixture.nativeElement.querySelector(`[data-testid="${id}"]`);
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  }

  function provenance(): Record<string, string | undefined> {
    const terms = fixture.nativeElement.querySelectorAll(
      '.provenance dt',
    ) as NodeListOf<HTMLElement>;
    return Object.fromEntries(
      Array.from(terms, (term) => [
        term.textContent?.trim(),
        term.nextElementSibling?.textContent?.trim(),
      ]),
    );
  }

  function expectFreshness(): TestRequest {
    return backend.expectOne('/api/indicators/freshness');
  }

  function expectSeries(): TestRequest {
    const request = backend.expectOne((r) => r.url === '/api/indicators/series');
    expect(request.request.params.get('interval')).toBe('year');
    expect(request.request.params.get('from')).toBe('2017-01-01');
    expect(request.request.params.get('to')).toBe('2024-12-31');
    return request;
  }

  function expectSummary(year: number): TestRequest {
    return backend.expectOne(
      (r) =>
        r.url === '/api/indicators' &&
        r.params.get('from') === `${year}-01-01` &&
        r.params.get('to') === `${year}-12-31`,
    );
  }

  it('shows the users of the latest year that has users, formatted in the browser locale', () => {
    createPage();
    expectFreshness().flush(aFreshness(10, 10));
    expectSeries().flush(aSeries({ 2020: 2, 2022: 23_364 }, 2024));
    const summary = expectSummary(2022);
    expect(summary.request.headers.get('Authorization')).toBe('Bearer token-123');
    summary.flush(aSummary(2022, 23_364));
    render();

    expect(byTestId('kpi-users')?.textContent?.trim()).toBe(new Intl.NumberFormat().format(23_364));
    expect((byTestId('year-select') as HTMLSelectElement).value).toBe('2022');
    expect(byTestId('data-as-of')?.textContent).toContain('Data as of');
    expect(byTestId('chart-stub')?.textContent).toBe(
      '2017,2018,2019,2020,2021,2022,2023,2024|0,0,0,2,0,23364,0,0',
    );
    expect(provenance()).toEqual({
      'Cut-off': new Intl.DateTimeFormat(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date('2024-06-15T08:00:00.000Z')),
      Statements: new Intl.NumberFormat().format(48_210),
      Definitions: '1',
    });
  });

  it('offers every year from 2017 to the current year, and defaults to the current year without users', () => {
    createPage();
    expectFreshness().flush(aFreshness(0, 0));
    expectSeries().flush(aSeries({}, 2024));
    expectSummary(2024).flush(aSummary(2024, 0));
    render();

    const select = byTestId('year-select') as HTMLSelectElement;
    expect(Array.from(select.options, (option) => option.value)).toEqual([
      '2024',
      '2023',
      '2022',
      '2021',
      '2020',
      '2019',
      '2018',
      '2017',
    ]);
    expect(select.value).toBe('2024');
    expect(byTestId('kpi-users')?.textContent?.trim()).toBe('0');
    expect(text()).toContain('No users have been recorded yet');
  });

  it('loads the figures of the year the user selects', () => {
    createPage();
    expectFreshness().flush(aFreshness(10, 10));
    expectSeries().flush(aSeries({ 2020: 2 }, 2024));
    expectSummary(2020).flush(aSummary(2020, 2));
    render();

    const select = byTestId('year-select') as HTMLSelectElement;
    select.value = '2019';
    select.dispatchEvent(new Event('change'));
    render();
    expect(byTestId('kpi-users')).toBeNull();
    expectSummary(2019).flush(aSummary(2019, 7));
    render();

    expect(byTestId('kpi-users')?.textContent?.trim()).toBe('7');
  });

  it('shows the API message when the figures cannot be loaded, and retries on demand', () => {
    createPage();
    expectFreshness().flush(aFreshness(10, 10));
    expectSeries().flush(aSeries({ 2020: 2 }, 2024));
    expectSummary(2020).flush(
      { code: 'indicators_unavailable', message: 'The indicators are being rebuilt.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    render();

    const alert = fixture.nativeElement.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain('The indicators are being rebuilt.');
    (alert.querySelector('button') as HTMLButtonElement).click();
    expectSummary(2020).flush(aSummary(2020, 2));
    render();

    expect(byTestId('kpi-users')?.textContent?.trim()).toBe('2');
  });

  it('falls back to the current year when the series fails', () => {
    createPage();
    expectFreshness().flush(aFreshness(10, 10));
    expectSeries().flush(
      { code: 'boom', message: 'Series failed.' },
      { status: 500, statusText: 'Error' },
    );
    expectSummary(2024).flush(aSummary(2024, 5));
    render();

    expect(byTestId('kpi-users')?.textContent?.trim()).toBe('5');
    expect(text()).toContain('Series failed.');
  });

  it('while statements are being processed, says so, polls, and reloads the figures once caught up', () => {
    jest.useFakeTimers({ now: TODAY });
    createPage();
    expectFreshness().flush(aFreshness(200, 120));
    expectSeries().flush(aSeries({ 2024: 3 }, 2024));
    expectSummary(2024).flush(aSummary(2024, 3));
    render();
    expect(text()).toContain('Figures are refreshing: 120 of 200 statements processed');

    jest.advanceTimersByTime(FRESHNESS_POLL_MS);
    expectFreshness().flush(aFreshness(200, 150));
    backend.expectNone('/api/indicators/series');

    jest.advanceTimersByTime(FRESHNESS_POLL_MS);
    expectFreshness().flush(aFreshness(200, 200));
    render();
    // The old figure stays on screen while the new one loads.
    expect(byTestId('kpi-users')?.textContent?.trim()).toBe('3');
    expectSeries().flush(aSeries({ 2024: 4 }, 2024));
    expectSummary(2024).flush(aSummary(2024, 4));
    render();

    expect(byTestId('kpi-users')?.textContent?.trim()).toBe('4');
    expect(text()).not.toContain('Figures are refreshing');
    jest.advanceTimersByTime(FRESHNESS_POLL_MS * 3);
    backend.expectNone('/api/indicators/freshness');
  });
});

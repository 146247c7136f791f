import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aFreshness, aSession, anOperationSummary } from '../../../../testing/api-fixtures';
import { aYearlySeries } from '../../../../testing/figures-fixtures';
import {
  aFundingIndicators,
  aFundingYear,
  anE024WithTarget,
  overviewFigures,
} from '../../../../testing/overview-fixtures';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../core/auth/auth.service';
import { NOW } from '../../../core/time/now.token';
import { FRESHNESS_POLL_MS, OverviewStore } from './overview.store';

@Component({
  selector: 'fita-store-host',
  template: '',
  providers: [OverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StoreHostComponent {
  readonly store = inject(OverviewStore);
}

const TODAY = new Date('2024-06-15T10:00:00.000Z');
const CHART_YEARS = { from: '2017-01-01', to: '2024-12-31' };
const Y2021 = { from: '2021-01-01', to: '2021-12-31' };
const Y2020 = { from: '2020-01-01', to: '2020-12-31' };

describe('OverviewStore', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let store: OverviewStore;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: '', component: StoreHostComponent }]),
        { provide: NOW, useValue: () => TODAY },
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
    harness = await RouterTestingHarness.create();
    store = (await harness.navigateByUrl(url, StoreHostComponent)).store;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  function params(request: TestRequest): Record<string, string | null> {
    const sent = request.request.params;
    return Object.fromEntries(sent.keys().map((key) => [key, sent.get(key)]));
  }

  function expectFigures(query: Record<string, string>): TestRequest {
    return backend.expectOne(
      (r) =>
        r.url === '/api/indicators' &&
        JSON.stringify(Object.fromEntries(r.params.keys().map((k) => [k, r.params.get(k)]))) ===
          JSON.stringify(query),
    );
  }

  function flushTheRest(): void {
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
    backend.expectOne('/api/operations').flush([]);
  }

  it('asks for everything a question needs at once, and P a year before for the share of women', async () => {
    await open('/?from=2021-01-01&to=2021-12-31&programme=Competències digitals');

    const pending = backend.match(() => true).map((request) => request.request.urlWithParams);
    expect(pending).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/api\/indicators\/series\?/),
        expect.stringMatching(/^\/api\/indicators\?from=2021-01-01&to=2021-12-31&/),
        expect.stringMatching(/^\/api\/indicators\?from=2020-01-01&to=2020-12-31&/),
        '/api/operations',
        '/api/indicators/freshness',
      ]),
    );
    expect(pending).toHaveLength(5);
  });

  it('sends the filters of the URL with every figure request, the chart over every year', async () => {
    await open('/?from=2021-01-01&to=2021-12-31&programme=P&format=mooc');

    const current = expectFigures({ ...Y2021, programme: 'P', format: 'mooc' });
    expect(current.request.headers.get('Authorization')).toBe('Bearer token-123');
    current.flush(overviewFigures(Y2021, { users: 10, women: 6 }, { users: 0.25 }));
    expectFigures({ ...Y2020, programme: 'P', format: 'mooc' }).flush(
      overviewFigures(Y2020, { users: 8, women: 4 }),
    );
    const series = backend.expectOne((r) => r.url === '/api/indicators/series');
    expect(params(series)).toEqual({
      interval: 'year',
      ...CHART_YEARS,
      programme: 'P',
      format: 'mooc',
    });
    series.flush(aYearlySeries(CHART_YEARS, { 2021: { users: 10 } }));
    flushTheRest();

    expect(store.figures().status).toBe('ready');
    expect(store.figures().value?.current.users).toBe(10);
    expect(store.figures().value?.previous.users).toBe(8);
    expect(store.query()).toEqual({ ...Y2021, programme: 'P', format: 'mooc' });
    expect(store.question()).toBe('2021, programme P, MOOC courses');
    expect(store.chartScope()).toBe('2017–2024, programme P, MOOC courses');
  });

  it('without a period in the link, writes the latest complete year with data to the URL, then asks for it', async () => {
    await open('/?programme=P');
    backend.expectNone((r) => r.url === '/api/indicators');
    expect(store.query()).toBeNull();
    expect(store.figures().status).toBe('loading');

    const series = backend.expectOne((r) => r.url === '/api/indicators/series');
    expect(params(series)).toEqual({ interval: 'year', ...CHART_YEARS, programme: 'P' });
    series.flush(
      aYearlySeries(CHART_YEARS, { 2019: { users: 5 }, 2021: { users: 3 }, 2024: { users: 9 } }),
    );
    await settle();

    expect(decodeURIComponent(TestBed.inject(Router).url)).toBe(
      '/?programme=P&from=2021-01-01&to=2021-12-31',
    );
    expectFigures({ ...Y2021, programme: 'P' }).flush(overviewFigures(Y2021, { users: 3 }));
    expectFigures({ ...Y2020, programme: 'P' }).flush(overviewFigures(Y2020));
    // The chart covers every year whatever the period: it is not asked again.
    backend.expectNone((r) => r.url === '/api/indicators/series');
    flushTheRest();
    expect(store.query()).toEqual({ ...Y2021, programme: 'P' });
  });

  it('falls back to the last complete year when the series fails', async () => {
    await open('/');
    backend
      .expectOne((r) => r.url === '/api/indicators/series')
      .flush({ message: 'Series failed.' }, { status: 500, statusText: 'Error' });
    await settle();

    expect(store.series()).toEqual({ status: 'error', value: null, error: 'Series failed.' });
    expectFigures({ from: '2023-01-01', to: '2023-12-31' }).flush(
      overviewFigures({ from: '2023-01-01', to: '2023-12-31' }),
    );
    expectFigures({ from: '2022-01-01', to: '2022-12-31' }).flush(
      overviewFigures({ from: '2022-01-01', to: '2022-12-31' }),
    );
    flushTheRest();
  });

  it('asks again for the figures, not the chart, when only the period changes', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    expectFigures(Y2021).flush(overviewFigures(Y2021));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    flushTheRest();

    await harness.navigateByUrl('/?from=2020-01-01&to=2020-12-31');

    expect(store.figures().status).toBe('loading');
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    expectFigures({ from: '2019-01-01', to: '2019-12-31' }).flush(
      overviewFigures({ from: '2019-01-01', to: '2019-12-31' }),
    );
    backend.expectNone((r) => r.url === '/api/indicators/series');
    expect(store.figures().value?.current.period).toEqual(Y2020);
  });

  it('fails the key figures when either period fails, and tries both again on demand', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    expectFigures(Y2021).flush(overviewFigures(Y2021));
    expectFigures(Y2020).flush(
      { message: 'The indicators are being rebuilt.' },
      { status: 503, statusText: 'Unavailable' },
    );
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    flushTheRest();
    expect(store.figures()).toEqual({
      status: 'error',
      value: null,
      error: 'The indicators are being rebuilt.',
    });

    store.retryFigures();

    expectFigures(Y2021).flush(overviewFigures(Y2021, { users: 1 }));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    expect(store.figures().value?.current.users).toBe(1);
  });

  it("asks every operation's funding indicators at once, keeping those with a target", async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    const first = anOperationSummary({ id: 'op-1', code: 'OP-1' });
    const second = anOperationSummary({ id: 'op-2', code: 'OP-2' });
    backend.expectOne('/api/operations').flush([first, second]);

    const funding = backend.match((r) => /^\/api\/operations\/op-\d\/indicators$/.test(r.url));
    expect(funding.map((request) => request.request.url)).toEqual([
      '/api/operations/op-1/indicators',
      '/api/operations/op-2/indicators',
    ]);
    funding[0].flush(aFundingIndicators('op-1', [anE024WithTarget([aFundingYear(2020, 40)])]));
    funding[1].flush(aFundingIndicators('op-2', []));

    expect(
      store.targets().value?.map((item) => [item.operation.code, item.indicators.length]),
    ).toEqual([
      ['OP-1', 1],
      ['OP-2', 0],
    ]);
    expectFigures(Y2021).flush(overviewFigures(Y2021));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
  });

  it('reports a failure of the targets and tries again on demand', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    backend
      .expectOne('/api/operations')
      .flush({ message: 'Forbidden.' }, { status: 403, statusText: 'Forbidden' });
    expect(store.targets()).toEqual({ status: 'error', value: null, error: 'Forbidden.' });

    store.retryTargets();
    backend.expectOne('/api/operations').flush([]);
    expect(store.targets()).toEqual({ status: 'ready', value: [], error: null });

    expectFigures(Y2021).flush(overviewFigures(Y2021));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(10, 10));
  });

  it('while statements are being processed, polls, then reloads every figure quietly once caught up', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    jest.useFakeTimers({ now: TODAY, doNotFake: ['queueMicrotask', 'nextTick'] });
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(200, 120));
    expectFigures(Y2021).flush(overviewFigures(Y2021, { users: 3 }));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/operations').flush([]);
    expect(store.isRefreshing()).toBe(true);

    jest.advanceTimersByTime(FRESHNESS_POLL_MS);
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(200, 150));
    backend.expectNone((r) => r.url === '/api/indicators');

    jest.advanceTimersByTime(FRESHNESS_POLL_MS);
    backend.expectOne('/api/indicators/freshness').flush(aFreshness(200, 200));

    expect(store.isRefreshing()).toBe(false);
    // The figures on screen stay while the new ones load.
    expect(store.figures()).toMatchObject({ status: 'loading', value: { current: { users: 3 } } });
    expectFigures(Y2021).flush(overviewFigures(Y2021, { users: 4 }));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/operations').flush([]);
    expect(store.figures().value?.current.users).toBe(4);

    jest.advanceTimersByTime(FRESHNESS_POLL_MS * 3);
    backend.expectNone('/api/indicators/freshness');
  });

  it('says freshness is unknown when the first check fails', async () => {
    await open('/?from=2021-01-01&to=2021-12-31');
    backend.expectOne('/api/indicators/freshness').flush({}, { status: 500, statusText: 'Error' });

    expect(store.freshness()).toEqual({
      status: 'error',
      value: null,
      error: 'Data freshness is unknown.',
    });
    expectFigures(Y2021).flush(overviewFigures(Y2021));
    expectFigures(Y2020).flush(overviewFigures(Y2020));
    backend.expectOne((r) => r.url === '/api/indicators/series').flush(aYearlySeries(CHART_YEARS));
    backend.expectOne('/api/operations').flush([]);
  });
});

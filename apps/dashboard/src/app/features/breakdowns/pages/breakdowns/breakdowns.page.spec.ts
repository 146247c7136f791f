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
import { aCatalogueCourse, someIndicatorFigures } from '../../../../../testing/figures-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import { chartText, stubSeriesCharts } from '../../../../../testing/series-chart.stub';
import { type IndicatorFigures } from '../../../../core/api/indicator-figures.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { formatCount } from '../../../../shared/format/locale-format';
import { formatRate } from '../../../../shared/format/figure-format';
import { BREAKDOWNS_ROUTES } from '../../breakdowns.routes';
import { BreakdownViewComponent } from '../../components/breakdown-view.component';

const ALL_YEARS = { from: '2017-01-01', to: '2021-12-31' };

/** 100 users (40 women, 35 men, 5 non-binary, 20 unknown), 120 enrolments, 30 completions. */
function figures(overrides: Partial<IndicatorFigures> = {}): IndicatorFigures {
  const base = someIndicatorFigures(ALL_YEARS, { users: 100, enrolments: 120, completions: 30 });
  return {
    ...base,
    breakdowns: {
      ...base.breakdowns,
      users: {
        ...base.breakdowns.users,
        sex: { woman: 40, man: 35, non_binary: 5, unknown: 20 },
        residence: { Badalona: 10, Barcelona: 60, 'Barcelona · Gràcia': 25, unknown: 5 },
      },
      enrolments: {
        ...base.breakdowns.enrolments,
        format: { mooc: 70, instant: 20, masterclass: 0, course: 10, uncatalogued: 20, unknown: 0 },
      },
    },
    ...overrides,
  };
}

describe('BreakdownsPage', () => {
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
        provideRouter([{ path: 'breakdowns', children: BREAKDOWNS_ROUTES }]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    stubSeriesCharts(BreakdownViewComponent);
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

  function tableRows(): string[][] {
    return Array.from(
      byTestId('breakdown-table')?.querySelectorAll('tbody tr, tfoot tr') ?? [],
      (row) => Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  function expectFigures(params: Record<string, string>): TestRequest {
    const request = backend.expectOne((r) => r.url === '/api/indicators');
    const sent = Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
    expect(sent).toEqual(params);
    return request;
  }

  function currentUrl(): string {
    return decodeURIComponent(TestBed.inject(Router).url);
  }

  it('shows users by sex with counts, shares, a total, and the unknown share said first', async () => {
    await open('/breakdowns');
    expectFigures({ ...ALL_YEARS, ageScheme: 'esf2014' }).flush(figures());
    harness.detectChanges();

    expect(tableRows()).toEqual([
      ['Women', '40', formatRate(0.4)],
      ['Men', '35', formatRate(0.35)],
      ['Non-binary', '5', formatRate(0.05)],
      ['Unknown', '20', formatRate(0.2)],
      ['Total', '100', formatRate(1)],
    ]);
    expect(text(byTestId('unknown-share'))).toBe(
      `Unknown: 20 of 100 users (${formatRate(0.2)}): not in the learner registry, or no sex recorded.`,
    );
    expect(chartText(root())).toBe('bar|Women,Men,Non-binary,Unknown|Users:40,35,5,20');
    expect(text(byTestId('figure-total'))).toContain('100 users');
  });

  it('switches figure and breakdown without asking the API again, and offers format only for flows', async () => {
    await open('/breakdowns');
    expectFigures({ ...ALL_YEARS, ageScheme: 'esf2014' }).flush(figures());
    harness.detectChanges();
    expect(byTestId('breakdown-format')).toBeNull();

    byTestId<HTMLInputElement>('figure-enrolments')!.click();
    await settle();
    byTestId('breakdown-format')!.click();
    await settle();

    expect(currentUrl()).toBe('/breakdowns?figure=enrolments&by=format');
    expect(tableRows()[0]).toEqual(['MOOC', '70', formatRate(70 / 120)]);
    expect(tableRows().map((row) => row[0])).toContain('Uncatalogued');
    expect(text(byTestId('unknown-share'))).toContain('Unknown: 0 of 120 enrolments');
    backend.expectNone('/api/indicators');
  });

  it('lists places of residence by size, unknown last', async () => {
    await open('/breakdowns?by=residence');
    expectFigures({ ...ALL_YEARS, ageScheme: 'esf2014' }).flush(figures());
    harness.detectChanges();

    expect(tableRows().map((row) => row[0])).toEqual([
      'Barcelona',
      'Barcelona · Gràcia',
      'Badalona',
      'Unknown',
      'Total',
    ]);
  });

  it('asks for custom age bands and shows the reason the API refuses them next to the box', async () => {
    await open('/breakdowns?by=ageBand&programme=Competències digitals');
    expectFigures({
      ...ALL_YEARS,
      programme: 'Competències digitals',
      ageScheme: 'esf2014',
    }).flush(figures());
    harness.detectChanges();

    const scheme = byTestId<HTMLSelectElement>('age-scheme')!;
    scheme.value = 'custom';
    scheme.dispatchEvent(new Event('change'));
    harness.detectChanges();
    const bands = byTestId<HTMLInputElement>('age-bands')!;
    bands.value = '25-40,30-64';
    byTestId('age-bands-apply')!.click();
    await settle();

    expect(currentUrl()).toContain('ageScheme=custom&ageBands=25-40,30-64');
    const message =
      'Bands "25-40" and "30-64" of "ageBands" overlap (ages 30 to 40 are in both); each age may be in one band only.';
    expectFigures({
      ...ALL_YEARS,
      programme: 'Competències digitals',
      ageScheme: 'custom',
      ageBands: '25-40,30-64',
    }).flush(
      {
        code: 'indicators.invalid_age_bands',
        message,
        details: [{ field: 'ageBands', message }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();

    expect(text(byTestId('age-bands-error'))).toBe(message);
    expect(byTestId('age-bands')?.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('age-bands')?.getAttribute('aria-describedby')).toContain('age-bands-error');
    // Said once, next to the box: no second, generic error with a pointless "Try again".
    expect(text()).not.toContain('could not be loaded');
  });

  it('on another tab, says the custom bands were refused and offers the standard ones', async () => {
    await open('/breakdowns?by=education&ageScheme=custom&ageBands=40-25');
    const message = 'Band 1 of "ageBands" ("40-25") starts at 40, above its end 25.';
    expectFigures({ ...ALL_YEARS, ageScheme: 'custom', ageBands: '40-25' }).flush(
      { code: 'indicators.invalid_age_bands', message, details: [{ field: 'ageBands', message }] },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();

    const refused = byTestId('bands-refused')!;
    expect(text(refused)).toContain(message);
    refused.querySelector('button')!.click();
    await settle();

    expect(currentUrl()).toBe('/breakdowns?by=education&ageScheme=esf2014');
    expectFigures({ ...ALL_YEARS, ageScheme: 'esf2014' }).flush(figures());
    harness.detectChanges();
    expect(byTestId('bands-refused')).toBeNull();
    expect(tableRows()).toHaveLength(5);
  });

  it('shows custom bands with the ages they leave out', async () => {
    await open('/breakdowns?by=ageBand&ageScheme=custom&ageBands=25-40');
    const answer = figures();
    expectFigures({ ...ALL_YEARS, ageScheme: 'custom', ageBands: '25-40' }).flush({
      ...answer,
      ageScheme: 'custom',
      breakdowns: {
        ...answer.breakdowns,
        users: { ...answer.breakdowns.users, ageBand: { '25-40': 60, other: 30, unknown: 10 } },
      },
    });
    harness.detectChanges();

    expect(byTestId<HTMLInputElement>('age-bands')?.value).toBe('25-40');
    expect(tableRows().map((row) => row.slice(0, 2))).toEqual([
      ['25–40', '60'],
      ['Outside the bands', '30'],
      ['Unknown', '10'],
      ['Total', '100'],
    ]);
  });

  it('says there is nothing to break down when the figure is 0', async () => {
    await open('/breakdowns?figure=completions&from=2016-01-01&to=2016-12-31');
    expectFigures({ from: '2016-01-01', to: '2016-12-31', ageScheme: 'esf2014' }).flush(
      someIndicatorFigures({ from: '2016-01-01', to: '2016-12-31' }),
    );
    harness.detectChanges();

    expect(text(byTestId('breakdowns-empty'))).toContain('No completions were counted for 2016');
    expect(byTestId('breakdown-table')).toBeNull();
  });

  it('shows the API message on failure, and tries again on demand', async () => {
    await open('/breakdowns');
    expectFigures({ ...ALL_YEARS, ageScheme: 'esf2014' }).flush(
      { code: 'boom', message: 'The database is down.' },
      { status: 503, statusText: 'Unavailable' },
    );
    harness.detectChanges();

    const alert = root().querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('The database is down.');
    alert.querySelector('button')!.click();
    expectFigures({ ...ALL_YEARS, ageScheme: 'esf2014' }).flush(figures());
    harness.detectChanges();

    expect(tableRows()).toHaveLength(5);
    expect(text()).toContain(formatCount(100));
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IndicatorFiguresService } from './indicator-figures.service';

describe('IndicatorFiguresService', () => {
  let service: IndicatorFiguresService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    service = TestBed.inject(IndicatorFiguresService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function sentParams(url: string): Record<string, string | null> {
    const request = backend.expectOne((r) => r.url === url);
    request.flush({});
    return Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
  }

  it('sends only the filters that are set, since the API refuses unknown or empty ones', () => {
    service.courses({ from: '2020-01-01', to: '2020-12-31', format: 'uncatalogued' }).subscribe();

    expect(sentParams('/api/indicators/courses')).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      format: 'uncatalogued',
    });
  });

  it('sends custom age bands with their scheme, and a standard scheme alone', () => {
    const period = { from: '2017-01-01', to: '2021-12-31' };
    service.figures(period, { scheme: 'custom', bands: '25-40,41-64' }).subscribe();
    expect(sentParams('/api/indicators')).toEqual({
      ...period,
      ageScheme: 'custom',
      ageBands: '25-40,41-64',
    });

    service
      .figures({ ...period, programme: 'P', course: 'c' }, { scheme: 'eurostat', bands: '1-2' })
      .subscribe();
    expect(sentParams('/api/indicators')).toEqual({
      ...period,
      programme: 'P',
      course: 'c',
      ageScheme: 'eurostat',
    });
  });

  it('asks for a series by interval', () => {
    service.series('month', { from: '2020-01-01', to: '2020-03-31' }).subscribe();

    expect(sentParams('/api/indicators/series')).toEqual({
      interval: 'month',
      from: '2020-01-01',
      to: '2020-03-31',
    });
  });

  it('accepts recent figures while statements stream in, for every live read', () => {
    const period = { from: '2020-01-01', to: '2020-12-31' };
    service.figures(period).subscribe();
    service.series('year', period).subscribe();
    service.courses(period).subscribe();
    for (const url of ['/api/indicators', '/api/indicators/series', '/api/indicators/courses']) {
      const request = backend.expectOne((r) => r.url === url);
      expect(request.request.headers.get('Cache-Control')).toBe('max-stale=600');
      request.flush({});
    }
  });
});

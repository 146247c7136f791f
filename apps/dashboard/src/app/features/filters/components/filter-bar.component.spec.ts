import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCatalogueCourse } from '../../../../testing/figures-fixtures';
import { failOnMissingTexts } from '../../../../testing/missing-texts';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { SHARED_MESSAGES } from '../../../shared/shared.messages';
import { FILTERS_MESSAGES } from '../filters.messages';
import { IndicatorFiltersStore } from '../data/indicator-filters.store';
import { FilterBarComponent } from './filter-bar.component';

/** A page as the figure pages are: it provides the store, the bar writes through it. */
@Component({
  selector: 'fita-filter-host',
  imports: [FilterBarComponent],
  providers: [IndicatorFiltersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fita-filter-bar />`,
})
class FilterHostComponent {}

const CLOUD = aCatalogueCourse();
const EXCEL = aCatalogueCourse({
  activityId: 'https://lms.example.org/courses/excel',
  title: 'Excel avançat',
  format: 'masterclass',
  programme: 'Ocupació',
});

describe('FilterBarComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  failOnMissingTexts();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'page', component: FilterHostComponent }]),
        provideMessages(SHARED_MESSAGES, FILTERS_MESSAGES),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function open(url: string, catalogue = [CLOUD, EXCEL]): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    backend.expectOne('/api/courses').flush(catalogue);
    harness.detectChanges();
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
    const element = (harness.routeNativeElement as HTMLElement).querySelector<T>(
      `[data-testid="${id}"]`,
    );
    if (!element) throw new Error(`no ${id}`);
    return element;
  }

  async function choose(testId: string, value: string): Promise<void> {
    const select = byTestId<HTMLSelectElement>(testId);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  }

  function url(): string {
    return decodeURIComponent(TestBed.inject(Router).url);
  }

  it('offers the programmes of the catalogue, each format, and "uncatalogued"', async () => {
    await open('/page');

    const options = (testId: string) =>
      Array.from(byTestId<HTMLSelectElement>(testId).options, (option) => option.text.trim());
    expect(options('programme-select')).toEqual([
      'All programmes',
      'Competències digitals',
      'Ocupació',
    ]);
    expect(options('format-select')).toEqual([
      'All formats',
      'MOOC',
      'Instant course',
      'Masterclass',
      'Course',
      'Uncatalogued',
    ]);
  });

  it('writes each filter to the URL, keeping the other parameters of the page', async () => {
    await open('/page?view=yoy');

    await choose('programme-select', 'Ocupació');
    expect(url()).toBe('/page?view=yoy&from=2017-01-01&to=2021-12-31&programme=Ocupació');
    await choose('format-select', 'masterclass');
    expect(url()).toContain('programme=Ocupació&format=masterclass');
    await choose('format-select', '');
    expect(url()).toBe('/page?view=yoy&from=2017-01-01&to=2021-12-31&programme=Ocupació');
  });

  it('lets go of the chosen course when a programme or format leaves it out', async () => {
    await open(`/page?course=${encodeURIComponent(EXCEL.activityId)}`);

    await choose('programme-select', 'Ocupació');
    expect(url()).toContain(`course=${EXCEL.activityId}`);
    await choose('format-select', 'mooc');
    expect(url()).not.toContain('course=');
  });

  it('shows the programme of a link even when the catalogue lacks it', async () => {
    await open('/page?programme=Retired programme');

    const select = byTestId<HTMLSelectElement>('programme-select');
    expect(select.value).toBe('Retired programme');
  });

  it('resets every filter, and is disabled when there is nothing to reset', async () => {
    await open('/page?from=2020-01-01&to=2020-12-31&format=mooc&sort=users');
    expect(byTestId<HTMLButtonElement>('filters-reset').disabled).toBe(false);

    byTestId('filters-reset').click();
    await settle();

    expect(url()).toBe('/page?from=2017-01-01&to=2021-12-31&sort=users');
    expect(byTestId<HTMLButtonElement>('filters-reset').disabled).toBe(true);
  });

  it('offers only the courses that fit the programme and format chosen', async () => {
    await open('/page?programme=Ocupació');

    const input = byTestId<HTMLInputElement>('course-input');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    harness.detectChanges();

    const titles = Array.from(
      byTestId('course-options').querySelectorAll('[role="option"] .course-picker__title'),
      (title) => title.textContent?.trim(),
    );
    expect(titles).toEqual(['Excel avançat']);
  });

  it('says when the catalogue cannot be loaded, and asks again on demand', async () => {
    harness = await RouterTestingHarness.create('/page');
    backend
      .expectOne('/api/courses')
      .flush({ message: 'Catalogue down.' }, { status: 500, statusText: 'Error' });
    harness.detectChanges();

    const alert = (harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Catalogue down.');
    alert.querySelector('button')!.click();
    backend.expectOne('/api/courses').flush([CLOUD]);
    harness.detectChanges();

    expect((harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
  });
});

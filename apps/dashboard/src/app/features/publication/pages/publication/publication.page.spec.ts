import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  SNAPSHOT_2019_ID,
  SNAPSHOT_2020_ID,
  aPublicationView,
  aPublishableSnapshot,
} from '../../../../../testing/publication-fixtures';
import { FileSaverService } from '../../../../core/files/file-saver.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { BarChartComponent } from '../../../../shared/charts/bar-chart.component';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { EXPORTS_MESSAGES } from '../../../exports/exports.messages';
import { PublishedBreakdownComponent } from '../../components/published-breakdown.component';
import { PUBLICATION_MESSAGES } from '../../publication.messages';
import { PublicationPage } from './publication.page';

/** jsdom cannot draw: the chart shows what it would draw, on a canvas the download can read. */
@Component({
  selector: 'fita-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<canvas
    data-testid="bar-chart"
    [attr.aria-label]="label()"
    [attr.data-bars]="bars()"
  ></canvas>`,
})
class BarChartStubComponent {
  readonly labels = input.required<readonly string[]>();
  readonly values = input.required<readonly number[]>();
  readonly seriesName = input.required<string>();
  readonly label = input.required<string>();
  protected bars(): string {
    return this.labels()
      .map((label, i) => `${label}:${this.values()[i]}`)
      .join('|');
  }
}

const SNAPSHOT_2020 = aPublishableSnapshot();
const SNAPSHOT_2019 = aPublishableSnapshot({
  id: SNAPSHOT_2019_ID,
  query: { ...SNAPSHOT_2020.query, from: '2019-01-01', to: '2019-12-31' },
  cutoff: '2020-02-01T08:00:00.000Z',
});

describe('PublicationPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  const save = jest.fn();

  beforeEach(() => {
    save.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'publication', component: PublicationPage }]),
        provideMessages(SHARED_MESSAGES, PUBLICATION_MESSAGES, EXPORTS_MESSAGES),
        { provide: FileSaverService, useValue: { save } },
      ],
    });
    TestBed.overrideComponent(PublishedBreakdownComponent, {
      remove: { imports: [BarChartComponent] },
      add: { imports: [BarChartStubComponent] },
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    await settle();
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

  function expectList(): TestRequest {
    return backend.expectOne({ method: 'GET', url: '/api/snapshots/published' });
  }

  function expectView(id: string, params: Record<string, string>): TestRequest {
    const request = backend.expectOne((r) => r.url === `/api/snapshots/${id}/publication`);
    const sent = Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
    expect(sent).toEqual(params);
    return request;
  }

  /** Opens the page on the newest approved snapshot, at the API's default k. */
  async function openNewest(view = aPublicationView()): Promise<void> {
    await open('/publication');
    expectList().flush([SNAPSHOT_2020, SNAPSHOT_2019]);
    await settle();
    expectView(SNAPSHOT_2020_ID, { lang: 'en' }).flush(view);
    await settle();
  }

  function breakdown(title: string): HTMLElement {
    const section = Array.from(root().querySelectorAll('fita-published-breakdown')).find(
      (element) => text(element.querySelector('h3')) === title,
    );
    if (!section) throw new Error(`no breakdown "${title}"`);
    return section as HTMLElement;
  }

  /** The body rows of a table, cell by cell. */
  function cells(table: Element | null): string[][] {
    return Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  function choose(select: HTMLSelectElement, value: string): void {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  function currentUrl(): string {
    return TestBed.inject(Router).url;
  }

  it('shows the newest approved snapshot at the default k, with the rule and exact totals', async () => {
    await openNewest();

    expect(root().querySelectorAll('h1')).toHaveLength(1);
    const snapshots = byTestId<HTMLSelectElement>('snapshot-select')!;
    expect(snapshots.value).toBe(SNAPSHOT_2020_ID);
    expect(Array.from(snapshots.options, (option) => text(option))).toEqual([
      'Jan 1, 2020 – Dec 31, 2020, data as of Jun 15, 2024, 8:00 AM',
      'Jan 1, 2019 – Dec 31, 2019, data as of Feb 1, 2020, 8:00 AM',
    ]);
    expect(byTestId<HTMLSelectElement>('k-select')!.value).toBe('5');
    expect(text(byTestId('snapshot-details'))).toContain('All courses');

    const rule = byTestId('disclosure-rule')!;
    expect(rule.getAttribute('lang')).toBe('en');
    expect(text(rule)).toContain('counts of 1 to 4 are shown as "<5"');
    expect(text(byTestId('marks-legend'))).toContain('<5: a count from 1 to 4, hidden.');

    expect(cells(byTestId('headline-figures'))).toEqual([
      ['Users', '16'],
      ['Enrolments', '15'],
      ['Completions', '6'],
      ['Completers', '6'],
      ['Completion rate', '40.0%'],
    ]);
    expect(byTestId('not-approved')).toBeNull();
    expect(byTestId('restricted-left-out')).toBeNull();
  });

  it('opens another snapshot, and asks again for the figures when k changes', async () => {
    await openNewest();

    choose(byTestId<HTMLSelectElement>('snapshot-select')!, SNAPSHOT_2019_ID);
    await settle();
    expect(currentUrl()).toBe(`/publication?snapshot=${SNAPSHOT_2019_ID}`);
    const view2019 = aPublicationView();
    expectView(SNAPSHOT_2019_ID, { lang: 'en' }).flush({
      ...view2019,
      snapshot: { ...view2019.snapshot, id: SNAPSHOT_2019_ID, query: SNAPSHOT_2019.query },
    });
    await settle();
    expect(text(byTestId('quote-users-en'))).toMatch(/^In 2019, 16 people/);

    choose(byTestId<HTMLSelectElement>('k-select')!, '3');
    await settle();
    expect(currentUrl()).toBe(`/publication?snapshot=${SNAPSHOT_2019_ID}&k=3`);
    expectView(SNAPSHOT_2019_ID, { k: '3', lang: 'en' }).flush(
      aPublicationView({
        k: 3,
        breakdowns: { users: { sex: { woman: 5, man: 5, non_binary: 0, unknown: 5 } } },
      }),
    );
    await settle();
    expect(byTestId<HTMLSelectElement>('k-select')!.value).toBe('3');
    expect(text(byTestId('quote-users-en'))).toContain(
      'of whom about 5 were women and about 5 were men',
    );
  });

  it('takes k from the URL, and leaves a k out of range to the API', async () => {
    await open(`/publication?snapshot=${SNAPSHOT_2020_ID}&k=7`);
    expectList().flush([SNAPSHOT_2020]);
    expectView(SNAPSHOT_2020_ID, { k: '7', lang: 'en' }).flush(aPublicationView({ k: 7 }));
    await settle();
    expect(byTestId<HTMLSelectElement>('k-select')!.value).toBe('7');

    await harness.navigateByUrl(`/publication?snapshot=${SNAPSHOT_2020_ID}&k=42`);
    await settle();
    expectView(SNAPSHOT_2020_ID, { lang: 'en' }).flush(aPublicationView());
    await settle();
    expect(byTestId<HTMLSelectElement>('k-select')!.value).toBe('5');
  });

  it('exports the workbook of the snapshot shown at the k chosen, and points to the exports', async () => {
    await openNewest();
    const section = byTestId('publication-export')!;
    expect(text(section.querySelector('h2'))).toBe('Publication workbook');
    expect(text(section.querySelector('.card__subtitle'))).toContain(
      'The published figures of this snapshot at k = 5',
    );
    expect(byTestId('export-evidence')).toBeNull();

    byTestId('export-submit')!.click();
    await settle();
    const atDefault = backend.expectOne({ method: 'POST', url: '/api/exports' });
    expect(atDefault.request.body).toEqual({
      kind: 'publication',
      format: 'xlsx',
      language: 'en',
      snapshotId: SNAPSHOT_2020_ID,
      k: 5,
    });
    atDefault.flush({ id: 'e-1' }, { status: 202, statusText: 'Accepted' });
    await settle();
    expect(byTestId('export-accepted')!.closest('[role="status"]')).not.toBeNull();
    expect(byTestId('export-open')!.getAttribute('href')).toBe('/exports');

    choose(byTestId<HTMLSelectElement>('k-select')!, '3');
    await settle();
    // The figures of k = 5 stay on screen meanwhile; the export already asks for k = 3.
    const view = expectView(SNAPSHOT_2020_ID, { k: '3', lang: 'en' });
    (byTestId('export-format-csv') as HTMLInputElement).click();
    await settle();
    const table = byTestId<HTMLSelectElement>('export-table')!;
    table.value = 'breakdowns';
    table.dispatchEvent(new Event('change'));
    byTestId('export-submit')!.click();
    await settle();
    expect(backend.expectOne({ method: 'POST', url: '/api/exports' }).request.body).toEqual({
      kind: 'publication',
      format: 'csv',
      table: 'breakdowns',
      language: 'en',
      snapshotId: SNAPSHOT_2020_ID,
      k: 3,
    });
    view.flush(aPublicationView({ k: 3 }));
  });

  it('shows why an export was refused next to the control', async () => {
    await openNewest();
    byTestId('export-submit')!.click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/exports' })
      .flush(
        { code: 'snapshots.not_approved', message: 'Snapshot is not approved yet.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();

    const refused = byTestId('export-refused')!;
    expect(refused.closest('[data-testid="publication-export"]')).not.toBeNull();
    expect(refused.closest('[role="alert"]')).not.toBeNull();
    expect(text(refused)).toBe('The export was not accepted. Snapshot is not approved yet.');
  });

  it('says so when no snapshot is approved yet, and asks for no figures', async () => {
    await open('/publication');
    expectList().flush([]);
    await settle();

    expect(text(byTestId('publication-empty'))).toBe(
      'No snapshot has been approved yet. Its figures can be published here once a manager approves one.',
    );
    expect(byTestId('snapshot-select')).toBeNull();
    backend.expectNone((r) => r.url.endsWith('/publication'));
  });

  it('warns that a snapshot named in the URL but not approved is a preview', async () => {
    const id = 'a1b2c3d4-0000-4000-8000-000000000000';
    await open(`/publication?snapshot=${id}`);
    expectList().flush([SNAPSHOT_2020]);
    const view = aPublicationView();
    expectView(id, { lang: 'en' }).flush({
      ...view,
      snapshot: { ...view.snapshot, id, approval: null },
    });
    await settle();

    const snapshots = byTestId<HTMLSelectElement>('snapshot-select')!;
    expect(snapshots.value).toBe(id);
    expect(text(snapshots.options[0])).toBe(`Snapshot ${id} (not approved, or superseded)`);
    expect(text(byTestId('not-approved'))).toContain('must not be published');
  });

  it('says when restricted persons are left out and the figures can differ from the snapshot', async () => {
    await openNewest({ ...aPublicationView(), restrictedPersonsLeftOut: true });

    expect(text(byTestId('restricted-left-out'))).toContain(
      'Persons who asked to restrict the processing of their data are left out',
    );
  });

  it('reports a failure to load the figures, and tries again', async () => {
    await open('/publication');
    expectList().flush([SNAPSHOT_2020]);
    await settle();
    expectView(SNAPSHOT_2020_ID, { lang: 'en' }).flush(
      { code: 'snapshots.not_approved', message: 'Snapshot is not approved yet.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    const alert = root().querySelector('[role="alert"]')!;
    expect(text(alert)).toContain(
      'The publication figures could not be loaded. Snapshot is not approved yet.',
    );

    alert.querySelector('button')!.click();
    await settle();
    expectView(SNAPSHOT_2020_ID, { lang: 'en' }).flush(aPublicationView());
    await settle();
    // The export control's alert region stays in the DOM, empty.
    const alerts = Array.from(root().querySelectorAll('[role="alert"]'), (alert) => text(alert));
    expect(alerts.filter((said) => said !== '')).toEqual([]);
  });

  it('quotes each headline figure in Catalan, Spanish and English, each marked with its language', async () => {
    await openNewest();

    for (const language of ['ca', 'es', 'en']) {
      const quote = byTestId(`quote-users-${language}`)!;
      expect(quote.getAttribute('lang')).toBe(language);
    }
    expect(text(byTestId('quote-users-ca'))).toBe(
      'L’any 2020, 16 persones van participar en activitats d’aprenentatge digital, de les quals menys de 5 eren homes (dades a 15 de juny del 2024).',
    );
    expect(text(byTestId('quote-enrolments-es'))).toBe(
      'En 2020, se registraron 15 inscripciones en cursos (datos a 15 de junio de 2024).',
    );
    expect(text(byTestId('quote-completionRate-en'))).toContain('40.0% of the enrolments');
    expect(byTestId('copy-users-ca')!.getAttribute('aria-label')).toBe('Copy: Users, Catalan');
  });

  it('gives no completion-rate sentence when the base is under 10', async () => {
    await openNewest(
      aPublicationView({
        totals: { users: 9, enrolments: 8, completions: 4, completers: 4 },
        percentages: { completionRate: { kind: 'not-shown', reason: 'denominator-below-10' } },
      }),
    );

    expect(byTestId('quote-completionRate-en')).toBeNull();
    expect(text(byTestId('quote-completionRate-withheld'))).toContain(
      'a percentage is published only over a base of 10 or more',
    );
    expect(cells(byTestId('headline-figures'))).toContainEqual([
      'Completion rate',
      'Not shown: fewer than 10 enrolments',
    ]);
  });

  it('copies a sentence and announces it, or says how to copy it by hand', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openNewest();
    const status = byTestId('copy-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('');

    byTestId('copy-users-ca')!.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith(text(byTestId('quote-users-ca')));
    expect(text(status)).toBe('Copied: Users, Catalan.');

    writeText.mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
    byTestId('copy-enrolments-en')!.click();
    await settle();
    expect(text(status)).toBe(
      'The sentence could not be copied. Select it and copy it with the keyboard.',
    );
  });

  it('draws only published counts, names the hidden cells, and lists every cell in the table', async () => {
    await openNewest();

    const sex = breakdown('Sex');
    expect(sex.querySelector('[data-testid="bar-chart"]')!.getAttribute('data-bars')).toBe(
      'Non-binary:0|Unknown:5',
    );
    expect(text(sex.querySelector('[data-testid="hidden-cells"]'))).toBe(
      'Not drawn, because hidden: Women (c), Men (<5).',
    );
    const table = sex.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Users by sex, published values');
    // The mark is shown; what it means is read out instead.
    expect(cells(table)).toEqual([
      ['Women', 'c hidden to protect another count'],
      ['Men', '<5 hidden: fewer than 5'],
      ['Non-binary', '0'],
      ['Unknown', '5'],
    ]);
    expect(table.querySelector('td [aria-hidden="true"]')?.textContent?.trim()).toBe('c');
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(4);

    root()
      .querySelector<HTMLInputElement>('[data-testid="publication-figure-completions"]')!
      .click();
    await settle();
    const format = breakdown('Course format');
    expect(format.querySelector('[data-testid="bar-chart"]')!.getAttribute('data-bars')).toBe(
      'Instant course:0|Masterclass:0|Course:0|Unknown:0',
    );
    expect(text(format.querySelector('[data-testid="hidden-cells"]'))).toBe(
      'Not drawn, because hidden: MOOC (c), Uncatalogued (<5).',
    );
  });

  it('downloads a chart as a PNG named after the snapshot and the breakdown', async () => {
    const context = {
      measureText: (line: string) => ({ width: line.length * 7 }),
      fillRect: jest.fn(),
      fillText: jest.fn(),
      drawImage: jest.fn(),
    };
    jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const png = new Blob(['png'], { type: 'image/png' });
    jest
      .spyOn(HTMLCanvasElement.prototype, 'toBlob')
      .mockImplementation((callback) => callback(png));
    await openNewest();

    const age = breakdown('Age');
    const button = age.querySelector<HTMLButtonElement>('[data-testid="download-png"]')!;
    expect(button.getAttribute('aria-label')).toBe('Download PNG: Users by age');
    button.click();
    await settle();

    expect(save).toHaveBeenCalledWith(
      png,
      'fita-publication_2020-01-01_2020-12-31_0b6f2f0e_users-by-age-band_k5.png',
    );
    expect(context.drawImage).toHaveBeenCalledWith(
      age.querySelector('canvas'),
      expect.any(Number),
      expect.any(Number),
    );
    const drawn = context.fillText.mock.calls.map(([line]: [string]) => line).join(' ');
    expect(drawn).toContain('Users by age, Jan 1, 2020 – Dec 31, 2020');
    expect(drawn).toContain(
      'Not drawn, because hidden: Under 25 (<5), Over 54 (<5), Unknown (<5).',
    );
  });
});

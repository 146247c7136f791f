import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aSession, anAdminSession } from '../../../../../testing/api-fixtures';
import { failOnMissingTexts } from '../../../../../testing/missing-texts';
import {
  aQualityReport,
  anEmptyQualityReport,
  anUncataloguedActivity,
} from '../../../../../testing/quality-fixtures';
import { chartText, stubSeriesCharts } from '../../../../../testing/series-chart.stub';
import { type AuthSession } from '../../../../core/auth/auth-session.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { periodLabel } from '../../../../shared/figures/period-label';
import { formatCount, formatDateTime } from '../../../../shared/format/locale-format';
import { ReceivedPerMonthComponent } from '../../components/received-per-month.component';
import { QUALITY_ROUTES } from '../../quality.routes';

const COURSE = 'https://lms.example.org/courses/cloud-basics';

describe('QualityPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  // The route's own catalogues, so that a text the page needs but the route lacks fails here.
  failOnMissingTexts();

  function configure(session: AuthSession): void {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: 'quality', children: QUALITY_ROUTES }]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    stubSeriesCharts(ReceivedPerMonthComponent);
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  async function open(): Promise<void> {
    harness = await RouterTestingHarness.create('/quality');
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  async function flushReport(report = aQualityReport()): Promise<void> {
    backend.expectOne({ method: 'GET', url: '/api/quality' }).flush(report);
    await settle();
  }

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function all(testId: string): HTMLElement[] {
    return Array.from(root().querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function rows(testId: string): string[][] {
    return Array.from(byTestId(testId)?.querySelectorAll('tbody tr') ?? [], (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  function headers(testId: string): string[] {
    return Array.from(byTestId(testId)?.querySelectorAll('thead th') ?? [], (cell) => text(cell));
  }

  describe('for a manager', () => {
    beforeEach(() => configure(aSession()));

    it('titles the page and shows each count with what it counts', async () => {
      await open();
      await flushReport();

      expect(TestBed.inject(Title).getTitle()).toBe('Data quality · Fita');
      expect(root().querySelectorAll('h1')).toHaveLength(1);
      expect(text(root().querySelector('h1'))).toBe('Data quality');
      const card = (key: string) => {
        const element = byTestId(`summary-${key}`);
        return [
          text(element?.querySelector('h3') ?? null),
          text(element?.querySelector('[data-testid="summary-value"]') ?? null),
          text(element?.querySelector('.summary__counts') ?? null),
        ];
      };
      expect(card('received')).toEqual([
        'Statements received',
        formatCount(48_210),
        'Every statement the LRS has stored, whatever it says.',
      ]);
      expect(card('voided')).toEqual([
        'Statements voided',
        '12',
        'Statements withdrawn by a voiding statement: the figures leave them out.',
      ]);
      expect(card('rejected')).toEqual([
        'Rejected requests',
        '5',
        expect.stringContaining('A refused batch stores none of its statements'),
      ]);
      expect(card('groups')).toEqual([
        'Group actors skipped',
        '3',
        expect.stringContaining('actor is a group rather than a person'),
      ]);
      expect(card('persons')).toEqual([
        'Persons without demographics',
        '95',
        expect.stringContaining(
          'Registry persons with no demographic at all (20), and learners the registry does not list (75)',
        ),
      ]);
    });

    it('charts the statements received per month, with the same figures in a table', async () => {
      await open();
      await flushReport();

      const labels = ['2024-04', '2024-05', '2024-06'].map(periodLabel);
      expect(chartText(root())).toBe(
        `bar|${labels.join(',')}|Statementsreceived:30000,0,18210`.replace(/\s+/g, ''),
      );
      expect(byTestId('chart-stub')?.getAttribute('aria-label')).toContain('Bar chart');
      expect(text(byTestId('received-table')?.querySelector('caption') ?? null)).toBe(
        'Statements received per month',
      );
      expect(rows('received-table')).toEqual([
        [labels[0], formatCount(30_000)],
        [labels[1], '0'],
        [labels[2], formatCount(18_210)],
      ]);
      const toggle = root().querySelector<HTMLButtonElement>('[aria-controls="received-table"]')!;
      expect(text(toggle)).toBe('Show the table');
      toggle.click();
      await settle();
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      expect(text(toggle)).toBe('Hide the table');
    });

    it('lists the rejections by reason and the latest ones, explaining the codes it knows', async () => {
      await open();
      await flushReport();

      expect(headers('rejections-by-reason')).toEqual(['Reason', 'Requests', 'Last refused']);
      expect(rows('rejections-by-reason')).toEqual([
        [
          'xapi.invalid_statementA statement breaks the xAPI rules.',
          '4',
          formatDateTime('2024-06-14T09:05:00.000Z'),
        ],
        ['lrs.something_new', '1', formatDateTime('2024-06-01T08:00:00.000Z')],
      ]);
      expect(rows('latest-rejections')).toEqual([
        [
          formatDateTime('2024-06-14T09:05:00.000Z'),
          'xapi.invalid_statement',
          '$[1].actor.mbox: mbox.mailto',
          'moodle-prod',
        ],
      ]);
    });

    it('shows which registry columns are missing, and the learners the registry lacks', async () => {
      await open();
      await flushReport();

      const totals = Array.from(
        byTestId('persons-totals')?.querySelectorAll('dt, dd') ?? [],
        (element) => text(element),
      );
      expect(totals).toEqual([
        'Persons in the registry',
        formatCount(1_500),
        'Learners with counted activity whom the registry does not list',
        '75',
      ]);
      expect(rows('missing-demographics')).toEqual([
        ['None at all', '20'],
        ['Sex', '40'],
        ['Birth year', '35'],
        ['Education level', '300'],
        ['Employment status', '250'],
        ['Municipality', '0'],
      ]);
    });

    it('lists the uncatalogued activities without a way to classify them', async () => {
      await open();
      await flushReport();

      expect(text(byTestId('uncatalogued-activities')?.closest('section') ?? null)).toContain(
        'The 100 most used are listed.',
      );
      expect(headers('uncatalogued-activities')).toEqual(['Activity id', 'Name', 'Statements']);
      expect(rows('uncatalogued-activities')).toEqual([
        [COURSE, 'Cloud basics http://adlnet.gov/expapi/activities/course', formatCount(1_200)],
        ['https://lms.example.org/courses/x', '—', '3'],
      ]);
      expect(all('classify-toggle')).toEqual([]);
      expect(text(root())).not.toContain('Classify an activity');
    });

    it('says so when there is nothing to report', async () => {
      await open();
      await flushReport(anEmptyQualityReport());

      expect(text(byTestId('received-empty'))).toBe('No statements received yet.');
      expect(byTestId('chart-stub')).toBeNull();
      expect(text(byTestId('rejections-empty'))).toBe('No rejected statements.');
      expect(byTestId('latest-rejections')).toBeNull();
      expect(text(byTestId('persons-empty'))).toContain('The learner registry is empty');
      expect(text(byTestId('uncatalogued-empty'))).toBe(
        'Every activity statements mention is in the catalogue.',
      );
    });

    it('says when every registry person has every demographic', async () => {
      await open();
      const report = aQualityReport();
      await flushReport({
        ...report,
        persons: {
          ...report.persons,
          registeredWithoutAny: 0,
          missing: { sex: 0, birthYear: 0, iscedLevel: 0, employmentStatus: 0, municipality: 0 },
        },
      });

      expect(text(byTestId('persons-complete'))).toBe(
        'Every registry person has every demographic.',
      );
      expect(byTestId('missing-demographics')).toBeNull();
    });

    it('explains a failed load and tries again', async () => {
      await open();
      expect(text(root())).toContain('Loading…');
      backend
        .expectOne('/api/quality')
        .flush(
          { code: 'internal', message: 'Database down.' },
          { status: 500, statusText: 'Error' },
        );
      await settle();

      const alert = root().querySelector('[role="alert"]');
      expect(text(alert)).toContain('The data quality report could not be loaded. Database down.');
      alert!.querySelector<HTMLButtonElement>('button')!.click();
      await flushReport();
      expect(root().querySelector('[role="alert"] .error-box')).toBeNull();
      expect(byTestId('summary-received')).not.toBeNull();
    });
  });

  describe('for an admin', () => {
    beforeEach(() => configure(anAdminSession()));

    async function openForm(index = 0): Promise<HTMLElement> {
      await open();
      await flushReport();
      const toggle = all('classify-toggle')[index];
      toggle.click();
      await settle();
      return toggle;
    }

    function field<T extends HTMLElement = HTMLInputElement>(name: string): T {
      return byTestId<T>(`classify-${name}`)!;
    }

    function type(name: string, value: string): void {
      const input = field<HTMLInputElement | HTMLSelectElement>(name);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    }

    async function submit(): Promise<void> {
      field<HTMLButtonElement>('submit').click();
      await settle();
    }

    it('opens a labelled form under the row, with the id and the name filled in', async () => {
      const toggle = await openForm();

      expect(headers('uncatalogued-activities')).toEqual([
        'Activity id',
        'Name',
        'Statements',
        'Action',
      ]);
      expect(toggle.getAttribute('aria-label')).toBe(`Classify ${COURSE}`);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const form = root().querySelector(`#${toggle.getAttribute('aria-controls')}`);
      expect(form?.querySelector('fita-classify-form')).not.toBeNull();
      expect(text(form?.querySelector('legend') ?? null)).toBe(`Catalogue entry for ${COURSE}`);
      expect(field('activity-id').value).toBe(COURSE);
      expect(field('title').value).toBe('Cloud basics');
      const inputs = root().querySelectorAll('fita-classify-form input, fita-classify-form select');
      expect(inputs).toHaveLength(6);
      for (const input of Array.from(inputs)) {
        expect(root().querySelector(`label[for="${input.id}"]`)).not.toBeNull();
      }
      expect(
        Array.from(field<HTMLSelectElement>('format').options, (option) => text(option)),
      ).toEqual(['Choose one', 'MOOC', 'Instant course', 'Masterclass', 'Course']);
      expect(document.activeElement).toBe(field('format'));
    });

    it('names what is missing and sends nothing', async () => {
      await openForm(1);
      expect(field('title').value).toBe('');
      await submit();

      expect(text(root().querySelector('fita-classify-form'))).toContain('Title is required.');
      expect(text(root().querySelector('fita-classify-form'))).toContain(
        'Course format is required.',
      );
      expect(text(root().querySelector('fita-classify-form'))).toContain('Mode is required.');
      expect(field('title').getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(field('title'));
      backend.expectNone('/api/courses');
    });

    it("shows the API's field errors, then adds the course and removes its row", async () => {
      await openForm();
      type('format', 'mooc');
      type('mode', 'async');
      type('programme', ' cibernarium ');
      type('tags', 'Bad Tag');
      await submit();

      const refused = backend.expectOne({ method: 'POST', url: '/api/courses' });
      expect(refused.request.body).toEqual({
        activityId: COURSE,
        title: 'Cloud basics',
        format: 'mooc',
        mode: 'async',
        programme: 'cibernarium',
        tags: ['Bad Tag'],
      });
      refused.flush(
        {
          code: 'courses.invalid_course',
          message: 'Invalid course: tags "Bad Tag" is not a tag',
          details: [{ field: 'tags', message: '"Bad Tag" is not a tag' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();
      expect(text(byTestId('classify-error'))).toBe(
        'The course was not added: check the fields marked below.',
      );
      expect(text(root().querySelector('fita-classify-form'))).toContain(
        'Tags (optional): "Bad Tag" is not a tag',
      );
      expect(field('tags').getAttribute('aria-invalid')).toBe('true');

      type('tags', 'digital-skills');
      await submit();
      const accepted = backend.expectOne({ method: 'POST', url: '/api/courses' });
      expect(accepted.request.body).toMatchObject({ tags: ['digital-skills'] });
      accepted.flush(
        {
          activityId: COURSE,
          title: 'Cloud basics',
          format: 'mooc',
          mode: 'async',
          programme: 'cibernarium',
          tags: ['digital-skills'],
        },
        { status: 201, statusText: 'Created' },
      );
      await settle();

      expect(rows('uncatalogued-activities').map((row) => row[0])).toEqual([
        'https://lms.example.org/courses/x',
      ]);
      const added = byTestId('classify-added');
      expect(text(added)).toBe('“Cloud basics” was added to the catalogue.');
      expect(added?.closest('[role="status"]')).not.toBeNull();
      expect(document.activeElement).toBe(added);
    });

    it('explains a refusal without field errors, such as a course already catalogued', async () => {
      await openForm();
      type('format', 'course');
      type('mode', 'sync');
      await submit();
      backend.expectOne('/api/courses').flush(
        {
          code: 'courses.already_catalogued',
          message: `${COURSE} is already in the catalogue; change it with a catalogue import.`,
        },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      expect(text(byTestId('classify-error'))).toBe(
        `The course was not added. ${COURSE} is already in the catalogue; change it with a catalogue import.`,
      );
      expect(rows('uncatalogued-activities')).toHaveLength(3);
    });

    it('closes the form on cancel and gives the focus back to its button', async () => {
      const toggle = await openForm();
      field<HTMLButtonElement>('cancel').click();
      await settle();

      expect(root().querySelector('fita-classify-form')).toBeNull();
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(toggle.hasAttribute('aria-controls')).toBe(false);
      expect(document.activeElement).toBe(toggle);
    });

    it('lists an activity without a name for classifying too', async () => {
      await open();
      await flushReport(
        aQualityReport({
          uncatalogued: { activities: [anUncataloguedActivity({ name: null })], limit: 100 },
        }),
      );
      expect(all('classify-toggle')).toHaveLength(1);
      expect(text(root())).toContain('Classify an activity to add it to the catalogue');
    });
  });
});

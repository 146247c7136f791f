import { HttpEventType, provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { anAdminSession } from '../../../../../testing/api-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { formatRate } from '../../../../shared/format/figure-format';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { IMPORTS_MESSAGES } from '../../imports.messages';
import { ImportsPage } from './imports.page';

const LEARNERS_RESULT = {
  applied: 1234,
  personsCreated: 1000,
  personsUpdated: 200,
  identifiersAdded: 1500,
  identifiersReassigned: 3,
  identifiersRemoved: 1,
};

describe('ImportsPage', () => {
  let fixture: ComponentFixture<ImportsPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(anAdminSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMessages(SHARED_MESSAGES, IMPORTS_MESSAGES),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportsPage);
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  function render(): void {
    fixture.detectChanges();
  }

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function flushHoldings(persons = 10): void {
    backend.expectOne('/api/learners/summary').flush({
      persons,
      identifiers: persons * 2,
      withoutDemographics: 1,
    });
    backend.expectOne('/api/courses').flush([]);
    backend
      .expectOne((r) => r.url === '/api/courses/uncatalogued' && r.params.get('limit') === '100')
      .flush([
        {
          activityId: 'https://lms.example.org/courses/cloud-basics',
          name: { ca: 'Fonaments del núvol', 'en-US': 'Cloud basics' },
          type: 'http://adlnet.gov/expapi/activities/course',
          statements: 1200,
        },
        { activityId: 'https://lms.example.org/courses/x', name: null, type: null, statements: 3 },
      ]);
    render();
  }

  function chooseAndImport(name: 'learners' | 'courses', file: File): TestRequest {
    const input = byTestId<HTMLInputElement>(`${name}-import-file`)!;
    Object.defineProperty(input, 'files', {
      value: { 0: file, length: 1, item: (index: number) => (index === 0 ? file : null) },
    });
    input.dispatchEvent(new Event('change'));
    render();
    byTestId<HTMLButtonElement>(`${name}-import-submit`)!.click();
    render();
    return backend.expectOne(`/api/${name}/import`);
  }

  function cellsOf(table: HTMLElement): string[][] {
    return Array.from(table.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  const csv = () => new File(['person_id,email\n'], 'registry.csv', { type: 'text/csv' });

  it('labels the file pickers and lists the columns of each file', () => {
    flushHoldings();

    const learnersInput = byTestId<HTMLInputElement>('learners-import-file')!;
    expect(learnersInput.accept).toContain('.csv');
    expect(learnersInput.accept).toContain('.xlsx');
    expect(root().querySelector(`label[for="${learnersInput.id}"]`)?.textContent).toContain(
      'File to import',
    );
    const columnsOf = (format: Element | null) =>
      Array.from(format?.querySelectorAll('code') ?? [], (code) => text(code));
    const format = root().querySelector(`#${learnersInput.getAttribute('aria-describedby')}`);
    expect(text(format)).toContain('A CSV (UTF-8) or Excel (.xlsx) file');
    expect(columnsOf(format)).toEqual([
      'person_id',
      'email',
      'account_home_page',
      'account_name',
      'sex',
      'birth_year',
      'isced_level',
      'employment_status',
      'municipality',
      'district',
    ]);
    expect(columnsOf(root().querySelector('#courses-import-format'))).toEqual([
      'activity_id',
      'title',
      'format',
      'mode',
      'programme',
      'tags',
    ]);
    expect(byTestId<HTMLButtonElement>('learners-import-submit')!.disabled).toBe(true);
  });

  it('uploads the file as multipart with the token, shows its progress, then what was applied', () => {
    flushHoldings();
    const file = csv();

    const request = chooseAndImport('learners', file);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request.request.reportProgress).toBe(true);
    const sent = (request.request.body as FormData).get('file') as File;
    expect([sent.name, sent.size]).toEqual(['registry.csv', file.size]);

    request.event({ type: HttpEventType.Sent });
    request.event({ type: HttpEventType.UploadProgress, loaded: 400, total: 1000 });
    render();
    const progress = byTestId('learners-import-progress')!;
    expect(progress.getAttribute('role')).toBe('progressbar');
    expect(progress.getAttribute('aria-valuenow')).toBe('40');
    expect(text()).toContain(`Uploading… ${formatRate(0.4)}`);
    expect(byTestId('learners-import-submit')!.getAttribute('aria-disabled')).toBe('true');

    request.event({ type: HttpEventType.UploadProgress, loaded: 1000, total: 1000 });
    render();
    expect(byTestId('learners-import-progress')).toBeNull();
    expect(byTestId('learners-import-checking')?.getAttribute('aria-valuenow')).toBeNull();
    expect(text()).toContain('Checking and applying…');

    request.flush(LEARNERS_RESULT);
    render();
    expect(text(byTestId('learners-import-applied-count'))).toBe(
      new Intl.NumberFormat().format(1234),
    );
    const counts = Array.from(
      byTestId('learners-import-applied')!.querySelectorAll('dt'),
      (term) => [text(term), text(term.nextElementSibling)],
    );
    expect(counts).toEqual([
      ['Persons created', new Intl.NumberFormat().format(1000)],
      ['Persons updated', '200'],
      ['Identifiers added', new Intl.NumberFormat().format(1500)],
      ['Identifiers moved to another person', '3'],
      ['Identifiers removed', '1'],
    ]);

    // The registry summary is reloaded, keeping the old figures meanwhile.
    backend
      .expectOne('/api/learners/summary')
      .flush({ persons: 1010, identifiers: 2520, withoutDemographics: 1 });
    render();
    expect(text(byTestId('registry-persons'))).toBe(new Intl.NumberFormat().format(1010));
  });

  it('shows the errors of a refused file, says nothing was applied and how many are listed', () => {
    flushHoldings();

    chooseAndImport('courses', csv()).flush(
      {
        code: 'import.invalid_file',
        message: 'The course catalogue has 1500 errors (the first 2 listed); nothing was applied.',
        errors: [
          {
            row: 2,
            column: 'format',
            message: 'must be one of: mooc, instant, masterclass, course',
          },
          { row: 7, column: 'activity_id', message: 'is required' },
        ],
        errorCount: 1500,
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    render();

    const alert = byTestId('courses-import-rejected')!.closest('[role="alert"]');
    expect(text(alert)).toContain('Nothing was applied');
    expect(text(alert)).toContain(
      `${new Intl.NumberFormat().format(1500)} errors, first 2 listed.`,
    );
    const table = byTestId('courses-import-errors')!;
    expect(Array.from(table.querySelectorAll('th'), (th) => text(th))).toEqual([
      'Row',
      'Column',
      'Problem',
    ]);
    expect(cellsOf(table)).toEqual([
      ['2', 'format', 'must be one of: mooc, instant, masterclass, course'],
      ['7', 'activity_id', 'is required'],
    ]);
    expect(byTestId('courses-import-applied')).toBeNull();
  });

  it('does not claim that more errors exist when all are listed', () => {
    flushHoldings();

    chooseAndImport('courses', csv()).flush(
      {
        code: 'import.invalid_file',
        message: 'x',
        errors: [{ row: 1, column: 'title', message: 'is missing from the header' }],
        errorCount: 1,
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    render();

    expect(text(byTestId('courses-import-rejected'))).toContain('the file has 1 error.');
    expect(text(byTestId('courses-import-rejected'))).not.toContain('listed');
  });

  it.each([
    [413, 'The file is larger than the import limit of 500 MB (FITA_MAX_IMPORT_MB).'],
    [400, 'Send the file as multipart/form-data in the field "file".'],
  ])('shows the message of a %s', (status, message) => {
    flushHoldings();

    chooseAndImport('learners', csv()).flush(
      { code: 'import.x', message },
      { status, statusText: 'Error' },
    );
    render();

    const failed = byTestId('learners-import-failed')!;
    expect(failed.closest('[role="alert"]')).not.toBeNull();
    expect(text(failed)).toBe(`The file was not imported. ${message}`);
  });

  it('after a catalogue import reloads the catalogue and the activities it lacks', () => {
    flushHoldings();

    chooseAndImport('courses', csv()).flush({ applied: 2, coursesCreated: 2, coursesUpdated: 0 });
    render();

    backend.expectOne('/api/courses').flush([]);
    backend.expectOne((r) => r.url === '/api/courses/uncatalogued').flush([]);
    render();
    expect(text(byTestId('courses-import-applied'))).toContain('Imported 2 rows.');
    expect(text()).toContain('Every activity statements mention is in the catalogue.');
  });

  it('lists uncatalogued activities with their name in the browser language, else the first', () => {
    flushHoldings();

    // jsdom's browser language is en-US.
    expect(cellsOf(byTestId('uncatalogued-activities')!)).toEqual([
      [
        'https://lms.example.org/courses/cloud-basics',
        'Cloud basics http://adlnet.gov/expapi/activities/course',
        new Intl.NumberFormat().format(1200),
      ],
      ['https://lms.example.org/courses/x', '—', '3'],
    ]);
    expect(text(byTestId('uncatalogued-activities')!.querySelector('caption'))).toBe(
      'Activities missing from the catalogue, the most used first',
    );
    expect(text()).toContain('The catalogue holds 0 courses.');
  });

  it('says when the registry summary cannot be loaded, and retries', () => {
    backend
      .expectOne('/api/learners/summary')
      .flush({ code: 'http.403', message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    backend.expectOne('/api/courses').flush([]);
    backend.expectOne('/api/courses/uncatalogued?limit=100').flush([]);
    render();

    const alert = root().querySelector('fita-registry-summary-card [role="alert"]')!;
    expect(text(alert)).toContain('The registry summary could not be loaded. Forbidden');
    alert.querySelector('button')!.click();
    backend
      .expectOne('/api/learners/summary')
      .flush({ persons: 0, identifiers: 0, withoutDemographics: 0 });
    render();
    expect(text()).toContain('The registry is empty');
  });
});

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  anAdminSession,
  anOperation,
  anOperationSummary,
} from '../../../../../testing/api-fixtures';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import { OperationsPage } from './operations.page';

@Component({ template: 'Operation detail' })
class DetailStubPage {}

const CATALOGUE = [
  {
    code: 'E024',
    type: 'output',
    names: { ca: 'Participants', es: 'Participantes', en: 'Participants in training' },
    unit: 'persons',
    aggregationRule: 'cumulative_distinct',
    notes: null,
  },
];

const NEW_OPERATION = {
  code: 'BCN-2024',
  name: 'Digital skills 2024',
  programmeCci: '2021es16rfpr002',
  programmeTitle: 'Programa FEDER de Catalunya 2021-2027',
  fund: 'ERDF',
  priorityAxis: 'P1',
  specificObjective: 'RSO1.2',
  beneficiary: 'Barcelona Activa SAU SPM',
  startDate: '2024-01-01',
  endDate: '2027-12-31',
};

describe('OperationsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(anAdminSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'admin/operations', component: OperationsPage },
          { path: 'admin/operations/:id', component: DetailStubPage },
        ]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/admin/operations');
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null = root()): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function cellsOf(table: Element): string[][] {
    return Array.from(table.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
    );
  }

  function load(operations = [anOperationSummary()]): void {
    backend.expectOne('/api/operations').flush(operations);
    backend.expectOne('/api/indicator-catalogue').flush(CATALOGUE);
    harness.detectChanges();
  }

  function openForm(): void {
    byTestId<HTMLButtonElement>('new-operation')!.click();
    harness.detectChanges();
  }

  function fill(values: Record<string, string>): void {
    for (const [field, value] of Object.entries(values)) {
      const control = byTestId<HTMLInputElement | HTMLSelectElement>(`new-operation-${field}`)!;
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    }
  }

  function submit(): void {
    byTestId<HTMLButtonElement>('new-operation-submit')!.click();
    harness.detectChanges();
  }

  function errorOf(field: string): string | null {
    const input = byTestId(`new-operation-${field}`)!;
    if (input.getAttribute('aria-invalid') !== 'true') return null;
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    const errorId = ids.find((id) => id.endsWith('-error'));
    return errorId ? text(root().querySelector(`#${errorId}`)) : null;
  }

  it('lists the operations, linking each to its page, and the indicator catalogue', () => {
    load();

    const [row] = cellsOf(byTestId('operations')!);
    expect(row?.slice(0, 4)).toEqual([
      'BCN-CIBERNARIUM-2017',
      'Cibernàrium: digital skills for citizens and businesses',
      'ERDF',
      '2014ES16RFOP011',
    ]);
    expect(root().querySelector('[data-testid="operations"] a')?.getAttribute('href')).toBe(
      '/admin/operations/6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11',
    );
    expect(cellsOf(byTestId('indicator-catalogue')!)).toEqual([
      [
        'E024',
        'Output',
        'Participants in training',
        'persons',
        'Distinct persons since the start',
        '—',
      ],
    ]);
  });

  it('says when there is no operation yet', () => {
    load([]);

    expect(text()).toContain('No operations yet.');
  });

  it('shows a failed list with a way to try again', () => {
    backend
      .expectOne('/api/operations')
      .flush({ code: 'x', message: 'Database down.' }, { status: 503, statusText: 'Unavailable' });
    backend.expectOne('/api/indicator-catalogue').flush(CATALOGUE);
    harness.detectChanges();

    const alert = root().querySelector('[role="alert"]')!;
    expect(text(alert)).toContain('The operations could not be loaded. Database down.');
    alert.querySelector('button')!.click();
    backend.expectOne('/api/operations').flush([]);
    harness.detectChanges();
    expect(text()).toContain('No operations yet.');
  });

  it('labels every field of the creation form', () => {
    load();
    openForm();

    const controls = root().querySelectorAll<HTMLElement>('form input, form select');
    expect(controls.length).toBe(10);
    for (const control of Array.from(controls)) {
      expect(text(root().querySelector(`label[for="${control.id}"]`))).not.toBe('');
    }
  });

  it('marks missing fields without calling the API', () => {
    load();
    openForm();

    submit();

    expect(errorOf('code')).toBe('Code is required.');
    expect(errorOf('endDate')).toBe('End date is required.');
    expect(document.activeElement).toBe(byTestId('new-operation-code'));
    backend.expectNone('/api/operations');
  });

  it('shows the problems the API finds next to their fields', () => {
    load();
    openForm();
    fill({ ...NEW_OPERATION, programmeCci: 'nope', endDate: '2023-12-31' });

    submit();
    backend.expectOne({ method: 'POST', url: '/api/operations' }).flush(
      {
        code: 'request.invalid',
        message: 'Invalid operation: programmeCci must be…; endDate must be on or after startDate',
        details: [
          {
            field: 'programmeCci',
            message: 'must be a programme CCI of 15 characters, such as 2014ES16RFOP011',
          },
          { field: 'endDate', message: 'must be on or after startDate' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();

    expect(errorOf('programmeCci')).toBe(
      'Programme CCI must be a programme CCI of 15 characters, such as 2014ES16RFOP011.',
    );
    expect(errorOf('endDate')).toBe('End date must be on or after startDate.');
    expect(errorOf('code')).toBeNull();
    expect(text(byTestId('new-operation-error'))).toBe(
      'The operation was not saved: check the fields marked below.',
    );
  });

  it('shows a code already in use next to the code', () => {
    load();
    openForm();
    fill(NEW_OPERATION);

    submit();
    backend.expectOne({ method: 'POST', url: '/api/operations' }).flush(
      {
        code: 'operations.code_taken',
        message: 'An operation with code "BCN-2024" already exists.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    harness.detectChanges();

    expect(errorOf('code')).toBe('Code is already used by another operation.');
  });

  it('creates the operation and opens it', async () => {
    load();
    openForm();
    fill(NEW_OPERATION);

    submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/operations' });
    expect(request.request.body).toEqual({ ...NEW_OPERATION, programmeCci: '2021ES16RFPR002' });
    request.flush(anOperation({ id: 'new-id', code: 'BCN-2024' }));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/operations/new-id');
  });
});

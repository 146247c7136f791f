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
import { READ_ONLY_ROLES, aSessionAs } from '../../../../../testing/operations-fixtures';
import { type IndicatorDefinition } from '../../../../core/api/operations.model';
import { type AuthSession } from '../../../../core/auth/auth-session.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import { OPERATIONS_MESSAGES } from '../../operations.messages';
import { OperationsPage } from './operations.page';

@Component({ template: 'Operation detail' })
class DetailStubPage {}

const E024: IndicatorDefinition = {
  code: 'E024',
  type: 'output',
  names: { ca: 'Participants', es: 'Participantes', en: 'Participants in training' },
  unit: 'persons',
  aggregationRule: 'cumulative_distinct',
  notes: null,
};
const CATALOGUE = [E024];

const NEW_INDICATOR = {
  code: ' rco15 ',
  type: 'result',
  nameCa: 'Municipis amb serveis digitals',
  nameEs: 'Municipios con servicios digitales',
  nameEn: 'Municipalities with digital services',
  unit: 'municipalities',
  aggregationRule: 'annual_distinct',
};

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

let harness: RouterTestingHarness;
let backend: HttpTestingController;

async function openPage(session: AuthSession): Promise<void> {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'operations', component: OperationsPage },
        { path: 'operations/:id', component: DetailStubPage },
      ]),
      provideMessages(SHARED_MESSAGES, OPERATIONS_MESSAGES),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
    ],
  });
  backend = TestBed.inject(HttpTestingController);
  harness = await RouterTestingHarness.create('/operations');
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

function cellsOf(table: Element): string[][] {
  return Array.from(table.querySelectorAll('tbody tr'), (row) =>
    Array.from(row.querySelectorAll('th, td'), (cell) => text(cell)),
  );
}

function load(operations = [anOperationSummary()], catalogue = CATALOGUE): void {
  backend.expectOne('/api/operations').flush(operations);
  backend.expectOne('/api/indicator-catalogue').flush(catalogue);
  harness.detectChanges();
}

afterEach(() => {
  backend.verify();
  sessionStorage.clear();
});

describe('OperationsPage', () => {
  beforeEach(() => openPage(anAdminSession()));

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

  function fillIndicator(prefix: string, values: Record<string, string>): void {
    for (const [field, value] of Object.entries(values)) {
      const control = byTestId<HTMLInputElement | HTMLSelectElement>(`${prefix}-${field}`)!;
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
    }
  }

  function click(testId: string): void {
    byTestId<HTMLButtonElement>(testId)!.click();
    harness.detectChanges();
  }

  function errorOf(field: string, prefix = 'new-operation'): string | null {
    const input = byTestId(`${prefix}-${field}`)!;
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
      '/operations/6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11',
    );
    expect(cellsOf(byTestId('indicator-catalogue')!)).toEqual([
      [
        'E024',
        'Output',
        'Participants in training',
        'persons',
        'Distinct persons since the start',
        '—',
        'Edit indicator E024',
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

    const controls = root().querySelectorAll<HTMLElement>('form input, form select, form textarea');
    // The identification's ten fields, then the retention date and its legal basis.
    expect(controls.length).toBe(12);
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

    expect(TestBed.inject(Router).url).toBe('/operations/new-id');
  });

  it('creates an operation with its retention period when one is given', () => {
    load();
    openForm();
    fill({
      ...NEW_OPERATION,
      retentionUntil: '2033-12-31',
      legalBasis: 'Regulation (EU) 2021/1060, art. 82',
    });

    submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/operations' });
    expect(request.request.body).toEqual({
      ...NEW_OPERATION,
      programmeCci: '2021ES16RFPR002',
      retentionUntil: '2033-12-31',
      legalBasis: 'Regulation (EU) 2021/1060, art. 82',
    });
    request.flush(anOperation({ id: 'new-id', code: 'BCN-2024' }));
  });

  describe('indicator catalogue', () => {
    it('adds an indicator, its code in capitals and without notes, and lists it', () => {
      load();
      click('new-indicator');
      expect(document.activeElement).toBe(byTestId('new-indicator-code'));
      fillIndicator('new-indicator', NEW_INDICATOR);

      click('new-indicator-submit');
      const request = backend.expectOne({ method: 'POST', url: '/api/indicator-catalogue' });
      const created: IndicatorDefinition = {
        code: 'RCO15',
        type: 'result',
        names: {
          ca: 'Municipis amb serveis digitals',
          es: 'Municipios con servicios digitales',
          en: 'Municipalities with digital services',
        },
        unit: 'municipalities',
        aggregationRule: 'annual_distinct',
        notes: null,
      };
      expect(request.request.body).toEqual(created);
      request.flush(created);
      harness.detectChanges();

      expect(cellsOf(byTestId('indicator-catalogue')!).map((row) => row[0])).toEqual([
        'E024',
        'RCO15',
      ]);
      expect(cellsOf(byTestId('indicator-catalogue')!)[1]).toContain('Distinct persons per year');
      expect(byTestId('new-indicator-submit')).toBeNull();
      expect(text(root().querySelector('[role="status"]'))).toBe('Indicator RCO15 saved.');
    });

    it('labels every field of the indicator form', () => {
      load();
      click('new-indicator');

      const controls = root().querySelectorAll<HTMLElement>(
        '#indicator-editor input, #indicator-editor select, #indicator-editor textarea',
      );
      expect(controls.length).toBe(8);
      for (const control of Array.from(controls)) {
        expect(text(root().querySelector(`label[for="${control.id}"]`))).not.toBe('');
      }
    });

    it('marks missing fields and a code the API would refuse, without calling it', () => {
      load();
      click('new-indicator');

      click('new-indicator-submit');
      expect(errorOf('code', 'new-indicator')).toBe('Code is required.');
      expect(errorOf('nameEn', 'new-indicator')).toBe('Name in English is required.');
      expect(errorOf('unit', 'new-indicator')).toBe('Unit is required.');

      fillIndicator('new-indicator', { ...NEW_INDICATOR, code: 'RCO 15' });
      click('new-indicator-submit');
      expect(errorOf('code', 'new-indicator')).toBe(
        'Code must be capital letters, digits and . _ - without spaces, such as RCO14.',
      );
      expect(errorOf('nameEn', 'new-indicator')).toBeNull();
      backend.expectNone('/api/indicator-catalogue');
    });

    it('shows the problems the API finds next to their fields', () => {
      load();
      click('new-indicator');
      fillIndicator('new-indicator', NEW_INDICATOR);

      click('new-indicator-submit');
      backend.expectOne({ method: 'POST', url: '/api/indicator-catalogue' }).flush(
        {
          code: 'request.invalid',
          message: 'Invalid indicator: names.en has at most 300 characters; unit is required',
          details: [
            { field: 'names.en', message: 'has at most 300 characters' },
            { field: 'unit', message: 'is required' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      harness.detectChanges();

      expect(errorOf('nameEn', 'new-indicator')).toBe(
        'Name in English has at most 300 characters.',
      );
      expect(errorOf('unit', 'new-indicator')).toBe('Unit is required.');
      expect(text(byTestId('new-indicator-error'))).toBe(
        'The indicator was not saved: check the fields marked below.',
      );
    });

    it('shows a code already in the catalogue next to the code', () => {
      load();
      click('new-indicator');
      fillIndicator('new-indicator', { ...NEW_INDICATOR, code: 'E024' });

      click('new-indicator-submit');
      backend.expectOne({ method: 'POST', url: '/api/indicator-catalogue' }).flush(
        {
          code: 'indicator_catalogue.code_taken',
          message: 'The catalogue already has an indicator with code "E024".',
        },
        { status: 409, statusText: 'Conflict' },
      );
      harness.detectChanges();

      expect(errorOf('code', 'new-indicator')).toBe('Code is already in the catalogue.');
      expect(byTestId('new-indicator-error')!.closest('[role="alert"]')).not.toBeNull();
    });

    it('edits an indicator, sending only what changed, and never its code', () => {
      load([anOperationSummary()]);
      click('edit-indicator-E024');
      expect(byTestId('edit-indicator-code')).toBeNull();
      expect(byTestId<HTMLInputElement>('edit-indicator-nameEn')!.value).toBe(
        'Participants in training',
      );
      fillIndicator('edit-indicator', {
        nameEn: 'Participants in digital training',
        notes: 'Spain, ERDF 2014-2020',
      });

      click('edit-indicator-submit');
      const request = backend.expectOne({
        method: 'PATCH',
        url: '/api/indicator-catalogue/E024',
      });
      expect(request.request.body).toEqual({
        names: { en: 'Participants in digital training' },
        notes: 'Spain, ERDF 2014-2020',
      });
      request.flush({
        ...E024,
        names: { ...E024.names, en: 'Participants in digital training' },
        notes: 'Spain, ERDF 2014-2020',
      });
      harness.detectChanges();

      expect(cellsOf(byTestId('indicator-catalogue')!)[0]).toEqual([
        'E024',
        'Output',
        'Participants in digital training',
        'persons',
        'Distinct persons since the start',
        'Spain, ERDF 2014-2020',
        'Edit indicator E024',
      ]);
      expect(text()).toContain('Indicator E024 saved.');
    });

    it('closes the form without a request when nothing changed', () => {
      load();
      click('edit-indicator-E024');

      click('edit-indicator-submit');

      expect(byTestId('edit-indicator-submit')).toBeNull();
      backend.expectNone('/api/indicator-catalogue/E024');
    });

    it('says why a rule must stay manual once values were entered by hand', () => {
      const manual = { ...E024, code: 'RCO14', aggregationRule: 'manual' as const };
      backend.expectOne('/api/operations').flush([]);
      backend.expectOne('/api/indicator-catalogue').flush([manual]);
      harness.detectChanges();
      click('edit-indicator-RCO14');
      fillIndicator('edit-indicator', { aggregationRule: 'annual_distinct' });

      click('edit-indicator-submit');
      const request = backend.expectOne({
        method: 'PATCH',
        url: '/api/indicator-catalogue/RCO14',
      });
      expect(request.request.body).toEqual({ aggregationRule: 'annual_distinct' });
      request.flush(
        {
          code: 'indicator_catalogue.manual_values_exist',
          message: 'RCO14 has 2 value(s) entered by hand; its rule cannot stop being manual.',
        },
        { status: 409, statusText: 'Conflict' },
      );
      harness.detectChanges();

      expect(errorOf('aggregationRule', 'edit-indicator')).toBe(
        'Computed as must stay “Entered by hand”: RCO14 has 2 value(s) entered by hand; ' +
          'its rule cannot stop being manual.',
      );
      expect(text(byTestId('edit-indicator-error'))).toBe(
        'The indicator was not saved: check the fields marked below.',
      );
    });

    it('shows a catalogue that failed to load with a way to try again', () => {
      backend.expectOne('/api/operations').flush([]);
      backend
        .expectOne('/api/indicator-catalogue')
        .flush(
          { code: 'x', message: 'Database down.' },
          { status: 503, statusText: 'Unavailable' },
        );
      harness.detectChanges();

      const alert = root().querySelector('[role="alert"]')!;
      expect(text(alert)).toContain('The indicator catalogue could not be loaded. Database down.');
      expect(byTestId('new-indicator')).toBeNull();
      alert.querySelector('button')!.click();
      backend.expectOne('/api/indicator-catalogue').flush([]);
      harness.detectChanges();
      expect(text()).toContain('The catalogue is empty. Add the first indicator');
    });
  });
});

describe.each(READ_ONLY_ROLES)('OperationsPage, read only for the %s role', (role) => {
  beforeEach(() => openPage(aSessionAs(role)));

  it('lists the operations and the catalogue without any control to change them', () => {
    load();

    expect(text(root().querySelector('h1'))).toBe('Funding');
    expect(cellsOf(byTestId('operations')!)[0]?.[0]).toBe('BCN-CIBERNARIUM-2017');
    expect(root().querySelector('[data-testid="operations"] a')?.getAttribute('href')).toBe(
      '/operations/6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11',
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
    expect(byTestId('indicator-catalogue')!.querySelectorAll('thead th')).toHaveLength(6);
    expect(root().querySelectorAll('button, form, input, select, textarea')).toHaveLength(0);
  });

  it('says the lists are empty without inviting to fill them', () => {
    load([], []);

    expect(text()).toContain('No operations yet: an administrator records them.');
    expect(text()).toContain('The catalogue is empty: an administrator adds its indicators.');
    expect(text()).not.toContain('New operation');
    expect(text()).not.toContain('New indicator');
  });
});

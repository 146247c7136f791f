import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aMoneyFigure, anAdminSession, anOperation } from '../../../../../testing/api-fixtures';
import { type Operation } from '../../../../core/api/operations.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { NOW } from '../../../../core/time/now.token';
import {
  formatCalendarDate,
  formatEuros,
  formatPercent,
} from '../../../../shared/format/browser-locale-format';
import { OperationDetailPage } from './operation-detail.page';

const ID = '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11';
const URL = `/api/operations/${ID}`;

describe('OperationDetailPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(anAdminSession()));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/operations/:id', component: OperationDetailPage }]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create(`/admin/operations/${ID}`);
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

  function cellsOf(element: Element | null): string[] {
    return Array.from(element?.querySelectorAll('th, td') ?? [], (cell) => text(cell));
  }

  function identification(): Record<string, string> {
    const terms = byTestId('operation-identification')?.querySelectorAll('dt') ?? [];
    return Object.fromEntries(
      Array.from(terms, (term) => [text(term), text(term.nextElementSibling)]),
    );
  }

  function load(operation: Operation = anOperation()): void {
    backend.expectOne(URL).flush(operation);
    harness.detectChanges();
  }

  function type(testId: string, value: string): void {
    const control = byTestId<HTMLInputElement | HTMLSelectElement>(testId)!;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function click(testId: string): void {
    byTestId<HTMLButtonElement>(testId)!.click();
    harness.detectChanges();
  }

  it('shows the identification of the operation', () => {
    load();

    expect(text(byTestId('operation-title'))).toBe('BCN-CIBERNARIUM-2017');
    expect(identification()).toEqual({
      Code: 'BCN-CIBERNARIUM-2017',
      Name: 'Cibernàrium: digital skills for citizens and businesses',
      'Programme CCI': '2014ES16RFOP011',
      'Programme title': 'Programa Operativo FEDER de Catalunya 2014-2020',
      Fund: 'ERDF',
      'Priority axis': '2 - Improving access to, use and quality of ICT',
      'Specific objective': 'OE 2.3.1 - e-government, e-learning, e-inclusion, e-health',
      Beneficiary: 'Barcelona Activa SAU SPM',
      Period: `${formatCalendarDate('2017-01-01')} – ${formatCalendarDate('2020-12-31')}`,
    });
  });

  it('shows the seven current figures with their dates, the rate as a percentage', () => {
    load();

    expect(byTestId('current-figures')!.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(cellsOf(byTestId('current-total_cost'))).toEqual([
      'Total cost',
      formatEuros('1573550.00'),
      formatCalendarDate('2017-06-30'),
      'Resolution of 30 June 2017',
    ]);
    expect(cellsOf(byTestId('current-cofinancing_rate'))).toEqual([
      'Co-financing rate',
      formatPercent('50.00'),
      formatCalendarDate('2017-06-30'),
      '—',
    ]);
    expect(cellsOf(byTestId('current-eu_support_paid'))).toEqual([
      'EU support paid',
      'Not recorded yet',
    ]);
  });

  it('flags EU support off by more than EUR 1 from rate × certified expenditure', () => {
    load();

    expect(text(byTestId('expected-eu-support'))).toBe(formatEuros('500000.00'));
    expect(text(byTestId('cofinancing-flagged'))).toContain(
      `differs from the expected amount by more than ${formatEuros('1.00')}`,
    );
    expect(cellsOf(byTestId('cofinancing-committed'))).toEqual([
      'Committed',
      formatEuros('500002.50'),
      formatEuros('2.50', { signed: true }),
      `Off by more than ${formatEuros('1.00')}`,
    ]);
    expect(cellsOf(byTestId('cofinancing-paid'))).toEqual(['Paid', 'Not recorded yet']);
  });

  it('does not flag EU support within EUR 1', () => {
    const operation = anOperation();
    load({
      ...operation,
      money: {
        ...operation.money,
        cofinancingCheck: {
          ...operation.money.cofinancingCheck!,
          committed: { recorded: '500000.40', difference: '0.40', flagged: false },
        },
      },
    });

    expect(byTestId('cofinancing-flagged')).toBeNull();
    expect(cellsOf(byTestId('cofinancing-committed'))[3]).toBe(`Within ${formatEuros('1.00')}`);
  });

  it('explains that the check needs a rate and certified expenditure', () => {
    const operation = anOperation();
    load({ ...operation, money: { ...operation.money, cofinancingCheck: null } });

    expect(text()).toContain('The check needs both a co-financing rate and certified expenditure');
  });

  it('lists the history, latest first', () => {
    load();

    const rows = byTestId('figure-history')!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(4);
    expect(cellsOf(rows[0]).slice(0, 3)).toEqual([
      formatCalendarDate('2019-12-31'),
      'EU support committed',
      formatEuros('500002.50'),
    ]);
  });

  it('records a figure, showing the new current value', () => {
    load();
    type('figure-kind', 'eu_support_paid');
    type('figure-amount', '250000,5');
    type('figure-as-of', '2024-06-15');
    type('figure-source', ' Payment order 12/2024 ');

    click('figure-submit');
    const request = backend.expectOne({ method: 'POST', url: `${URL}/figures` });
    expect(request.request.body).toEqual({
      kind: 'eu_support_paid',
      amount: '250000.5',
      asOf: '2024-06-15',
      source: 'Payment order 12/2024',
    });
    const operation = anOperation();
    const paid = aMoneyFigure('eu_support_paid', '250000.50', '2024-06-15');
    request.flush({
      ...operation,
      money: {
        ...operation.money,
        current: { ...operation.money.current, eu_support_paid: paid },
        history: [...operation.money.history, paid],
      },
    });
    harness.detectChanges();

    expect(cellsOf(byTestId('current-eu_support_paid'))[1]).toBe(formatEuros('250000.50'));
    expect(text()).toContain('Figure recorded.');
    expect(byTestId<HTMLInputElement>('figure-amount')!.value).toBe('');
  });

  it('refuses a figure dated after today and an amount that is not one, without calling the API', () => {
    load();
    type('figure-amount', '1.573.550');
    type('figure-as-of', '2024-06-16');

    click('figure-submit');

    expect(text()).toContain('Amount must be a number with up to 2 decimals');
    expect(text()).toContain('The date must not be after today.');
    backend.expectNone(`${URL}/figures`);
  });

  it('shows the problems the API finds with a figure next to their fields', () => {
    load();
    type('figure-kind', 'cofinancing_rate');
    type('figure-amount', '120');
    type('figure-as-of', '2024-06-01');

    click('figure-submit');
    backend.expectOne(`${URL}/figures`).flush(
      {
        code: 'request.invalid',
        message: 'Invalid money figure: amount is a percentage…',
        details: [
          {
            field: 'amount',
            message: 'is a percentage for cofinancing_rate, at most 100 (50.00 means 50 %)',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();

    const amount = byTestId('figure-amount')!;
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(text(root().querySelector('#figure-amount-error'))).toBe(
      'Amount is a percentage for cofinancing_rate, at most 100 (50.00 means 50 %).',
    );
    expect(text(byTestId('figure-error'))).toBe(
      'The figure was not recorded: check the fields marked below.',
    );
  });

  it('edits the identification, sending only what changed', () => {
    load();
    click('edit-operation');
    type('edit-operation-beneficiary', 'Barcelona Activa');

    click('edit-operation-submit');
    const request = backend.expectOne({ method: 'PATCH', url: URL });
    expect(request.request.body).toEqual({ beneficiary: 'Barcelona Activa' });
    request.flush(anOperation({ beneficiary: 'Barcelona Activa' }));
    harness.detectChanges();

    expect(byTestId('edit-operation-submit')).toBeNull();
    expect(identification()['Beneficiary']).toBe('Barcelona Activa');
    expect(text()).toContain('Changes saved.');
  });

  it('says when the operation does not exist', () => {
    backend
      .expectOne(URL)
      .flush(
        { code: 'operations.not_found', message: `No operation with id "${ID}".` },
        { status: 404, statusText: 'Not Found' },
      );
    harness.detectChanges();

    expect(text(root().querySelector('[role="alert"]'))).toContain(
      `The operation could not be loaded. No operation with id "${ID}".`,
    );
  });
});

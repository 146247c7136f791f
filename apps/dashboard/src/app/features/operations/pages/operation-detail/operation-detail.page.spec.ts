import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  aManualValue,
  aMoneyFigure,
  anAdminSession,
  anE024Definition,
  anIndicatorDefinition,
  anOperation,
  anOperationIndicator,
} from '../../../../../testing/api-fixtures';
import {
  READ_ONLY_ROLES,
  aFundingIndicators,
  aMoneyIndicators,
  aSessionAs,
  anE024Link,
  anRco14Link,
} from '../../../../../testing/operations-fixtures';
import {
  type FundingIndicators,
  type MoneyIndicators,
  type Operation,
  type OperationIndicator,
} from '../../../../core/api/operations.model';
import { type AuthSession } from '../../../../core/auth/auth-session.model';
import { authInterceptor } from '../../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../../core/auth/auth.service';
import { provideMessages } from '../../../../core/i18n/provide-messages';
import { NOW } from '../../../../core/time/now.token';
import { SHARED_MESSAGES } from '../../../../shared/shared.messages';
import {
  formatCalendarDate,
  formatCount,
  formatDateTime,
  formatEuros,
  formatPercent,
  formatQuantity,
} from '../../../../shared/format/locale-format';
import { formatAchievedPercent } from '../../components/achieved-percent.pipe';
import { OPERATIONS_MESSAGES } from '../../operations.messages';
import { OperationDetailPage } from './operation-detail.page';

const ID = '6f1c2b1e-8d1a-4a53-9c3e-2f7a1b9e0c11';
const RETENTION_BASIS = 'Regulation (EU) 1303/2013, art. 140';
const URL = `/api/operations/${ID}`;
const FUNDING_URL = `${URL}/indicators`;
const MONEY_URL = `${URL}/money`;

let harness: RouterTestingHarness;
let backend: HttpTestingController;

async function openPage(session: AuthSession): Promise<void> {
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideRouter([{ path: 'operations/:id', component: OperationDetailPage }]),
      provideMessages(SHARED_MESSAGES, OPERATIONS_MESSAGES),
      { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00') },
    ],
  });
  backend = TestBed.inject(HttpTestingController);
  harness = await RouterTestingHarness.create(`/operations/${ID}`);
}

afterEach(() => {
  // The page asks for what the operation achieved on load and after each change;
  // the tests of those figures expect them one by one, the others leave them be.
  backend.match(({ method, url }) => method === 'GET' && [FUNDING_URL, MONEY_URL].includes(url));
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

describe('OperationDetailPage', () => {
  beforeEach(() => openPage(anAdminSession()));

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
      'Retention of personal data':
        'Not set Erasure requests of the people who took part wait until it is set.',
    });
  });

  it('shows the retention period with its legal basis', () => {
    load(anOperation({ retentionUntil: '2031-12-31', legalBasis: RETENTION_BASIS }));

    expect(identification()['Retention of personal data']).toBe(
      `Until ${formatCalendarDate('2031-12-31')} ${RETENTION_BASIS}`,
    );
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

  it('sets the retention period and its legal basis together', () => {
    load();
    click('edit-operation');
    type('edit-operation-retentionUntil', '2031-12-31');
    type('edit-operation-legalBasis', `  ${RETENTION_BASIS} `);

    click('edit-operation-submit');
    const request = backend.expectOne({ method: 'PATCH', url: URL });
    expect(request.request.body).toEqual({
      retentionUntil: '2031-12-31',
      legalBasis: RETENTION_BASIS,
    });
    request.flush(anOperation({ retentionUntil: '2031-12-31', legalBasis: RETENTION_BASIS }));
    harness.detectChanges();

    expect(identification()['Retention of personal data']).toBe(
      `Until ${formatCalendarDate('2031-12-31')} ${RETENTION_BASIS}`,
    );
  });

  it('clears a retention period by emptying both fields', () => {
    load(anOperation({ retentionUntil: '2031-12-31', legalBasis: RETENTION_BASIS }));
    click('edit-operation');
    expect(byTestId<HTMLInputElement>('edit-operation-retentionUntil')!.value).toBe('2031-12-31');
    expect(byTestId<HTMLTextAreaElement>('edit-operation-legalBasis')!.value).toBe(RETENTION_BASIS);
    type('edit-operation-retentionUntil', '');
    type('edit-operation-legalBasis', '');

    click('edit-operation-submit');
    const request = backend.expectOne({ method: 'PATCH', url: URL });
    expect(request.request.body).toEqual({ retentionUntil: null, legalBasis: null });
    request.flush(anOperation());
    harness.detectChanges();
    expect(identification()['Retention of personal data']).toContain('Not set');
  });

  it('asks for the legal basis of a retention date before sending anything', () => {
    load();
    click('edit-operation');
    type('edit-operation-retentionUntil', '2031-12-31');
    click('edit-operation-submit');
    backend.expectNone({ method: 'PATCH', url: URL });

    const legalBasis = byTestId('edit-operation-legalBasis')!;
    expect(legalBasis.getAttribute('aria-invalid')).toBe('true');
    expect(text(root().querySelector('#edit-operation-legalBasis-error'))).toBe(
      'Legal basis for retention is required when Retention until is given.',
    );
    expect(byTestId('edit-operation-retentionUntil')!.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the API’s problem with the retention period next to its field', () => {
    load();
    click('edit-operation');
    type('edit-operation-retentionUntil', '2019-12-31');
    type('edit-operation-legalBasis', RETENTION_BASIS);
    click('edit-operation-submit');

    backend.expectOne({ method: 'PATCH', url: URL }).flush(
      {
        code: 'request.invalid',
        message: 'Invalid operation: retentionUntil must be on or after endDate (2020-12-31)',
        details: [
          {
            field: 'retentionUntil',
            message:
              'must be on or after endDate (2020-12-31): data are kept at least while the operation runs',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();

    const input = byTestId('edit-operation-retentionUntil')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(
      'edit-operation-retentionUntil-hint edit-operation-retentionUntil-error',
    );
    expect(text(root().querySelector('#edit-operation-retentionUntil-error'))).toBe(
      'Retention until must be on or after endDate (2020-12-31): data are kept at least while the operation runs.',
    );
    expect(text(byTestId('edit-operation-error'))).toBe(
      'The operation was not saved: check the fields marked below.',
    );
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

  describe('indicators', () => {
    const VALUES_URL = `${URL}/indicators/RCO14/values`;
    const E024_LINK = anOperationIndicator(anE024Definition(), {
      baseline: { value: '0.00', year: 2017 },
      target: { value: '23364.00', year: 2020 },
    });
    const RCO14_LINK = anOperationIndicator(anIndicatorDefinition(), {
      baseline: { value: '0.00', year: 2021 },
      target: { value: '12.00', year: 2023 },
    });

    /** Loads the operation with these links, and no values yet for its manual ones. */
    function loadWith(indicators: OperationIndicator[], values = true): void {
      load(anOperation({ indicators }));
      if (values && indicators.some(({ code }) => code === 'RCO14')) {
        backend.expectOne(VALUES_URL).flush([]);
        harness.detectChanges();
      }
    }

    function linkFieldError(testId: string): string | null {
      const input = byTestId(testId)!;
      if (input.getAttribute('aria-invalid') !== 'true') return null;
      const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => text(root().querySelector(`[id="${id}"]`))).join(' ');
    }

    it('shows each linked indicator with its name, unit, rule, baseline, milestone and target', () => {
      loadWith([E024_LINK, RCO14_LINK]);

      expect(cellsOf(byTestId('indicator-E024'))).toEqual([
        'E024',
        'Users of e-government applications Output indicator',
        'users',
        'Distinct persons since the start',
        `${formatQuantity('0.00')} (2017)`,
        '—',
        `${formatQuantity('23364.00')} (2020)`,
        'Edit the targets of E024',
      ]);
      expect(cellsOf(byTestId('indicator-RCO14'))[3]).toBe('Entered by hand');
      // Only the manual indicator has a section for its values.
      expect(byTestId('manual-RCO14')).not.toBeNull();
      expect(byTestId('manual-E024')).toBeNull();
      expect(text(byTestId('manual-RCO14'))).toContain('No values entered yet.');
    });

    it('links an indicator not linked yet with a target, then offers to enter its values', () => {
      loadWith([E024_LINK]);

      click('link-indicator');
      expect(text()).toContain('Loading the catalogue…');
      backend
        .expectOne('/api/indicator-catalogue')
        .flush([anE024Definition(), anIndicatorDefinition()]);
      harness.detectChanges();
      const options = byTestId<HTMLSelectElement>('link-indicator-code')!.options;
      expect(Array.from(options, (option) => option.value)).toEqual(['', 'RCO14']);
      expect(text(options[1])).toBe(
        'RCO14 · Public institutions supported to develop digital services (institutions)',
      );

      type('link-indicator-code', 'RCO14');
      type('link-indicator-target-value', '12');
      type('link-indicator-target-year', '2023');
      click('link-indicator-submit');
      const request = backend.expectOne({ method: 'PUT', url: `${URL}/indicators/RCO14` });
      expect(request.request.body).toEqual({
        baseline: null,
        milestone: null,
        target: { value: '12', year: 2023 },
      });
      request.flush(
        anOperationIndicator(anIndicatorDefinition(), { target: { value: '12.00', year: 2023 } }),
      );
      harness.detectChanges();
      backend.expectOne(VALUES_URL).flush([]);
      harness.detectChanges();

      expect(byTestId('link-indicator-submit')).toBeNull();
      expect(cellsOf(byTestId('indicator-RCO14'))[6]).toBe(`${formatQuantity('12.00')} (2023)`);
      expect(text()).toContain('Indicator RCO14 saved.');
      expect(byTestId('manual-RCO14-submit')).not.toBeNull();
    });

    it('says when every catalogue indicator is linked already', () => {
      loadWith([E024_LINK]);

      click('link-indicator');
      backend.expectOne('/api/indicator-catalogue').flush([anE024Definition()]);
      harness.detectChanges();

      expect(text()).toContain('Every indicator of the catalogue is linked already.');
      expect(byTestId('link-indicator-code')).toBeNull();
    });

    it('offers to try the catalogue again when it failed to load', () => {
      loadWith([]);
      click('link-indicator');
      backend
        .expectOne('/api/indicator-catalogue')
        .flush(
          { code: 'x', message: 'Database down.' },
          { status: 503, statusText: 'Unavailable' },
        );
      harness.detectChanges();

      const alert = root().querySelector('#link-editor [role="alert"]')!;
      expect(text(alert)).toContain('The indicator catalogue could not be loaded. Database down.');
      alert.querySelector('button')!.click();
      backend.expectOne('/api/indicator-catalogue').flush([anIndicatorDefinition()]);
      harness.detectChanges();
      expect(byTestId('link-indicator-code')).not.toBeNull();
    });

    it('wants a value and its year together, each well written, before calling the API', () => {
      loadWith([]);
      click('link-indicator');
      backend.expectOne('/api/indicator-catalogue').flush([anIndicatorDefinition()]);
      harness.detectChanges();
      type('link-indicator-baseline-value', '5');
      type('link-indicator-milestone-year', '1999');
      type('link-indicator-target-value', '1.234,5');
      type('link-indicator-target-year', '2023');

      click('link-indicator-submit');

      expect(text(root().querySelector('#link-indicator-code-error'))).toBe(
        'Indicator is required.',
      );
      expect(linkFieldError('link-indicator-baseline-year')).toBe(
        'Baseline year is required with a value.',
      );
      expect(linkFieldError('link-indicator-milestone-year')).toBe(
        'Milestone year must be a year from 2000 to 2100, such as 2023.',
      );
      expect(linkFieldError('link-indicator-milestone-value')).toBe(
        'Milestone value is required with a year.',
      );
      expect(linkFieldError('link-indicator-target-value')).toBe(
        'Target value must be a number with up to 2 decimals, such as 12 or 1234.50.',
      );
      expect(linkFieldError('link-indicator-target-year')).toBeNull();
      expect(document.activeElement).toBe(byTestId('link-indicator-code'));
      backend.expectNone(`${URL}/indicators/RCO14`);
    });

    it('edits the targets of a link, a pair left empty clearing it', () => {
      loadWith([RCO14_LINK]);

      click('edit-link-RCO14');
      expect(byTestId('link-indicator-code')).toBeNull();
      expect(byTestId<HTMLInputElement>('link-indicator-baseline-year')!.value).toBe('2021');
      type('link-indicator-baseline-value', '');
      type('link-indicator-baseline-year', '');
      type('link-indicator-milestone-value', '6,5');
      type('link-indicator-milestone-year', '2024');

      click('link-indicator-submit');
      const request = backend.expectOne({ method: 'PUT', url: `${URL}/indicators/RCO14` });
      expect(request.request.body).toEqual({
        baseline: null,
        milestone: { value: '6.5', year: 2024 },
        target: { value: '12.00', year: 2023 },
      });
      request.flush({
        ...RCO14_LINK,
        baseline: null,
        milestone: { value: '6.50', year: 2024 },
      });
      harness.detectChanges();

      expect(cellsOf(byTestId('indicator-RCO14')).slice(4, 7)).toEqual([
        '—',
        `${formatQuantity('6.50')} (2024)`,
        `${formatQuantity('12.00')} (2023)`,
      ]);
      // The values section stays as it was: no second request.
      backend.expectNone(VALUES_URL);
    });

    it('shows the problems the API finds with a link next to their fields', () => {
      loadWith([RCO14_LINK]);
      click('edit-link-RCO14');

      click('link-indicator-submit');
      backend.expectOne({ method: 'PUT', url: `${URL}/indicators/RCO14` }).flush(
        {
          code: 'request.invalid',
          message: 'Invalid indicator targets: target.value must be…',
          details: [
            {
              field: 'target.value',
              message:
                'must be a value of at least 0 with at most 2 decimals, such as "1573550.00"',
            },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      harness.detectChanges();

      expect(linkFieldError('link-indicator-target-value')).toBe(
        'Target value must be a value of at least 0 with at most 2 decimals, such as "1573550.00".',
      );
      expect(text(byTestId('link-indicator-error'))).toBe(
        'The indicator was not saved: check the fields marked below.',
      );
    });

    it('lists the values entered by hand, latest first, split by sex when given', () => {
      loadWith([RCO14_LINK], false);
      backend.expectOne(VALUES_URL).flush([
        aManualValue('2022-12-31', '5.00'),
        aManualValue('2023-12-31', '12.00', {
          bySex: { woman: '5.00', man: '4.00', non_binary: '0.00', unknown: '3.00' },
          source: 'Register 2023',
          note: 'Two counted twice in 2022',
        }),
      ]);
      harness.detectChanges();

      const rows = byTestId('manual-RCO14-values')!.querySelectorAll('tbody tr');
      expect(Array.from(rows, (row) => cellsOf(row))).toEqual([
        [
          formatCalendarDate('2023-12-31'),
          formatQuantity('12.00'),
          formatQuantity('5.00'),
          formatQuantity('4.00'),
          formatQuantity('0.00'),
          formatQuantity('3.00'),
          'Register 2023',
          'Two counted twice in 2022',
          formatDateTime('2024-06-01T10:00:00.000Z'),
        ],
        [
          formatCalendarDate('2022-12-31'),
          formatQuantity('5.00'),
          'Not split by sex',
          'Register of supported institutions',
          '—',
          formatDateTime('2024-06-01T10:00:00.000Z'),
        ],
      ]);
      const headers = byTestId('manual-RCO14-values')!.querySelectorAll('thead th');
      expect(Array.from(headers, (header) => text(header)).slice(0, 6)).toEqual([
        'As of',
        'Value',
        'Women',
        'Men',
        'Non-binary',
        'Unknown',
      ]);
    });

    it('records a value with its split by sex', () => {
      loadWith([RCO14_LINK]);
      type('manual-RCO14-asOf', '2024-03-31');
      type('manual-RCO14-value', '12');
      type('manual-RCO14-woman', '5');
      type('manual-RCO14-man', '4');
      type('manual-RCO14-non_binary', '0');
      type('manual-RCO14-unknown', '3');
      type('manual-RCO14-source', ' Register of supported institutions, Q1 2024 ');

      click('manual-RCO14-submit');
      const request = backend.expectOne({ method: 'POST', url: VALUES_URL });
      expect(request.request.body).toEqual({
        asOf: '2024-03-31',
        value: '12',
        bySex: { woman: '5', man: '4', non_binary: '0', unknown: '3' },
        source: 'Register of supported institutions, Q1 2024',
      });
      request.flush(
        aManualValue('2024-03-31', '12.00', {
          bySex: { woman: '5.00', man: '4.00', non_binary: '0.00', unknown: '3.00' },
          source: 'Register of supported institutions, Q1 2024',
        }),
      );
      harness.detectChanges();

      const rows = byTestId('manual-RCO14-values')!.querySelectorAll('tbody tr');
      expect(cellsOf(rows[0]).slice(0, 2)).toEqual([
        formatCalendarDate('2024-03-31'),
        formatQuantity('12.00'),
      ]);
      expect(text(byTestId('manual-RCO14'))).toContain('Value recorded.');
      expect(byTestId<HTMLInputElement>('manual-RCO14-value')!.value).toBe('');
    });

    it('records a value without a split, which is optional', () => {
      loadWith([RCO14_LINK]);
      type('manual-RCO14-asOf', '2024-06-15');
      type('manual-RCO14-value', '7,5');
      type('manual-RCO14-source', 'Register');
      type('manual-RCO14-note', ' Half a year ');

      click('manual-RCO14-submit');
      const request = backend.expectOne({ method: 'POST', url: VALUES_URL });
      expect(request.request.body).toEqual({
        asOf: '2024-06-15',
        value: '7.5',
        source: 'Register',
        note: 'Half a year',
      });
      request.flush(aManualValue('2024-06-15', '7.50', { source: 'Register' }));
    });

    it('refuses a split that does not add up, a partial one, a missing source and a future date', () => {
      loadWith([RCO14_LINK]);
      type('manual-RCO14-asOf', '2024-06-16');
      type('manual-RCO14-value', '12');
      type('manual-RCO14-woman', '5');
      type('manual-RCO14-man', '4');
      type('manual-RCO14-non_binary', '0');
      type('manual-RCO14-unknown', '2');

      click('manual-RCO14-submit');

      expect(text(root().querySelector('#manual-RCO14-by-sex-error'))).toBe(
        `By sex must add up to the value: the four make ${formatQuantity('11.00')}, ` +
          `the value is ${formatQuantity('12.00')} (put the rest in Unknown).`,
      );
      expect(byTestId('manual-RCO14-woman')!.getAttribute('aria-invalid')).toBe('true');
      expect(text(root().querySelector('#manual-RCO14-source-error'))).toBe('Source is required.');
      expect(text(root().querySelector('#manual-RCO14-asOf-error'))).toBe(
        'The date must not be after today.',
      );

      type('manual-RCO14-man', '');
      type('manual-RCO14-unknown', '');
      harness.detectChanges();
      expect(text(root().querySelector('#manual-RCO14-man-error'))).toBe(
        'Men is required when the split is given (0 if none).',
      );
      expect(root().querySelector('#manual-RCO14-by-sex-error')).toBeNull();
      backend.expectNone({ method: 'POST', url: VALUES_URL });
    });

    it('shows the API’s refusal of a value: a field problem by its field, else its message', () => {
      loadWith([RCO14_LINK]);
      type('manual-RCO14-asOf', '2024-03-31');
      type('manual-RCO14-value', '12');
      type('manual-RCO14-source', 'Register');

      click('manual-RCO14-submit');
      backend.expectOne({ method: 'POST', url: VALUES_URL }).flush(
        {
          code: 'request.invalid',
          message: 'Invalid indicator value: bySex must add up to value (put the rest in unknown)',
          details: [{ field: 'bySex', message: 'must add up to value (put the rest in unknown)' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      harness.detectChanges();
      expect(text(root().querySelector('#manual-RCO14-by-sex-error'))).toBe(
        'By sex must add up to value (put the rest in unknown).',
      );

      click('manual-RCO14-submit');
      backend.expectOne({ method: 'POST', url: VALUES_URL }).flush(
        {
          code: 'operations.indicator_not_linked',
          message: 'Operation BCN-CIBERNARIUM-2017 does not report RCO14; link it first.',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
      harness.detectChanges();
      expect(text(byTestId('manual-RCO14-error'))).toBe(
        'The value was not recorded. Operation BCN-CIBERNARIUM-2017 does not report RCO14; link it first.',
      );
      expect(byTestId('manual-RCO14-error')!.closest('[role="alert"]')).not.toBeNull();
    });

    it('shows values that failed to load with a way to try again', () => {
      loadWith([RCO14_LINK], false);
      backend
        .expectOne(VALUES_URL)
        .flush(
          { code: 'x', message: 'Database down.' },
          { status: 503, statusText: 'Unavailable' },
        );
      harness.detectChanges();

      const alert = byTestId('manual-RCO14')!.querySelector(
        '[role="alert"] .error-box, .error-box',
      )!;
      expect(text(alert)).toContain('The values could not be loaded. Database down.');
      alert.querySelector('button')!.click();
      backend.expectOne(VALUES_URL).flush([aManualValue('2023-12-31', '12.00')]);
      harness.detectChanges();
      expect(byTestId('manual-RCO14-values')!.querySelectorAll('tbody tr')).toHaveLength(1);
    });
  });

  describe('what the operation achieved', () => {
    const VALUES_URL = `${URL}/indicators/RCO14/values`;
    const OPERATION = anOperation({ startDate: '2019-01-01', endDate: '2020-12-31' });
    const RCO14 = anRco14Link();
    const FUNDING = aFundingIndicators();
    const MONEY = aMoneyIndicators();
    function loadAchievements(operation = OPERATION): void {
      load(operation);
      backend.expectOne(FUNDING_URL).flush(FUNDING);
      backend.expectOne(MONEY_URL).flush(MONEY);
      harness.detectChanges();
    }

    function section(titleId: string): Element | null {
      return root().querySelector(`[aria-labelledby="${titleId}"]`);
    }

    it('shows each indicator per year, in total and by sex, against its target and milestone', () => {
      loadAchievements();

      const e024 = byTestId('funding-E024')!;
      expect(text(e024.querySelector('h3'))).toBe(
        'E024 · Users of e-government applications (users)',
      );
      expect(text(e024.querySelector('p'))).toBe(
        "Distinct persons from the operation's start to each year end: a person counts once, " +
          `however many years they come back. Target ${formatQuantity('8.00')} in 2020. ` +
          `Milestone ${formatQuantity('4.00')} in 2019.`,
      );
      const headers = byTestId('funding-E024-years')!.querySelectorAll('thead th');
      expect(Array.from(headers, (header) => text(header))).toEqual([
        'Year',
        'Counted',
        'Total',
        'Women',
        'Men',
        'Non-binary',
        'Unknown',
        '% of target',
        '% of milestone',
      ]);
      expect(cellsOf(byTestId('funding-E024-2020'))).toEqual([
        '2020',
        `${formatCalendarDate('2019-01-01')} – ${formatCalendarDate('2020-12-31')}`,
        '5',
        '2',
        '1',
        '1',
        '1',
        formatAchievedPercent(62.5),
        formatAchievedPercent(125),
      ]);
      expect(cellsOf(byTestId('funding-E024-2019')).slice(-2)).toEqual([
        formatAchievedPercent(25),
        formatAchievedPercent(50),
      ]);
    });

    it('shows a manual indicator’s value in force at each year end, or that none was entered', () => {
      loadAchievements();

      expect(text(byTestId('funding-RCO14')!.querySelector('p'))).toBe(
        'The value entered by hand that is in force at each year end. ' +
          `Target ${formatQuantity('5.00')} in 2020.`,
      );
      expect(cellsOf(byTestId('funding-RCO14-2019'))).toEqual([
        '2019',
        `Nothing entered by ${formatCalendarDate('2019-12-31')}`,
        '—',
        '—',
        '—',
        '—',
      ]);
      expect(cellsOf(byTestId('funding-RCO14-2020'))).toEqual([
        '2020',
        formatCalendarDate('2020-06-30'),
        formatQuantity('7.5'),
        'Not split by sex',
        formatAchievedPercent(150),
        '—',
      ]);
    });

    it('states the baseline of an indicator that has one, before its target and milestone', () => {
      const [e024, ...others] = FUNDING.indicators;
      load(OPERATION);
      backend.expectOne(FUNDING_URL).flush({
        ...FUNDING,
        indicators: [{ ...e024, baseline: { value: '1.00', year: 2018 } }, ...others],
      } satisfies FundingIndicators);
      harness.detectChanges();

      expect(text(byTestId('funding-E024')!.querySelector('p'))).toContain(
        `Baseline ${formatQuantity('1.00')} in 2018. Target ${formatQuantity('8.00')} in 2020. ` +
          `Milestone ${formatQuantity('4.00')} in 2019.`,
      );
    });

    it('shows the cost per user, enrolment and completion on each basis', () => {
      loadAchievements();

      expect(text(section('money-indicators-title'))).toContain(
        `Counted from ${formatCalendarDate('2019-01-01')} to ${formatCalendarDate('2020-12-31')}`,
      );
      expect(text(byTestId('money-basis-total'))).toBe(`Total cost ${formatEuros('1573550.00')}`);
      expect(text(byTestId('money-basis-eu'))).toBe('EU support Not recorded yet');
      expect(cellsOf(byTestId('money-per-user'))).toEqual([
        'Per user',
        formatCount(5),
        formatEuros('314710.00'),
        formatEuros('287948.20'),
        '—',
      ]);
      expect(cellsOf(byTestId('money-per-enrolment'))[3]).toBe(formatEuros('359935.25'));
      expect(cellsOf(byTestId('money-per-completion'))).toEqual([
        'Per completion',
        '0',
        '—',
        '—',
        '—',
      ]);
      expect(text(byTestId('money-gaps'))).toBe(
        '—: nothing counted in the period, or the figure is not recorded yet.',
      );
    });

    it('invites to link an indicator when none is', () => {
      load(OPERATION);
      backend
        .expectOne(FUNDING_URL)
        .flush({ ...FUNDING, indicators: [], provenance: null } satisfies FundingIndicators);
      harness.detectChanges();

      expect(text(section('funding-title'))).toContain(
        'Link an indicator to see its values per year.',
      );
    });

    it('offers to compute again when the figures could not be', () => {
      load(OPERATION);
      const unavailable = { status: 503, statusText: 'Unavailable' };
      backend.expectOne(FUNDING_URL).flush({ code: 'x', message: 'Database down.' }, unavailable);
      backend.expectOne(MONEY_URL).flush({ code: 'x', message: 'Database down.' }, unavailable);
      harness.detectChanges();

      expect(text(byTestId('funding-error'))).toContain(
        'The indicators per year could not be computed. Database down.',
      );
      expect(text(byTestId('money-indicators-error'))).toContain(
        'The unit costs could not be computed. Database down.',
      );
      byTestId('funding-error')!.querySelector('button')!.click();
      backend.expectOne(FUNDING_URL).flush(FUNDING);
      byTestId('money-indicators-error')!.querySelector('button')!.click();
      backend.expectOne(MONEY_URL).flush(MONEY);
      harness.detectChanges();

      expect(byTestId('funding-E024-2020')).not.toBeNull();
      expect(byTestId('money-per-user')).not.toBeNull();
    });

    it('computes the cost again once a figure is recorded', () => {
      loadAchievements();
      type('figure-kind', 'eu_support_committed');
      type('figure-amount', '705027');
      type('figure-as-of', '2024-06-15');
      click('figure-submit');
      backend.expectOne({ method: 'POST', url: `${URL}/figures` }).flush(OPERATION);
      harness.detectChanges();

      const withEu: MoneyIndicators = {
        ...MONEY,
        bases: {
          ...MONEY.bases,
          eu: { kind: 'eu_support_committed', amount: '705027.00', asOf: '2024-06-15' },
        },
        costPer: { ...MONEY.costPer, user: { ...MONEY.costPer.user, eu: '141005.40' } },
      };
      backend.expectOne(MONEY_URL).flush(withEu);
      harness.detectChanges();
      expect(cellsOf(byTestId('money-per-user'))[4]).toBe(formatEuros('141005.40'));
      backend.expectNone(FUNDING_URL);
    });

    it('computes the indicators again once a value is entered or a target changed', () => {
      loadAchievements({ ...OPERATION, indicators: [RCO14] });
      backend.expectOne(VALUES_URL).flush([]);
      harness.detectChanges();

      type('manual-RCO14-asOf', '2020-06-30');
      type('manual-RCO14-value', '7,5');
      type('manual-RCO14-source', 'Register');
      click('manual-RCO14-submit');
      backend
        .expectOne({ method: 'POST', url: VALUES_URL })
        .flush(aManualValue('2020-06-30', '7.50', { source: 'Register' }));
      backend.expectOne(FUNDING_URL).flush(FUNDING);

      click('edit-link-RCO14');
      click('link-indicator-submit');
      backend.expectOne({ method: 'PUT', url: `${URL}/indicators/RCO14` }).flush(RCO14);
      backend.expectOne(FUNDING_URL).flush(FUNDING);
      backend.expectNone(MONEY_URL);
    });
  });
});

describe('OperationDetailPage controls by role', () => {
  const VALUES_URL = `${URL}/indicators/RCO14/values`;
  const SHEET = anOperation({
    startDate: '2019-01-01',
    endDate: '2020-12-31',
    indicators: [anE024Link(), anRco14Link()],
  });

  /** The operation with E024 and RCO14 linked, and everything computed from them. */
  function loadSheet(): void {
    load(SHEET);
    backend
      .expectOne(VALUES_URL)
      .flush([aManualValue('2020-06-30', '7.50', { source: 'Register 2020' })]);
    backend.expectOne(FUNDING_URL).flush(aFundingIndicators());
    backend.expectOne(MONEY_URL).flush(aMoneyIndicators());
    harness.detectChanges();
  }

  function headings(): string[] {
    return Array.from(root().querySelectorAll('h1, h2, h3'), (heading) => {
      return `${heading.tagName.toLowerCase()} ${text(heading)}`;
    });
  }

  it('offers an admin every editing control', async () => {
    await openPage(anAdminSession());
    loadSheet();

    for (const id of [
      'edit-operation',
      'link-indicator',
      'edit-link-E024',
      'edit-link-RCO14',
      'manual-RCO14-submit',
      'figure-submit',
    ]) {
      expect(byTestId(id)).not.toBeNull();
    }
  });

  it.each(READ_ONLY_ROLES)(
    'shows the %s role the whole indicator sheet, read only',
    async (role) => {
      await openPage(aSessionAs(role));
      loadSheet();

      expect(root().querySelectorAll('button, form, input, select, textarea')).toHaveLength(0);
      expect(root().querySelector('.back a')?.getAttribute('href')).toBe('/operations');
      expect(identification()['Programme CCI']).toBe('2014ES16RFOP011');
      expect(cellsOf(byTestId('indicator-E024'))).toEqual([
        'E024',
        'Users of e-government applications Output indicator',
        'users',
        'Distinct persons since the start',
        '—',
        `${formatQuantity('4.00')} (2019)`,
        `${formatQuantity('8.00')} (2020)`,
      ]);
      expect(cellsOf(byTestId('funding-E024-2020')).slice(-2)).toEqual([
        formatAchievedPercent(62.5),
        formatAchievedPercent(125),
      ]);
      // Values entered by hand are evidence: listed with their source, without the form.
      expect(cellsOf(byTestId('manual-RCO14-values')!.querySelector('tbody tr'))).toContain(
        'Register 2020',
      );
      expect(cellsOf(byTestId('money-per-user'))[2]).toBe(formatEuros('314710.00'));
      expect(text(byTestId('cofinancing-explanation'))).toBe(
        'The EU support recorded should equal the co-financing rate times the certified ' +
          `expenditure. A difference of more than ${formatEuros('1.00')}, committed or paid, is flagged.`,
      );
      expect(byTestId('figure-history')!.querySelectorAll('tbody tr')).toHaveLength(4);
    },
  );

  it.each(READ_ONLY_ROLES)(
    'reads as an indicator sheet for the %s role: one h1, then in order',
    async (role) => {
      await openPage(aSessionAs(role));
      loadSheet();

      expect(headings()).toEqual([
        'h1 BCN-CIBERNARIUM-2017',
        'h2 Identification',
        'h2 Indicator sheet',
        'h2 Indicators per year',
        'h3 E024 · Users of e-government applications (users)',
        'h3 RCO14 · Public institutions supported to develop digital services (institutions)',
        'h2 RCO14: values entered by hand',
        'h2 Money figures',
        'h2 Unit costs',
        'h2 Co-financing check',
        'h2 Figure history',
      ]);
    },
  );

  it.each(READ_ONLY_ROLES)(
    'tells the %s role when nothing is linked, without inviting to link',
    async (role) => {
      await openPage(aSessionAs(role));
      load(anOperation());
      backend
        .expectOne(FUNDING_URL)
        .flush({ ...aFundingIndicators(), indicators: [], provenance: null });
      harness.detectChanges();

      expect(text()).toContain('No indicators are linked to this operation yet.');
      expect(text()).toContain('No indicators are linked, so there are no values per year.');
      expect(text()).not.toContain('Link an indicator');
    },
  );
});

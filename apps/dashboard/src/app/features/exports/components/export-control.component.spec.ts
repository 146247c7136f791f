import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EXPORT_ID, EXPORT_SNAPSHOT_ID } from '../../../../testing/exports-fixtures';
import { type ExportKind } from '../../../core/api/exports.model';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { EXPORTS_MESSAGES } from '../exports.messages';
import { ExportControlComponent } from './export-control.component';

const QUERY = { from: '2020-01-01', to: '2020-12-31', programme: 'Cibernàrium' };

describe('ExportControlComponent', () => {
  let fixture: ComponentFixture<ExportControlComponent>;
  let backend: HttpTestingController;
  let requested: string[];

  function render(kind: ExportKind, inputs: Record<string, unknown> = {}): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMessages(EXPORTS_MESSAGES),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExportControlComponent);
    fixture.componentRef.setInput('kind', kind);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    requested = [];
    fixture.componentInstance.requested.subscribe((id) => requested.push(id));
    fixture.detectChanges();
  }

  afterEach(() => backend.verify());

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return root().querySelector<T>(`[data-testid="${id}"]`);
  }

  function text(element: Element | null): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function choose(testId: string, value: string): void {
    const select = byTestId<HTMLSelectElement>(testId)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  function submit(): void {
    byTestId('export-submit')!.click();
    fixture.detectChanges();
  }

  it('asks for the workbook of the query in the interface language, then points to the exports page', () => {
    render('manager', { query: QUERY });
    expect(text(root().querySelector('legend'))).toBe('Export: Manager workbook');
    expect(byTestId<HTMLSelectElement>('export-language')!.value).toBe('en');
    expect(byTestId('export-table')).toBeNull();

    submit();
    expect(text(byTestId('export-submit'))).toBe('Asking…');
    const request = backend.expectOne({ method: 'POST', url: '/api/exports' });
    expect(request.request.body).toEqual({
      kind: 'manager',
      format: 'xlsx',
      language: 'en',
      query: QUERY,
    });
    request.flush({ id: EXPORT_ID }, { status: 202, statusText: 'Accepted' });
    fixture.detectChanges();

    expect(requested).toEqual([EXPORT_ID]);
    expect(text(byTestId('export-accepted'))).toContain('The file is being built.');
    expect(byTestId('export-open')!.getAttribute('href')).toBe('/exports');
    expect(byTestId('export-accepted')!.closest('[role="status"]')).not.toBeNull();
  });

  it('asks for one table as CSV, in the language chosen', () => {
    render('manager', { query: QUERY });
    (byTestId('export-format-csv') as HTMLInputElement).click();
    fixture.detectChanges();
    const tables = Array.from(byTestId<HTMLSelectElement>('export-table')!.options, (option) =>
      text(option),
    );
    expect(tables).toEqual([
      'Overview',
      'Trends by year',
      'Trends by month',
      'Breakdowns',
      'Courses',
    ]);
    const label = root().querySelector(`label[for="${byTestId('export-table')!.id}"]`);
    expect(text(label)).toBe('Table');
    choose('export-table', 'courses');
    choose('export-language', 'ca');
    expect(
      byTestId('export-language')!.querySelector('option[value="ca"]')!.getAttribute('lang'),
    ).toBe('ca');

    submit();
    const request = backend.expectOne('/api/exports');
    expect(request.request.body).toEqual({
      kind: 'manager',
      format: 'csv',
      table: 'courses',
      language: 'ca',
      query: QUERY,
    });
    request.flush({ id: EXPORT_ID });
  });

  it('shows why the API refused, next to the field it names', () => {
    render('manager', { query: QUERY });
    (byTestId('export-format-csv') as HTMLInputElement).click();
    fixture.detectChanges();
    submit();
    backend.expectOne('/api/exports').flush(
      {
        code: 'exports.invalid_request',
        message: '"table" must be one of overview, courses.',
        details: [{ field: 'table', message: 'must be one of overview, courses' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    fixture.detectChanges();

    const alert = byTestId('export-refused')!;
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(text(alert)).toBe(
      'The export was not accepted. "table" must be one of overview, courses.',
    );
    const table = byTestId('export-table')!;
    expect(table.getAttribute('aria-invalid')).toBe('true');
    expect(text(root().querySelector(`#${table.getAttribute('aria-describedby')}`))).toBe(
      'must be one of overview, courses',
    );
    expect(requested).toEqual([]);
  });

  it('offers the evidence of an ERDF workbook only where allowed', () => {
    render('erdf', { snapshotId: EXPORT_SNAPSHOT_ID, allowEvidence: true });
    const evidence = byTestId<HTMLInputElement>('export-evidence')!;
    expect(text(evidence.closest('label'))).toContain('Add the evidence sheet');
    evidence.click();
    fixture.detectChanges();
    submit();
    expect(backend.expectOne('/api/exports').request.body).toEqual({
      kind: 'erdf',
      format: 'xlsx',
      language: 'en',
      snapshotId: EXPORT_SNAPSHOT_ID,
      evidence: true,
    });
  });

  it('leaves the evidence out for a role that may not have it', () => {
    render('erdf', { snapshotId: EXPORT_SNAPSHOT_ID });
    expect(byTestId('export-evidence')).toBeNull();
    (byTestId('export-format-csv') as HTMLInputElement).click();
    fixture.detectChanges();
    const tables = Array.from(byTestId<HTMLSelectElement>('export-table')!.options, (o) => o.value);
    expect(tables).not.toContain('evidence');
    expect(tables[0]).toBe('identification');
  });

  it('sends the threshold of a publication export', () => {
    render('publication', { snapshotId: EXPORT_SNAPSHOT_ID, k: 5 });
    submit();
    expect(backend.expectOne('/api/exports').request.body).toEqual({
      kind: 'publication',
      format: 'xlsx',
      language: 'en',
      snapshotId: EXPORT_SNAPSHOT_ID,
      k: 5,
    });
  });
});

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aSession } from '../../../../testing/api-fixtures';
import { authInterceptor } from '../../../core/auth/auth.interceptor';
import { SESSION_STORAGE_KEY } from '../../../core/auth/auth.service';
import { FileSaverService } from '../../../core/files/file-saver.service';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { NOW } from '../../../core/time/now.token';
import { OVERVIEW_MESSAGES } from '../overview.messages';
import { ExcelDownloadButtonComponent } from './excel-download-button.component';

describe('ExcelDownloadButtonComponent', () => {
  let fixture: ComponentFixture<ExcelDownloadButtonComponent>;
  let backend: HttpTestingController;
  let save: jest.Mock;

  beforeEach(() => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(aSession()));
    save = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: NOW, useValue: () => new Date('2024-06-15T12:00:00.000Z') },
        { provide: FileSaverService, useValue: { save } },
        provideMessages(OVERVIEW_MESSAGES),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExcelDownloadButtonComponent);
    fixture.componentRef.setInput('query', {
      from: '2022-01-01',
      to: '2022-12-31',
      programme: 'Competències digitals',
    });
    fixture.componentRef.setInput('question', '2022, programme Competències digitals');
    fixture.detectChanges();
  });

  afterEach(() => {
    backend.verify();
    sessionStorage.clear();
  });

  function clickDownload() {
    (
      fixture.nativeElement.querySelector('[data-testid="download-xlsx"]') as HTMLButtonElement
    ).click();
    const request = backend.expectOne(
      (r) =>
        r.url === '/api/exports/indicators.xlsx' &&
        r.params.get('from') === '2022-01-01' &&
        r.params.get('to') === '2022-12-31' &&
        r.params.get('programme') === 'Competències digitals',
    );
    expect(request.request.responseType).toBe('blob');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    return request;
  }

  it('saves the workbook under the name the server gives', () => {
    const workbook = new Blob(['xlsx'], { type: 'application/vnd.ms-excel' });

    clickDownload().flush(workbook, {
      headers: {
        'Content-Disposition': 'attachment; filename="fita-indicators-2022-01-01_2022-12-31.xlsx"',
      },
    });

    expect(save).toHaveBeenCalledWith(workbook, 'fita-indicators-2022-01-01_2022-12-31.xlsx');
  });

  it('falls back to a name with the period without a Content-Disposition name', () => {
    clickDownload().flush(new Blob(['xlsx']));
    fixture.detectChanges();

    expect(save).toHaveBeenCalledWith(
      expect.any(Blob),
      'fita-indicators-2022-01-01_2022-12-31.xlsx',
    );
    expect(fixture.nativeElement.querySelector('[role="status"]')?.textContent).toBe(
      'Downloaded fita-indicators-2022-01-01_2022-12-31.xlsx.',
    );
  });

  it('says what it prepares while busy, keeping the button focusable', () => {
    const request = clickDownload();
    fixture.detectChanges();

    const button = fixture.nativeElement.querySelector(
      '[data-testid="download-xlsx"]',
    ) as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Preparing Excel…');
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(fixture.nativeElement.querySelector('[role="status"]')?.textContent).toBe(
      'Preparing the Excel file for 2022, programme Competències digitals.',
    );
    request.flush(new Blob(['xlsx']));
  });

  it('cannot be pressed before the question is settled', () => {
    fixture.componentRef.setInput('query', null);
    fixture.detectChanges();

    const button = fixture.nativeElement.querySelector(
      '[data-testid="download-xlsx"]',
    ) as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Download Excel');
    expect(button.disabled).toBe(true);
  });

  it('says so when the download fails', () => {
    clickDownload().flush(new Blob(['{}']), { status: 500, statusText: 'Server Error' });
    fixture.detectChanges();

    expect(save).not.toHaveBeenCalled();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain(
      'The Excel file could not be downloaded.',
    );
  });
});

import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { aFreshness } from '../../../../testing/api-fixtures';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { formatDateTime } from '../../../shared/format/locale-format';
import { OVERVIEW_MESSAGES } from '../overview.messages';
import { DataFreshnessComponent } from './data-freshness.component';

/** aFreshness's `asOf`: when the facts last caught up. */
const FACTS_AS_OF = '2024-06-15T08:00:00.000Z';

describe('DataFreshnessComponent', () => {
  let fixture: ComponentFixture<DataFreshnessComponent>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideMessages(OVERVIEW_MESSAGES)] });
    fixture = TestBed.createComponent(DataFreshnessComponent);
    fixture.componentRef.setInput('state', {
      status: 'ready',
      value: aFreshness(10, 10),
      error: null,
    });
    fixture.componentRef.setInput('refreshing', false);
  });

  function shown(figuresCutoff: string | null): string {
    fixture.componentRef.setInput('figuresCutoff', figuresCutoff);
    fixture.detectChanges();
    const line = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="data-as-of"]');
    return line?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('gives when the facts caught up while no figures are shown', () => {
    expect(shown(null)).toBe(`Data as of ${formatDateTime(FACTS_AS_OF)}`);
  });

  it('gives the figures’ own cut-off when they were computed before the facts caught up', () => {
    expect(shown('2024-06-15T07:58:30.000Z')).toBe(
      `Data as of ${formatDateTime('2024-06-15T07:58:30.000Z')}`,
    );
  });

  it('never claims later than the facts, whatever the figures say', () => {
    expect(shown('2024-06-15T08:00:05.000Z')).toBe(`Data as of ${formatDateTime(FACTS_AS_OF)}`);
  });
});

import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { failOnMissingTexts } from '../../../../testing/missing-texts';
import { type Period } from '../../../core/api/period';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { FILTERS_MESSAGES } from '../filters.messages';
import { PeriodPickerComponent } from './period-picker.component';

describe('PeriodPickerComponent', () => {
  let fixture: ComponentFixture<PeriodPickerComponent>;
  let chosen: Period[];

  failOnMissingTexts();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideMessages(FILTERS_MESSAGES)] });
  });

  function create(period: Period): void {
    fixture = TestBed.createComponent(PeriodPickerComponent);
    fixture.componentRef.setInput('period', period);
    chosen = [];
    fixture.componentInstance.periodChange.subscribe((next) => chosen.push(next));
    fixture.detectChanges();
  }

  function byTestId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
  }

  function select(value: string): void {
    const element = byTestId<HTMLSelectElement>('period-select')!;
    element.value = value;
    element.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  function applyDates(from: string, to: string): void {
    byTestId<HTMLInputElement>('period-from')!.value = from;
    byTestId<HTMLInputElement>('period-to')!.value = to;
    byTestId('period-apply')!.click();
    fixture.detectChanges();
  }

  it('shows the preset the period is, or its dates', () => {
    create({ from: '2019-01-01', to: '2019-12-31' });
    expect(byTestId<HTMLSelectElement>('period-select')!.value).toBe('2019');
    expect(byTestId('period-from')).toBeNull();

    fixture.componentRef.setInput('period', { from: '2019-03-01', to: '2019-04-30' });
    fixture.detectChanges();
    expect(byTestId<HTMLSelectElement>('period-select')!.value).toBe('custom');
    expect(byTestId<HTMLInputElement>('period-from')!.value).toBe('2019-03-01');
  });

  it('picks a year or all years at once', () => {
    create({ from: '2017-01-01', to: '2021-12-31' });
    const options = Array.from(byTestId<HTMLSelectElement>('period-select')!.options, (option) =>
      option.text.trim(),
    );
    expect(options).toEqual([
      'All years, 2017–2021',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      'Custom dates…',
    ]);

    select('2020');
    select('all');

    expect(chosen).toEqual([
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2017-01-01', to: '2021-12-31' },
    ]);
  });

  it('takes custom dates only when applied, and in order', () => {
    create({ from: '2017-01-01', to: '2021-12-31' });
    select('custom');
    expect(chosen).toEqual([]);

    applyDates('2020-06-30', '2020-03-01');
    expect(chosen).toEqual([]);
    const error = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(error?.textContent).toContain('The first day must be on or before the last day.');
    expect(byTestId('period-from')!.getAttribute('aria-invalid')).toBe('true');

    applyDates('', '2020-03-01');
    expect(chosen).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Enter both dates.');

    applyDates('2020-03-01', '2020-06-30');
    expect(chosen).toEqual([{ from: '2020-03-01', to: '2020-06-30' }]);
  });
});

import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  anIndicatorDefinition,
  anOperationIndicator,
  anOperationSummary,
} from '../../../../testing/api-fixtures';
import {
  aFundingIndicator,
  aFundingIndicators,
  aFundingYear,
  anE024WithTarget,
} from '../../../../testing/overview-fixtures';
import { type Remote, remoteLoading } from '../../../core/api/remote';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { formatRate } from '../../../shared/format/figure-format';
import { formatQuantity } from '../../../shared/format/locale-format';
import { type OperationProgress, operationProgressOf } from '../data/target-progress';
import { OVERVIEW_MESSAGES } from '../overview.messages';
import { TargetProgressComponent } from './target-progress.component';

const OPERATION = anOperationSummary();

function progressOf(...indicators: Parameters<typeof aFundingIndicators>[1]): OperationProgress {
  return operationProgressOf(OPERATION, aFundingIndicators(OPERATION.id, indicators));
}

describe('TargetProgressComponent', () => {
  let fixture: ComponentFixture<TargetProgressComponent>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideMessages(OVERVIEW_MESSAGES)] });
    fixture = TestBed.createComponent(TargetProgressComponent);
  });

  function show(state: Remote<readonly OperationProgress[]>): void {
    fixture.componentRef.setInput('state', state);
    fixture.detectChanges();
  }

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(element: Element | null): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('shows each target as a progress bar with value, target, percentage and milestone', () => {
    show({
      status: 'ready',
      value: [
        progressOf(
          anE024WithTarget([
            aFundingYear(2019, 5_000, { percentOfTarget: 62.5, percentOfMilestone: 125 }),
            aFundingYear(2020, null),
          ]),
        ),
      ],
      error: null,
    });

    expect(text(root().querySelector('h3'))).toBe(`${OPERATION.name} (${OPERATION.code})`);
    const target = root().querySelector('[data-testid="target-E024"]') as HTMLElement;
    expect(text(target.querySelector('.target__name'))).toBe(
      'E024 · Users of e-government applications',
    );
    const bar = target.querySelector('progress') as HTMLProgressElement;
    expect(bar.max).toBe(100);
    expect(bar.value).toBe(62.5);
    expect(bar.getAttribute('aria-label')).toBe(`E024: ${formatRate(0.625)} of the target`);
    expect(text(target.querySelector('[data-testid="target-figures"]'))).toBe(
      `${formatQuantity('5000')} of ${formatQuantity('8000.00')} users (${formatRate(0.625)})`,
    );
    expect(Array.from(target.querySelectorAll('.target__note'), (note) => text(note))).toEqual([
      'Value for 2019; target for 2020.',
      `Milestone for 2019: ${formatQuantity('4000.00')} users, ${formatRate(1.25)} reached.`,
    ]);
  });

  it('fills the bar no further than the target, and says how far beyond it is', () => {
    show({
      status: 'ready',
      value: [progressOf(anE024WithTarget([aFundingYear(2020, 12_000, { percentOfTarget: 150 })]))],
      error: null,
    });

    const bar = root().querySelector('progress') as HTMLProgressElement;
    expect(bar.value).toBe(100);
    expect(bar.getAttribute('aria-label')).toBe(`E024: ${formatRate(1.5)} of the target`);
  });

  it('says when there is no value yet, or none on the milestone year', () => {
    show({
      status: 'ready',
      value: [progressOf(anE024WithTarget([aFundingYear(2019, null), aFundingYear(2020, null)]))],
      error: null,
    });

    const target = root().querySelector('[data-testid="target-E024"]') as HTMLElement;
    expect((target.querySelector('progress') as HTMLProgressElement).value).toBe(0);
    expect(text(target.querySelector('[data-testid="target-figures"]'))).toBe(
      `No value yet; the target is ${formatQuantity('8000.00')} users for 2020.`,
    );
    expect(text(target.querySelector('.target__note'))).toBe(
      `Milestone for 2019: ${formatQuantity('4000.00')} users; there is no value for that year.`,
    );
  });

  it('says so when there is no operation', () => {
    show({ status: 'ready', value: [], error: null });

    expect(text(root().querySelector('[data-testid="targets-empty"]'))).toBe(
      'No operation has been recorded yet, so there is no target to measure progress against.',
    );
    expect(root().querySelector('progress')).toBeNull();
  });

  it('says so when no operation has a target', () => {
    const rco14 = aFundingIndicator(anOperationIndicator(anIndicatorDefinition()), [
      aFundingYear(2020, 3),
    ]);
    show({ status: 'ready', value: [progressOf(rco14)], error: null });

    expect(text(root().querySelector('[data-testid="targets-empty"]'))).toBe(
      'No operation has a target set for its indicators yet.',
    );
  });

  it('lists an operation without targets next to one with, saying so', () => {
    const other = anOperationSummary({ id: 'op-2', code: 'BCN-OTHER', name: 'Other operation' });
    show({
      status: 'ready',
      value: [
        progressOf(anE024WithTarget([aFundingYear(2020, 10, { percentOfTarget: 0.125 })])),
        operationProgressOf(other, aFundingIndicators(other.id, [])),
      ],
      error: null,
    });

    expect(text(root().querySelector('[data-testid="targets-BCN-OTHER"]'))).toContain(
      'No target is set for the indicators of this operation.',
    );
    expect(root().querySelectorAll('progress')).toHaveLength(1);
  });

  it('says it is loading', () => {
    show(remoteLoading());

    expect(text(root())).toContain('Loading…');
    expect(root().querySelector('section')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows the reason of a failure and offers to try again', () => {
    const retry = jest.fn();
    fixture.componentRef.instance.retry.subscribe(retry);
    show({ status: 'error', value: null, error: 'Forbidden.' });

    const alert = root().querySelector('[role="alert"]') as HTMLElement;
    expect(text(alert)).toBe('Progress towards targets could not be loaded. Forbidden. Try again');
    alert.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

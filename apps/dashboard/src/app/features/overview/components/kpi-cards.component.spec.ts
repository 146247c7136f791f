import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { overviewFigures } from '../../../../testing/overview-fixtures';
import { type Remote, remoteLoading } from '../../../core/api/remote';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { FIGURES_MESSAGES } from '../../../shared/figures/figures.messages';
import { formatGrowth, formatRate } from '../../../shared/format/figure-format';
import { formatCount } from '../../../shared/format/locale-format';
import { type KpiFigures } from '../data/kpis';
import { OVERVIEW_MESSAGES } from '../overview.messages';
import { KpiCardsComponent } from './kpi-cards.component';

const Y2021 = { from: '2021-01-01', to: '2021-12-31' };
const Y2020 = { from: '2020-01-01', to: '2020-12-31' };

const FIGURES: KpiFigures = {
  current: overviewFigures(
    Y2021,
    { users: 23_364, enrolments: 40_000, completions: 10_000, women: 11_682, unknownSex: 364 },
    {
      users: 0.852,
      enrolments: -0.1,
      completions: 0,
      completionRate: null,
      coursesPerPerson: 0.05,
    },
  ),
  previous: overviewFigures(Y2020, { users: 12_000, women: 4_800 }),
};

describe('KpiCardsComponent', () => {
  let fixture: ComponentFixture<KpiCardsComponent>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideMessages(FIGURES_MESSAGES, OVERVIEW_MESSAGES)],
    });
    fixture = TestBed.createComponent(KpiCardsComponent);
    fixture.componentRef.setInput('question', '2021');
  });

  function show(state: Remote<KpiFigures>): void {
    fixture.componentRef.setInput('state', state);
    fixture.detectChanges();
  }

  function root(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  /** Text as the DOM holds it: the arrow and the hidden direction word touch. */
  function text(element: Element | null): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function card(key: string) {
    const element = (fixture.nativeElement as HTMLElement).querySelector(
      `[data-testid="kpi-${key}"]`,
    );
    return {
      title: text(element?.querySelector('h3') ?? null),
      value: text(element?.querySelector('[data-testid="kpi-value"]') ?? null),
      change: text(element?.querySelector('[data-testid="kpi-change"]') ?? null),
      counts: text(element?.querySelector('[data-testid="kpi-counts"]') ?? null),
    };
  }

  it('shows each figure with its change on the year before and what it counts', () => {
    show({ status: 'ready', value: FIGURES, error: null });

    expect(card('users')).toEqual({
      title: 'Users',
      value: formatCount(23_364),
      change: `▲Up: ${formatGrowth(0.852)} vs 2020`,
      counts: 'People with at least one learning activity in the period.',
    });
    expect(card('enrolments')).toMatchObject({
      title: 'Enrolments',
      value: formatCount(40_000),
      change: `▼Down: ${formatGrowth(-0.1)} vs 2020`,
    });
    expect(card('completions')).toMatchObject({
      title: 'Completions',
      change: `▶No change: ${formatGrowth(0)} vs 2020`,
    });
    expect(card('completionRate')).toMatchObject({
      title: 'Completion rate',
      value: formatRate(0.25),
      change: 'n/a vs 2020: nothing to compare with',
    });
    expect(card('coursesPerPerson')).toMatchObject({
      title: 'Courses per person',
      value: expect.stringMatching(/^0[.,]43$/),
      counts: 'Courses completed per user: completions ÷ users of the period.',
    });
    // 11,682 / 23,364 = 50 % against 4,800 / 12,000 = 40 %: a quarter more.
    expect(card('womenShare')).toEqual({
      title: 'Share of women',
      value: formatRate(0.5),
      change: `▲Up: ${formatGrowth(0.25)} vs 2020`,
      counts: `Women ÷ all ${formatCount(23_364)} users of the period, including the 364 whose sex is not known.`,
    });
  });

  it('hides the arrow from screen readers, which get the direction as a word', () => {
    show({ status: 'ready', value: FIGURES, error: null });

    const change = fixture.nativeElement.querySelector(
      '[data-testid="kpi-users"] [data-testid="kpi-change"]',
    ) as HTMLElement;
    expect(change.querySelector('[aria-hidden="true"]')?.textContent).toBe('▲');
    expect(change.querySelector('.visually-hidden')?.textContent).toBe('Up:');
  });

  it('says n/a for ratios over nothing, and that nothing was counted', () => {
    show({
      status: 'ready',
      value: { current: overviewFigures(Y2021), previous: overviewFigures(Y2020) },
      error: null,
    });

    expect(card('users').value).toBe('0');
    expect(card('completionRate').value).toBe('n/a');
    expect(card('coursesPerPerson').value).toBe('n/a');
    expect(card('womenShare')).toMatchObject({
      value: 'n/a',
      change: 'n/a vs 2020: nothing to compare with',
    });
    expect(text(root().querySelector('[data-testid="kpis-empty"]'))).toBe(
      'Nothing was counted for 2021. Choose another period, or fewer filters.',
    );
  });

  it('names a period of days it compares with', () => {
    const current = overviewFigures(
      { from: '2021-03-01', to: '2021-06-30' },
      { users: 5 },
      { users: 0.5 },
    );
    show({
      status: 'ready',
      value: { current, previous: overviewFigures(current.previousPeriod, { users: 4 }) },
      error: null,
    });

    expect(card('users').change).toMatch(/vs .*2020 – .*2020$/);
  });

  it('shows where the figures come from', () => {
    show({ status: 'ready', value: FIGURES, error: null });

    expect(text(root().querySelector('[data-testid="provenance"]'))).toContain(
      'Time zoneEurope/Madrid',
    );
  });

  it('says it is loading, keeping the section busy', () => {
    show(remoteLoading());

    expect(text(root())).toContain('Loading…');
    expect(fixture.nativeElement.querySelector('section').getAttribute('aria-busy')).toBe('true');
    expect(fixture.nativeElement.querySelector('[data-testid="kpi-users"]')).toBeNull();
  });

  it('shows the reason of a failure and offers to try again', () => {
    const retry = jest.fn();
    fixture.componentRef.instance.retry.subscribe(retry);
    show({ status: 'error', value: null, error: 'The indicators are being rebuilt.' });

    const alert = fixture.nativeElement.querySelector('[role="alert"]') as HTMLElement;
    expect(text(alert)).toBe(
      'The key figures could not be loaded. The indicators are being rebuilt. Try again',
    );
    alert.querySelector('button')!.click();
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

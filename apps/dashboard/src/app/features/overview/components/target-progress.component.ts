import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { type Remote } from '../../../core/api/remote';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { formatRate } from '../../../shared/format/figure-format';
import { formatQuantity } from '../../../shared/format/locale-format';
import { LocalTextPipe } from '../../../shared/format/local-text.pipe';
import { type OperationProgress, type TargetProgress, barFill } from '../data/target-progress';

interface TargetView {
  readonly progress: TargetProgress;
  readonly fill: number;
  readonly label: string;
  readonly figures: string;
  readonly notes: readonly string[];
}

/**
 * Each operation's funding indicators that have a target, as progress bars:
 * the latest value against the target, and the milestone on its year.
 */
@Component({
  selector: 'fita-target-progress',
  imports: [LocalTextPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="targets-title"
      [attr.aria-busy]="state().status === 'loading'"
    >
      <h2 id="targets-title" class="card__title">{{ 'overview.targets.title' | t }}</h2>
      <p class="card__subtitle">{{ 'overview.targets.lead' | t }}</p>

      @if (state().value; as operations) {
        @if (operations.length === 0) {
          <p class="empty-note" data-testid="targets-empty">
            {{ 'overview.targets.noOperation' | t }}
          </p>
        } @else if (!anyTarget()) {
          <p class="empty-note" data-testid="targets-empty">
            {{ 'overview.targets.noTargets' | t }}
          </p>
        } @else {
          @for (item of views(); track item.operation.id) {
            <div class="operation" [attr.data-testid]="'targets-' + item.operation.code">
              <h3 class="operation__title">
                {{ item.operation.name }}
                <span class="muted">({{ item.operation.code }})</span>
              </h3>
              @for (target of item.targets; track target.progress.code) {
                <div class="target" [attr.data-testid]="'target-' + target.progress.code">
                  <p class="target__name">
                    <strong>{{ target.progress.code }}</strong>
                    · {{ target.progress.names | localText }}
                  </p>
                  <progress
                    class="target__bar"
                    max="100"
                    [value]="target.fill"
                    [attr.aria-label]="target.label"
                  ></progress>
                  <p class="target__figures" data-testid="target-figures">{{ target.figures }}</p>
                  @for (note of target.notes; track note) {
                    <p class="target__note">{{ note }}</p>
                  }
                </div>
              } @empty {
                <p class="empty-note">{{ 'overview.targets.operationNoTargets' | t }}</p>
              }
            </div>
          }
        }
      } @else if (state().status === 'error') {
        <div class="error-box" role="alert">
          <p>{{ 'overview.targets.error' | t: { reason: state().error ?? '' } }}</p>
          <button type="button" class="button button--secondary" (click)="retry.emit()">
            {{ 'common.retry' | t }}
          </button>
        </div>
      } @else {
        <p class="loading-note">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .operation {
      margin-top: 1rem;
    }
    .operation__title {
      margin: 0 0 0.5rem;
      font-size: 1rem;
    }
    .muted {
      color: var(--color-text-muted);
      font-weight: normal;
    }
    .target + .target {
      margin-top: 1rem;
    }
    .target__name,
    .target__figures,
    .target__note {
      margin: 0;
    }
    .target__figures {
      font-variant-numeric: tabular-nums;
    }
    .target__note {
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
    .target__bar {
      display: block;
      width: 100%;
      height: 0.9rem;
      margin: 0.35rem 0;
      accent-color: var(--color-primary);
    }
  `,
})
export class TargetProgressComponent {
  readonly state = input.required<Remote<readonly OperationProgress[]>>();
  readonly retry = output<void>();

  private readonly translator = inject(Translator);

  protected readonly anyTarget = computed(() =>
    (this.state().value ?? []).some((item) => item.indicators.length > 0),
  );
  protected readonly views = computed(() =>
    (this.state().value ?? []).map((item) => ({
      operation: item.operation,
      targets: item.indicators.map((progress) => this.view(progress)),
    })),
  );

  private view(progress: TargetProgress): TargetView {
    const t = (key: string, params?: Record<string, string | number>) =>
      this.translator.t(key, params);
    const { code, unit, target, latest, milestone } = progress;
    const percent = latest?.percentOfTarget ?? null;
    const shownPercent = formatRate(percent === null ? null : percent / 100);
    const notes: string[] = [];
    if (latest) {
      notes.push(t('overview.targets.when', { year: latest.year, targetYear: target.year }));
    }
    if (milestone) {
      const milestoneParams = {
        year: milestone.year,
        value: formatQuantity(milestone.value),
        unit,
      };
      notes.push(
        milestone.percent === null
          ? t('overview.targets.milestoneNoValue', milestoneParams)
          : t('overview.targets.milestone', {
              ...milestoneParams,
              percent: formatRate(milestone.percent / 100),
            }),
      );
    }
    return {
      progress,
      fill: barFill(percent),
      label: t('overview.targets.progressLabel', { code, percent: shownPercent }),
      figures: latest
        ? t('overview.targets.progress', {
            value: formatQuantity(String(latest.value)),
            target: formatQuantity(target.value),
            unit,
            percent: shownPercent,
          })
        : t('overview.targets.noValue', {
            target: formatQuantity(target.value),
            unit,
            targetYear: target.year,
          }),
      notes,
    };
  }
}

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CountPipe } from '../../../shared/format/count.pipe';
import { JOB_STAGES, type JobStage, type SnapshotJobState, stepOf } from '../data/snapshot-job';
import { shortId } from '../data/snapshot-query';
import { type SnapshotsTextKey } from '../snapshots.messages';

const STAGE_TEXTS: Readonly<Record<JobStage, SnapshotsTextKey>> = {
  queued: 'snapshots.job.stage.queued',
  refreshing: 'snapshots.job.stage.refreshing',
  computing: 'snapshots.job.stage.computing',
  storing: 'snapshots.job.stage.storing',
};

let nextId = 0;

/**
 * Where a snapshot job stands: a progress bar by step while it runs, then a
 * link to the snapshot, or why it failed. The step is announced politely;
 * a failure at once.
 */
@Component({
  selector: 'fita-snapshot-job-progress',
  imports: [CountPipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let job = state();
    <div class="job" [attr.data-testid]="testId()">
      <!-- Live regions stay in the DOM: only changes to what they hold are announced. -->
      <div role="status">
        @if (stage(); as current) {
          <p class="job__step" [attr.data-testid]="testId() + '-step'">
            {{
              'snapshots.job.step'
                | t: { step: current.step, steps: steps, stage: (current.text | t) }
            }}
          </p>
        } @else if (job.status === 'done') {
          <p class="job__step" [attr.data-testid]="testId() + '-done'">
            {{ 'snapshots.job.done' | t }}
          </p>
        }
      </div>
      @if (stage(); as current) {
        <label class="field__label" [for]="progressId">{{ 'snapshots.job.title' | t }}</label>
        <progress
          class="job__bar"
          [id]="progressId"
          [max]="steps"
          [value]="current.step - 1"
          [attr.data-testid]="testId() + '-bar'"
        ></progress>
        @if (current.processed !== null) {
          <p class="field-hint">
            {{ 'snapshots.job.processed' | t: { n: (current.processed | count) } }}
          </p>
        }
      }
      @if (job.status === 'done') {
        <p>
          <a [routerLink]="['/snapshots', job.snapshotId]" [attr.data-testid]="testId() + '-link'">
            {{ 'snapshots.job.open' | t: { id: short(job.snapshotId) } }}
          </a>
        </p>
      }
      <div role="alert">
        @if (job.status === 'failed') {
          <p class="error-box" [attr.data-testid]="testId() + '-failed'">
            @if (job.error) {
              {{ 'snapshots.job.failed' | t: { error: job.error } }}
            } @else {
              {{ 'snapshots.job.failedUnknown' | t }}
            }
          </p>
        } @else if (job.status === 'unchecked') {
          <div class="error-box" [attr.data-testid]="testId() + '-unchecked'">
            <p>{{ 'snapshots.job.unchecked' | t: { error: job.error } }}</p>
            <button type="button" class="button button--secondary" (click)="checkAgain.emit()">
              {{ 'snapshots.job.checkAgain' | t }}
            </button>
          </div>
        }
      </div>
    </div>
  `,
  styles: `
    .job {
      margin-top: 1rem;
    }
    .job__step {
      margin: 0 0 0.5rem;
    }
    .job__bar {
      display: block;
      width: 100%;
      max-width: 32rem;
      height: 1rem;
      margin: 0.35rem 0;
      accent-color: var(--color-primary);
    }
  `,
})
export class SnapshotJobProgressComponent {
  readonly state = input.required<SnapshotJobState>();
  readonly testId = input('job');
  readonly checkAgain = output();

  protected readonly progressId = `snapshot-job-progress-${nextId++}`;
  protected readonly steps = JOB_STAGES.length;
  protected readonly short = shortId;

  /** The step of a job still running, or last known of one that could not be checked. */
  protected readonly stage = computed(() => {
    const state = this.state();
    if (state.status !== 'running' && state.status !== 'unchecked') return null;
    return {
      step: stepOf(state.stage),
      text: STAGE_TEXTS[state.stage],
      processed: state.processed,
    };
  });
}

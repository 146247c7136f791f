import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { type IndicatorSeries } from '../../../core/api/indicators.model';
import { type Remote } from '../../../core/api/remote';
import { BarChartComponent } from '../../../shared/charts/bar-chart.component';
import { CountPipe } from '../../../shared/format/count.pipe';

@Component({
  selector: 'fita-users-per-year-card',
  imports: [BarChartComponent, CountPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-per-year-card.component.html',
  styleUrl: './users-per-year-card.component.css',
})
export class UsersPerYearCardComponent {
  readonly state = input.required<Remote<IndicatorSeries>>();
  readonly retry = output<void>();

  protected readonly showTable = signal(false);
  protected readonly points = computed(() => this.state().value?.points ?? []);
  protected readonly labels = computed(() => this.points().map((point) => point.period));
  protected readonly values = computed(() => this.points().map((point) => point.users));
  protected readonly hasUsers = computed(() => this.points().some((point) => point.users > 0));
}

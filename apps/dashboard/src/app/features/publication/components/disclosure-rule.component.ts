import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type PublicationLanguage } from '../../../core/api/publication.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The rule and k applied, as the API words it for print, and what the marks mean. */
@Component({
  selector: 'fita-disclosure-rule',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="publication-rule-title">
      <h2 id="publication-rule-title" class="card__title">{{ 'publication.rule.title' | t }}</h2>
      <p class="rule" data-testid="disclosure-rule" [attr.lang]="language()">{{ rule() }}</p>
      <ul class="legend" data-testid="marks-legend">
        <li>
          {{ 'publication.legend.primary' | t: { mark: primaryMark(), largest: k() - 1 } }}
        </li>
        <li>{{ 'publication.legend.secondary' | t: { k: k() } }}</li>
        <li>{{ 'publication.legend.rounded' | t }}</li>
      </ul>
    </section>
  `,
  styles: `
    .rule {
      margin: 0.75rem 0;
    }
    .legend {
      margin: 0;
      padding-left: 1.25rem;
      color: var(--color-text-muted);
      font-size: var(--font-size-small);
    }
  `,
})
export class DisclosureRuleComponent {
  readonly rule = input.required<string>();
  /** The language the API wrote the rule in. */
  readonly language = input.required<PublicationLanguage>();
  readonly k = input.required<number>();

  /** What a count of 1 to k − 1 shows, as the API writes it. */
  protected readonly primaryMark = computed(() => `<${this.k()}`);
}

import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import {
  AGE_SCHEMES,
  type AgeBanding,
  type AgeScheme,
} from '../../../core/api/indicator-figures.model';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { textOf } from '../../../core/i18n/translator';
import { BREAKDOWNS_MESSAGES } from '../breakdowns.messages';

const SCHEME_NAMES: Readonly<Record<AgeScheme, string>> = {
  esf2014: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.scheme.esf2014'),
  esfplus: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.scheme.esfplus'),
  eurostat: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.scheme.eurostat'),
  custom: textOf(BREAKDOWNS_MESSAGES, 'breakdowns.scheme.custom'),
};

/**
 * The age bands of the age breakdown: a funder's scheme, or bands of one's
 * own such as 25-40,41-64, which the API checks (its reason shows here).
 */
@Component({
  selector: 'fita-age-scheme-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="age-scheme">
      <label class="field field--inline">
        <span class="field__label">{{ 'breakdowns.ageBands' | t }}</span>
        <select class="field__control" data-testid="age-scheme" (change)="onScheme($event)">
          @for (scheme of schemes; track scheme.id) {
            <option [value]="scheme.id" [selected]="scheme.id === chosenScheme()">
              {{ scheme.label }}
            </option>
          }
        </select>
      </label>

      @if (chosenScheme() === 'custom') {
        <form class="age-scheme__custom" (submit)="applyBands($event, bandsInput.value)">
          <label class="field field--inline">
            <span class="field__label">{{ 'breakdowns.bands' | t }}</span>
            <input
              #bandsInput
              type="text"
              class="field__control"
              data-testid="age-bands"
              placeholder="25-40,41-64"
              spellcheck="false"
              [value]="banding().bands ?? ''"
              [attr.aria-invalid]="error() !== null"
              [attr.aria-describedby]="
                error() ? 'age-bands-hint age-bands-error' : 'age-bands-hint'
              "
            />
          </label>
          <button type="submit" class="button button--secondary" data-testid="age-bands-apply">
            {{ 'breakdowns.applyBands' | t }}
          </button>
          <p id="age-bands-hint" class="field-hint age-scheme__line">
            {{ 'breakdowns.bandsHint' | t }}
          </p>
          @if (error(); as message) {
            <p
              id="age-bands-error"
              class="field-error age-scheme__line"
              role="alert"
              data-testid="age-bands-error"
            >
              {{ message }}
            </p>
          }
        </form>
      }
    </div>
  `,
  styles: `
    .age-scheme,
    .age-scheme__custom {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75rem;
    }
    .age-scheme__line {
      flex-basis: 100%;
    }
  `,
})
export class AgeSchemePickerComponent {
  readonly banding = input.required<AgeBanding>();
  /** The API's reason for refusing the custom bands; null when it took them. */
  readonly error = input.required<string | null>();
  readonly bandingChange = output<AgeBanding>();

  protected readonly schemes = AGE_SCHEMES.map((id) => ({ id, label: SCHEME_NAMES[id] }));
  /** "Custom" shows the bands box before any band is applied. */
  protected readonly chosenScheme = linkedSignal<AgeScheme>(() => this.banding().scheme);

  protected onScheme(event: Event): void {
    const scheme = AGE_SCHEMES.find((id) => id === (event.target as HTMLSelectElement).value);
    if (!scheme) return;
    this.chosenScheme.set(scheme);
    if (scheme !== 'custom') this.bandingChange.emit({ scheme });
  }

  protected applyBands(event: Event, bands: string): void {
    event.preventDefault();
    this.bandingChange.emit({ scheme: 'custom', bands: bands.trim() });
  }
}

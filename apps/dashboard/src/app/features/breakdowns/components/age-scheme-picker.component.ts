import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core';
import {
  AGE_SCHEMES,
  type AgeBanding,
  type AgeScheme,
} from '../../../core/api/indicator-figures.model';

const SCHEME_NAMES: Readonly<Record<AgeScheme, string>> = {
  esf2014: 'ESF 2014–2020: under 25, 25–54, over 54',
  esfplus: 'ESF+: under 18, 18–29, 30–54, 55 and over',
  eurostat: 'Eurostat: ten-year bands from 16 to 75',
  custom: 'Custom bands…',
};

/**
 * The age bands of the age breakdown: a funder's scheme, or bands of one's
 * own such as 25-40,41-64, which the API checks (its reason shows here).
 */
@Component({
  selector: 'fita-age-scheme-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="age-scheme">
      <label class="field field--inline">
        <span class="field__label">Age bands</span>
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
            <span class="field__label">Bands</span>
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
            Apply bands
          </button>
          <p id="age-bands-hint" class="field-hint age-scheme__line">
            Ages from–to, separated by commas, such as 25-40,41-64. Ages outside them count as
            "outside the bands".
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

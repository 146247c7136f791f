import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
}

let nextGroup = 0;

/**
 * One choice out of a few, as native radio buttons in a fieldset (the arrow
 * keys move between them), drawn as a segmented control.
 */
@Component({
  selector: 'fita-choice-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="choice-group">
      <legend class="field__label">{{ legend() }}</legend>
      <div class="choice-group__options">
        @for (option of options(); track option.id) {
          <label class="choice">
            <input
              type="radio"
              class="choice__input"
              [name]="name"
              [value]="option.id"
              [checked]="option.id === selected()"
              [attr.data-testid]="idPrefix() + '-' + option.id"
              (change)="selectedChange.emit(option.id)"
            />
            <span class="choice__label">{{ option.label }}</span>
          </label>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .choice-group {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .choice-group legend {
      padding: 0;
      margin-bottom: 0.35rem;
    }
    .choice-group__options {
      display: inline-flex;
      flex-wrap: wrap;
      border: 1px solid var(--color-primary);
      border-radius: 0.375rem;
      overflow: hidden;
    }
    .choice {
      position: relative;
      display: inline-flex;
    }
    .choice + .choice {
      border-left: 1px solid var(--color-primary);
    }
    .choice__input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      cursor: pointer;
    }
    .choice__label {
      display: inline-flex;
      align-items: center;
      min-height: 2.25rem;
      padding: 0.25rem 0.85rem;
      background: var(--color-surface);
      color: var(--color-primary);
      font-size: var(--font-size-small);
      font-weight: 600;
    }
    .choice__input:checked + .choice__label {
      background: var(--color-primary);
      color: var(--color-primary-text);
    }
    .choice__input:focus-visible + .choice__label {
      outline: 3px solid var(--color-focus);
      outline-offset: -3px;
      box-shadow: inset 0 0 0 5px var(--color-surface);
    }
  `,
})
export class ChoiceGroupComponent {
  readonly legend = input.required<string>();
  readonly options = input.required<readonly ChoiceOption[]>();
  readonly selected = input.required<string>();
  /** Makes the test ids unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly selectedChange = output<string>();

  protected readonly name = `choice-group-${nextGroup++}`;
}

import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  input,
  output,
  viewChildren,
} from '@angular/core';

export interface TabOption {
  readonly id: string;
  readonly label: string;
}

/** The id of a tab's button, for the panel's aria-labelledby. */
export function tabElementId(prefix: string, tabId: string): string {
  return `${prefix}-tab-${tabId}`;
}

/**
 * A row of tabs (WAI-ARIA tabs pattern, automatic activation): one tab stop,
 * the arrow keys, Home and End move between tabs and select them. The page
 * renders the panel with `panelId` and labels it with `tabElementId`.
 */
@Component({
  selector: 'fita-tab-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="tablist" class="tabs" [attr.aria-label]="label()" (keydown)="onKeydown($event)">
      @for (tab of tabs(); track tab.id) {
        <button
          #tabButton
          type="button"
          role="tab"
          class="tab"
          [id]="tabId(tab.id)"
          [attr.aria-selected]="tab.id === selected()"
          [attr.aria-controls]="panelId()"
          [attr.tabindex]="tab.id === selected() ? 0 : -1"
          [attr.data-testid]="idPrefix() + '-' + tab.id"
          (click)="selectedChange.emit(tab.id)"
        >
          {{ tab.label }}
        </button>
      }
    </div>
  `,
  styles: `
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 1px solid var(--color-border);
    }
    .tab {
      min-height: 2.5rem;
      padding: 0.4rem 0.9rem;
      border: 1px solid transparent;
      border-bottom: none;
      border-radius: 0.375rem 0.375rem 0 0;
      background: transparent;
      color: var(--color-primary);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      margin-bottom: -1px;
    }
    .tab:hover {
      background: var(--color-info-bg);
    }
    .tab[aria-selected='true'] {
      border-color: var(--color-border);
      background: var(--color-surface);
      color: var(--color-text);
      box-shadow: inset 0 3px 0 var(--color-primary);
    }
  `,
})
export class TabListComponent {
  readonly tabs = input.required<readonly TabOption[]>();
  readonly selected = input.required<string>();
  /** Names the row of tabs for assistive technology. */
  readonly label = input.required<string>();
  /** Makes the tab ids unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly panelId = input.required<string>();
  readonly selectedChange = output<string>();

  private readonly buttons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  protected tabId(id: string): string {
    return tabElementId(this.idPrefix(), id);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const tabs = this.tabs();
    const current = tabs.findIndex((tab) => tab.id === this.selected());
    const target = targetIndex(event.key, current, tabs.length);
    if (target === null) return;
    event.preventDefault();
    this.buttons()[target]?.nativeElement.focus();
    this.selectedChange.emit(tabs[target].id);
  }
}

function targetIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, output } from '@angular/core';

/**
 * A button that copies `text` to the clipboard and says whether it worked,
 * so that the page can announce it in its own words. Its label is the
 * projected content.
 */
@Component({
  selector: 'fita-copy-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="button button--secondary button--small" (click)="copy()">
      <ng-content />
    </button>
  `,
})
export class CopyButtonComponent {
  readonly text = input.required<string>();
  /** True once copied; false when the browser refused (no permission, or not a secure page). */
  readonly copied = output<boolean>();

  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard;

  protected copy(): void {
    if (!this.clipboard) {
      this.copied.emit(false);
      return;
    }
    this.clipboard.writeText(this.text()).then(
      () => this.copied.emit(true),
      () => this.copied.emit(false),
    );
  }
}

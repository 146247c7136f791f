import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  effect,
  inject,
} from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { ConfirmationPanelComponent } from '../../../../shared/controls/confirmation-panel.component';
import { OutcomeMessagesComponent } from '../../../../shared/controls/outcome-messages.component';
import { PrivacyRequestFormComponent } from '../../components/privacy-request-form.component';
import {
  PrivacyRequestsTableComponent,
  liftButtonId,
} from '../../components/privacy-requests-table.component';
import { PrivacyRequestsStore } from '../../data/privacy-requests.store';

@Component({
  selector: 'fita-privacy-requests-page',
  imports: [
    OutcomeMessagesComponent,
    ConfirmationPanelComponent,
    PrivacyRequestFormComponent,
    PrivacyRequestsTableComponent,
    TranslatePipe,
  ],
  providers: [PrivacyRequestsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './privacy-requests.page.html',
  styleUrl: './privacy-requests.page.css',
})
export class PrivacyRequestsPage {
  protected readonly store = inject(PrivacyRequestsStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  /** The restriction whose lift was confirmed, until it is over. */
  private lifted: string | null = null;

  constructor() {
    // A lifted row loses its button: the focus goes to the list instead.
    effect(() => {
      if (this.store.lifting() || this.lifted === null) return;
      const buttonId = this.lifted;
      this.lifted = null;
      this.focusLater(buttonId, 'privacy-requests-title');
    });
  }

  protected confirmLift(): void {
    const request = this.store.pendingLift();
    if (request) this.lifted = liftButtonId(request);
    this.store.confirmLift();
  }

  /** The question is gone: the focus goes back to the button that asked it. */
  protected cancelLift(): void {
    const request = this.store.pendingLift();
    this.store.cancelLift();
    if (request) this.focusLater(liftButtonId(request));
  }

  /** Back to the button that asked for the erasure. */
  protected cancelErasure(): void {
    this.store.cancelErasure();
    this.focusLater('privacy-submit-button');
  }

  private focusLater(id: string, fallback?: string): void {
    afterNextRender(
      () =>
        (
          this.document.getElementById(id) ??
          (fallback ? this.document.getElementById(fallback) : null)
        )?.focus(),
      { injector: this.injector },
    );
  }
}

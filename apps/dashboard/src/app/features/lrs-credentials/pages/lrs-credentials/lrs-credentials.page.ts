import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { ConfirmationPanelComponent } from '../../../../shared/controls/confirmation-panel.component';
import { CopyButtonComponent } from '../../../../shared/controls/copy-button.component';
import { ShownOnceSecretComponent } from '../../../../shared/controls/shown-once-secret.component';
import { OutcomeMessagesComponent } from '../../../../shared/controls/outcome-messages.component';
import {
  CredentialsTableComponent,
  revokeButtonId,
} from '../../components/credentials-table.component';
import { NewCredentialFormComponent } from '../../components/new-credential-form.component';
import { LrsCredentialsStore } from '../../data/lrs-credentials.store';
import { xapiConnection, xapiEndpoint } from '../../data/xapi-connection';

@Component({
  selector: 'fita-lrs-credentials-page',
  imports: [
    OutcomeMessagesComponent,
    ConfirmationPanelComponent,
    CopyButtonComponent,
    CredentialsTableComponent,
    NewCredentialFormComponent,
    ShownOnceSecretComponent,
    TranslatePipe,
  ],
  providers: [LrsCredentialsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lrs-credentials.page.html',
  styleUrl: './lrs-credentials.page.css',
})
export class LrsCredentialsPage {
  protected readonly store = inject(LrsCredentialsStore);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly origin = this.document.location.origin;
  protected readonly endpoint = xapiEndpoint(this.origin);
  /**
   * The credential just created, shown this once with what an LMS administrator
   * needs to connect: endpoint, key, secret, the Basic header and a request to try.
   */
  protected readonly created = computed(() => {
    const credential = this.store.created();
    return credential && { credential, connection: xapiConnection(this.origin, credential) };
  });
  /** The credential whose revocation was confirmed, until it is over. */
  private revoked: string | null = null;

  constructor() {
    // A revoked row loses its button: the focus goes to the list instead.
    effect(() => {
      if (this.store.revoking() || this.revoked === null) return;
      const buttonId = this.revoked;
      this.revoked = null;
      afterNextRender(
        () =>
          (
            this.document.getElementById(buttonId) ??
            this.document.getElementById('credentials-title')
          )?.focus(),
        { injector: this.injector },
      );
    });
  }

  protected confirmRevocation(): void {
    const credential = this.store.pending();
    if (credential) this.revoked = revokeButtonId(credential);
    this.store.confirmRevocation();
  }

  /** The question is gone: the focus goes back to the button that asked it. */
  protected cancelRevocation(): void {
    const credential = this.store.pending();
    this.store.cancelRevocation();
    if (credential) this.focusLater(revokeButtonId(credential));
  }

  /** The secret is gone for good: back to the top of the page. */
  protected hideSecret(): void {
    this.store.dismissCreated();
    afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
  }

  private focusLater(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}

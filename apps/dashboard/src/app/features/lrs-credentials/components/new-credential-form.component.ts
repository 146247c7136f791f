import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  LRS_SCOPES,
  type LrsScope,
  type NewLrsCredential,
} from '../../../core/api/lrs-credentials.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { scopeDescription } from '../data/scope-description';

/** The API's rule for a chosen key (new-lrs-credential.dto.ts). */
const KEY = /^[A-Za-z0-9._~-]{8,64}$/;
/** What most clients need: an LMS sends statements and reads none. */
const DEFAULT_SCOPES: readonly LrsScope[] = ['statements/write'];

type Field = 'name' | 'scopes' | 'key';

/** Creates an LRS credential: a name, its scopes, and a key when the admin wants a given one. */
@Component({
  selector: 'fita-new-credential-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-credential-form.component.html',
  styleUrl: './new-credential-form.component.css',
})
export class NewCredentialFormComponent {
  readonly state = input.required<SaveState>();
  readonly save = output<NewLrsCredential>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly scopes = LRS_SCOPES.map((code) => ({
    code,
    id: `new-credential-scope-${code.replace(/\//g, '-')}`,
    description: scopeDescription(code),
  }));
  protected readonly chosenScopes = signal<ReadonlySet<LrsScope>>(new Set(DEFAULT_SCOPES));
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    return Object.keys(state.fieldErrors).length > 0
      ? this.translator.t('lrsCredentials.add.checkFields')
      : `${this.translator.t('lrsCredentials.add.failed')} ${state.message}`;
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', Validators.required],
    key: [''],
  });

  constructor() {
    effect(() => {
      if (this.state().status !== 'saved') return;
      untracked(() => {
        this.form.reset();
        this.chosenScopes.set(new Set(DEFAULT_SCOPES));
        this.submitted.set(false);
      });
    });
  }

  protected toggleScope(scope: LrsScope, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.chosenScopes.update((chosen) => {
      const next = new Set(chosen);
      if (checked) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  /** This field's problem: found here once the admin has been there or submitted, else the API's. */
  protected errorOf(field: Field): string | null {
    const visited = field === 'scopes' || this.form.controls[field].touched;
    const local = visited || this.submitted() ? this.localError(field) : null;
    return local ?? fieldErrorIn(this.state(), field);
  }

  /** What the API would refuse anyway, so that the admin hears it at once. */
  private localError(field: Field): string | null {
    switch (field) {
      case 'name':
        return this.form.controls.name.value.trim() === ''
          ? this.translator.t('lrsCredentials.error.nameRequired')
          : null;
      case 'scopes':
        return this.chosenScopes().size === 0
          ? this.translator.t('lrsCredentials.error.scopesRequired')
          : null;
      case 'key': {
        const key = this.form.controls.key.value.trim();
        return key !== '' && !KEY.test(key)
          ? this.translator.t('lrsCredentials.error.keyInvalid')
          : null;
      }
    }
  }

  protected describedBy(field: Field, error: string | null): string {
    const hint = `new-credential-${field}-hint`;
    return error === null ? hint : `${hint} new-credential-${field}-error`;
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if ((['name', 'scopes', 'key'] as const).some((field) => this.localError(field) !== null)) {
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const { name, key } = this.form.getRawValue();
    const trimmedKey = key.trim();
    this.save.emit({
      name: name.trim(),
      // In the API's order, whatever order they were ticked in.
      scopes: LRS_SCOPES.filter((scope) => this.chosenScopes().has(scope)),
      ...(trimmedKey ? { key: trimmedKey } : {}),
    });
  }
}

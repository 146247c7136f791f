import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { type Course, type UncataloguedActivity } from '../../../core/api/courses.model';
import { type SaveState, fieldErrorIn } from '../../../core/api/save-state';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { Translator } from '../../../core/i18n/translator';
import { textInLanguage } from '../../../shared/format/language-map';
import {
  COURSE_FORMATS,
  COURSE_MODES,
  type ClassifyFormValue,
  courseFromForm,
} from '../data/classify-course';

type ClassifyField = keyof ClassifyFormValue;

/** Text keys of each field's label, also used to name the field in its errors. */
const FIELD_LABELS: Readonly<Record<ClassifyField, string>> = {
  activityId: 'quality.classify.activityId',
  title: 'quality.classify.title',
  format: 'quality.classify.format',
  mode: 'quality.classify.mode',
  programme: 'quality.classify.programme',
  tags: 'quality.classify.tags',
};

/**
 * One catalogue entry for an uncatalogued activity: its id and name come
 * filled in; the API checks it with the catalogue import's own rules and
 * answers problems by field, shown next to each input.
 */
@Component({
  selector: 'fita-classify-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './classify-form.component.html',
  styleUrl: './classify-form.component.css',
})
export class ClassifyFormComponent implements OnInit {
  readonly activity = input.required<UncataloguedActivity>();
  readonly state = input.required<SaveState>();
  /** Makes the ids of this form's fields unique on the page. */
  readonly idPrefix = input.required<string>();
  readonly save = output<Course>();
  readonly cancel = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly translator = inject(Translator);

  protected readonly formats = COURSE_FORMATS;
  protected readonly modes = COURSE_MODES;
  protected readonly submitted = signal(false);
  protected readonly saving = computed(() => this.state().status === 'saving');
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state.status !== 'failed') return null;
    // Problems of the body as a whole have no field to be shown next to.
    return Object.keys(state.fieldErrors).some((field) => field in FIELD_LABELS)
      ? this.translator.t('quality.classify.failedFields')
      : this.translator.t('quality.classify.failed', { reason: state.message });
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    activityId: ['', Validators.required],
    title: ['', Validators.required],
    format: ['', Validators.required],
    mode: ['', Validators.required],
    programme: [''],
    tags: [''],
  });

  /** Filled from the activity once the inputs are set; the first field left to fill gets focus. */
  ngOnInit(): void {
    const activity = this.activity();
    this.form.patchValue({
      activityId: activity.activityId,
      title:
        textInLanguage(activity.name, [this.translator.language, ...navigator.languages]) ?? '',
    });
    const first: ClassifyField = this.form.controls.title.value ? 'format' : 'title';
    afterNextRender(() => this.focus(first), { injector: this.injector });
  }

  protected fieldId(field: ClassifyField): string {
    return `${this.idPrefix()}-${field}`;
  }

  /** The problem with a field, as a sentence, or null. */
  protected errorOf(field: ClassifyField): string | null {
    const control = this.form.controls[field];
    const label = this.translator.t(FIELD_LABELS[field]);
    if (control.hasError('required') && (control.touched || this.submitted())) {
      return this.translator.t('quality.classify.required', { field: label });
    }
    const fromApi = fieldErrorIn(this.state(), field);
    return fromApi === null ? null : `${label}: ${fromApi}`;
  }

  protected submit(): void {
    if (this.saving()) return;
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(
        () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    this.save.emit(courseFromForm(this.form.getRawValue()));
  }

  private focus(field: ClassifyField): void {
    this.host.nativeElement.querySelector<HTMLElement>(`#${this.fieldId(field)}`)?.focus();
  }
}

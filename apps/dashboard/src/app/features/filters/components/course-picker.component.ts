import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { courseMatches } from '../../../shared/figures/course-search';
import { CountPipe } from '../../../shared/format/count.pipe';

export interface CourseOption {
  readonly id: string;
  readonly title: string;
}

/** Enough to pick from; typing narrows the rest. */
export const MAX_LISTED_COURSES = 50;

let nextId = 0;

/**
 * Picks one course by typing part of its title or id (WAI-ARIA combobox with
 * a list popup): arrows move through the matches, Enter picks, Escape closes
 * and then restores the chosen course; an empty box and Enter means every
 * course.
 */
@Component({
  selector: 'fita-course-picker',
  imports: [CountPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-picker.component.html',
  styleUrl: './course-picker.component.css',
})
export class CoursePickerComponent {
  readonly courses = input.required<readonly CourseOption[]>();
  /** The chosen course id; null for every course. */
  readonly selected = input.required<string | null>();
  readonly selectedChange = output<string | null>();

  protected readonly ids = `course-picker-${nextId++}`;
  /** What the person is typing; null while the box shows the chosen course. */
  protected readonly draft = signal<string | null>(null);
  protected readonly open = signal(false);
  protected readonly activeIndex = signal(-1);

  protected readonly selectedLabel = computed(() => {
    const id = this.selected();
    if (id === null) return '';
    return this.courses().find((course) => course.id === id)?.title ?? id;
  });
  protected readonly text = computed(() => this.draft() ?? this.selectedLabel());
  private readonly allMatches = computed(() => {
    const query = this.draft() ?? '';
    return this.courses().filter((course) => courseMatches(course, query));
  });
  protected readonly matches = computed(() => this.allMatches().slice(0, MAX_LISTED_COURSES));
  protected readonly hiddenMatches = computed(
    () => this.allMatches().length - this.matches().length,
  );
  protected readonly activeOptionId = computed(() =>
    this.open() && this.activeIndex() >= 0 ? this.optionId(this.activeIndex()) : null,
  );

  protected optionId(index: number): string {
    return `${this.ids}-option-${index}`;
  }

  protected onInput(event: Event): void {
    this.draft.set((event.target as HTMLInputElement).value);
    this.open.set(true);
    this.activeIndex.set(-1);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.matches().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.open.set(true);
        if (count > 0) this.activeIndex.set((this.activeIndex() + 1) % count);
        return;
      case 'ArrowUp':
        event.preventDefault();
        this.open.set(true);
        if (count > 0) this.activeIndex.set((this.activeIndex() - 1 + count) % count);
        return;
      case 'Enter':
        event.preventDefault();
        this.commit();
        return;
      case 'Escape':
        if (this.open()) {
          this.open.set(false);
        } else {
          this.draft.set(null);
        }
        return;
    }
  }

  protected choose(option: CourseOption): void {
    this.draft.set(null);
    this.open.set(false);
    if (option.id !== this.selected()) this.selectedChange.emit(option.id);
  }

  protected clear(): void {
    this.draft.set(null);
    this.open.set(false);
    if (this.selected() !== null) this.selectedChange.emit(null);
  }

  /** Leaving the box without picking keeps the chosen course. */
  protected onBlur(): void {
    this.open.set(false);
    this.draft.set(null);
  }

  private commit(): void {
    const active = this.matches()[this.activeIndex()];
    if (this.open() && active) {
      this.choose(active);
    } else if (this.draft()?.trim() === '') {
      this.clear();
    }
  }
}

import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { failOnMissingTexts } from '../../../../testing/missing-texts';
import { provideMessages } from '../../../core/i18n/provide-messages';
import { FILTERS_MESSAGES } from '../filters.messages';
import {
  type CourseOption,
  CoursePickerComponent,
  MAX_LISTED_COURSES,
} from './course-picker.component';

const COURSES: CourseOption[] = [
  { id: 'https://lms.example.org/courses/cloud', title: 'Cloud basics' },
  { id: 'https://lms.example.org/courses/excel', title: 'Excel avançat' },
  { id: 'https://lms.example.org/courses/excel-intro', title: 'Excel: primers passos' },
];

describe('CoursePickerComponent', () => {
  let fixture: ComponentFixture<CoursePickerComponent>;
  let picked: (string | null)[];

  failOnMissingTexts();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideMessages(FILTERS_MESSAGES)] });
  });

  function create(selected: string | null, courses = COURSES): void {
    fixture = TestBed.createComponent(CoursePickerComponent);
    fixture.componentRef.setInput('courses', courses);
    fixture.componentRef.setInput('selected', selected);
    picked = [];
    fixture.componentInstance.selectedChange.subscribe((id) => picked.push(id));
    fixture.detectChanges();
  }

  function input(): HTMLInputElement {
    return (fixture.nativeElement as HTMLElement).querySelector('[data-testid="course-input"]')!;
  }

  function type(text: string): void {
    input().value = text;
    input().dispatchEvent(new Event('input'));
    fixture.detectChanges();
  }

  function press(key: string): void {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    fixture.detectChanges();
  }

  function options(): string[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll(
        '[role="option"] .course-picker__title',
      ),
      (option) => option.textContent?.trim() ?? '',
    );
  }

  it('shows the chosen course by its title, or by its id when the catalogue lacks it', () => {
    create(COURSES[1].id);
    expect(input().value).toBe('Excel avançat');

    create('https://moodle.example.org/x');
    expect(input().value).toBe('https://moodle.example.org/x');
  });

  it('names the box, its list and its clear button', () => {
    create(COURSES[0].id);

    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector(`label[for="${input().id}"]`)?.textContent?.trim()).toBe('Course');
    expect(input().placeholder).toBe('All (type to search)');
    expect(root.querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe(
      'Matching courses',
    );
    expect(root.querySelector('[data-testid="course-clear"]')?.getAttribute('aria-label')).toBe(
      'Clear the course: every course',
    );
  });

  it('narrows the list as one types, by title or id, whatever the accents', () => {
    create(null);

    type('AVANCAT');
    expect(options()).toEqual(['Excel avançat']);
    expect(input().getAttribute('aria-expanded')).toBe('true');

    type('courses/excel');
    expect(options()).toEqual(['Excel avançat', 'Excel: primers passos']);
  });

  it('picks with the arrow keys and Enter, pointing assistive technology at the active option', () => {
    create(null);
    type('excel');

    press('ArrowDown');
    press('ArrowDown');
    const active = input().getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)?.textContent).toContain('Excel: primers passos');
    press('Enter');

    expect(picked).toEqual([COURSES[2].id]);
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape, then restores the chosen course', () => {
    create(COURSES[0].id);
    type('exc');

    press('Escape');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().value).toBe('exc');
    press('Escape');

    expect(input().value).toBe('Cloud basics');
    expect(picked).toEqual([]);
  });

  it('means every course when emptied and confirmed, or cleared with its button', () => {
    create(COURSES[0].id);
    type('');
    press('Enter');
    expect(picked).toEqual([null]);

    create(COURSES[0].id);
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="course-clear"]')!
      .click();
    expect(picked).toEqual([null]);
  });

  it('lists a limited number and says how many more match', () => {
    const many = Array.from({ length: MAX_LISTED_COURSES + 7 }, (_, index) => ({
      id: `c-${index}`,
      title: `Course ${index}`,
    }));
    create(null, many);
    type('course');

    expect(options()).toHaveLength(MAX_LISTED_COURSES);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      '7 more: keep typing to narrow the list.',
    );
  });
});

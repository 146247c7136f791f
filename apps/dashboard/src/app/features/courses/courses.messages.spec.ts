import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { COURSES_MESSAGES } from './courses.messages';

describe('COURSES_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(COURSES_MESSAGES.ca['courses.allCourses']).toBe('Tots els cursos');
    expect(COURSES_MESSAGES.es['courses.column.title']).toBe('Curso');
  });

  it('translates every text but a word Catalan shares with English', () => {
    expect(keysCopiedFromEnglish(COURSES_MESSAGES, 'ca')).toEqual(['courses.column.format']);
    expect(keysCopiedFromEnglish(COURSES_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(COURSES_MESSAGES)).toEqual([]);
  });
});

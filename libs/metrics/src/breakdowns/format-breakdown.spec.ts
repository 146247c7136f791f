import { describe, expect, test } from '@jest/globals';
import type { CourseFormat } from '../contracts/course-catalogue.js';
import { FORMAT_CELLS, formatCellOf } from './format-breakdown.js';

describe('format', () => {
  test('cells: the catalogue formats, uncatalogued, unknown', () => {
    expect(FORMAT_CELLS).toEqual([
      'mooc',
      'instant',
      'masterclass',
      'course',
      'uncatalogued',
      'unknown',
    ]);
  });

  test.each(['mooc', 'instant', 'masterclass', 'course'] as const)(
    'a catalogue course of format %s',
    (format) => {
      expect(formatCellOf(format)).toBe(format);
    },
  );

  test('a course outside the catalogue', () => {
    expect(formatCellOf('uncatalogued')).toBe('uncatalogued');
  });

  test('no course is unknown', () => {
    expect(formatCellOf(null)).toBe('unknown');
  });

  test('a format outside the catalogue contract is refused', () => {
    expect(() => formatCellOf('webinar' as CourseFormat)).toThrow(RangeError);
  });
});

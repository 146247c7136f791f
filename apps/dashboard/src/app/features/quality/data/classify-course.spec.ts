import { courseFromForm } from './classify-course';

describe('courseFromForm', () => {
  it('trims the texts and lists the tags', () => {
    expect(
      courseFromForm({
        activityId: ' https://lms.example.org/courses/ai ',
        title: '  AI, first steps ',
        format: 'mooc',
        mode: 'async',
        programme: ' cibernarium ',
        tags: 'equality; digital-skills;;',
      }),
    ).toEqual({
      activityId: 'https://lms.example.org/courses/ai',
      title: 'AI, first steps',
      format: 'mooc',
      mode: 'async',
      programme: 'cibernarium',
      tags: ['equality', 'digital-skills'],
    });
  });

  it('sends no programme and no tags when they are left blank', () => {
    const course = courseFromForm({
      activityId: 'https://lms.example.org/x',
      title: 'X',
      format: 'course',
      mode: 'sync',
      programme: '   ',
      tags: ' ',
    });
    expect(course.programme).toBeNull();
    expect(course.tags).toEqual([]);
  });
});

import { courseMatches } from './course-search';

const EXCEL = { id: 'https://lms.example.org/courses/excel', title: 'Excel avançat' };
const CLOUD = { id: 'https://lms.example.org/courses/cloud-basics', title: 'Cloud basics' };
const STRAY = { id: 'https://moodle.example.org/mod/scorm/view.php?id=77', title: null };

describe('courseMatches', () => {
  it('finds a title whatever its case and accents', () => {
    expect(courseMatches(EXCEL, 'AVANCAT')).toBe(true);
    expect(courseMatches(CLOUD, 'avancat')).toBe(false);
  });

  it('reads the id without the address every course of a platform shares', () => {
    expect(courseMatches(CLOUD, 'ex')).toBe(false);
    expect(courseMatches(EXCEL, 'ex')).toBe(true);
    expect(courseMatches(STRAY, 'scorm')).toBe(true);
  });

  it('reads the whole id when the search looks like an address', () => {
    expect(courseMatches(CLOUD, 'lms.example.org/courses/cloud')).toBe(true);
    expect(courseMatches(STRAY, 'https://moodle')).toBe(true);
  });

  it('matches everything on an empty search, and ids that are not addresses as written', () => {
    expect(courseMatches(STRAY, '  ')).toBe(true);
    expect(courseMatches({ id: 'urn:course:excel-1', title: null }, 'excel-1')).toBe(true);
  });
});

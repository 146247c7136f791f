import { convertToParamMap } from '@angular/router';
import { formatCalendarDate } from '../format/locale-format';
import { filterLinkParams } from './filter-params';
import {
  DEFAULT_FILTERS,
  type IndicatorFilters,
  describeFilters,
  describePeriod,
  figuresQueryOf,
  filterQueryParams,
  isCalendarDate,
  periodPresetOf,
  readFilters,
} from './indicator-filters';

const CHOSEN: IndicatorFilters = {
  from: '2020-03-01',
  to: '2020-06-30',
  programme: 'Competències digitals',
  format: 'uncatalogued',
  course: 'https://lms.example.org/courses/cloud-basics',
};

function urlOf(filters: IndicatorFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filterQueryParams(filters)).filter(
      (entry): entry is [string, string] => entry[1] !== null,
    ),
  );
}

describe('indicator filters in the URL', () => {
  it('reads a URL without filters as every course of 2017-2021', () => {
    expect(readFilters(convertToParamMap({}))).toEqual({ filters: DEFAULT_FILTERS, problems: [] });
    expect(DEFAULT_FILTERS).toEqual({
      from: '2017-01-01',
      to: '2021-12-31',
      programme: null,
      format: null,
      course: null,
    });
  });

  it('reads every filter under the API parameter of the same name', () => {
    const reading = readFilters(
      convertToParamMap({
        from: '2020-03-01',
        to: '2020-06-30',
        programme: 'Competències digitals',
        format: 'uncatalogued',
        course: 'https://lms.example.org/courses/cloud-basics',
        view: 'year',
      }),
    );

    expect(reading).toEqual({ filters: CHOSEN, problems: [] });
  });

  it.each([
    DEFAULT_FILTERS,
    CHOSEN,
    { ...DEFAULT_FILTERS, from: '2020-01-01', to: '2020-12-31', format: 'mooc' as const },
  ])('writes filters that read back the same (%#)', (filters) => {
    expect(readFilters(convertToParamMap(urlOf(filters))).filters).toEqual(filters);
  });

  it('writes unset filters as null, so that merging them into the URL removes them', () => {
    expect(filterQueryParams(DEFAULT_FILTERS)).toEqual({
      from: '2017-01-01',
      to: '2021-12-31',
      programme: null,
      format: null,
      course: null,
    });
  });

  it.each([
    [{ from: '2020-01-01' }],
    [{ to: '2020-01-01' }],
    [{ from: '2020-02-30', to: '2020-03-01' }],
    [{ from: '2020-06-01', to: '2020-05-31' }],
    [{ from: '1 June 2020', to: '2020-06-30' }],
  ])('says so, and shows 2017-2021, when the period cannot be read: %j', (params) => {
    const reading = readFilters(convertToParamMap({ ...params, programme: 'P' }));

    expect(reading.filters).toEqual({ ...DEFAULT_FILTERS, programme: 'P' });
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]).toContain('is not two dates in order; showing 2017–2021');
  });

  it('says so when the format is not one, and shows every format', () => {
    const reading = readFilters(convertToParamMap({ format: 'webinar' }));

    expect(reading.filters.format).toBeNull();
    expect(reading.problems).toEqual([
      'The link asks for the format "webinar", which is not one; showing every format.',
    ]);
  });

  it('treats empty programme and course as unset', () => {
    const reading = readFilters(convertToParamMap({ programme: ' ', course: '' }));

    expect(reading).toEqual({ filters: DEFAULT_FILTERS, problems: [] });
  });

  it('keeps only the filters of a URL for links to the other figure pages', () => {
    expect(
      filterLinkParams({
        from: '2020-01-01',
        to: '2020-12-31',
        format: '',
        view: 'yoy',
        sort: 'users',
      }),
    ).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });
});

describe('indicator filters as an API query', () => {
  it('sends only the filters that are set', () => {
    expect(figuresQueryOf(DEFAULT_FILTERS)).toEqual({ from: '2017-01-01', to: '2021-12-31' });
    expect(figuresQueryOf(CHOSEN)).toEqual(CHOSEN);
  });

  it('lets a page override some, such as its own course', () => {
    expect(figuresQueryOf(CHOSEN, { programme: null, format: null, course: 'c-1' })).toEqual({
      from: '2020-03-01',
      to: '2020-06-30',
      course: 'c-1',
    });
  });
});

describe('periods in words', () => {
  it.each([
    [{ from: '2017-01-01', to: '2021-12-31' }, { kind: 'all' }, '2017–2021'],
    [{ from: '2020-01-01', to: '2020-12-31' }, { kind: 'year', year: 2020 }, '2020'],
    [{ from: '2016-01-01', to: '2016-12-31' }, { kind: 'custom' }, '2016'],
    [{ from: '2018-01-01', to: '2019-12-31' }, { kind: 'custom' }, '2018–2019'],
  ])('%j is the preset %j, read "%s"', (period, preset, words) => {
    expect(periodPresetOf(period)).toEqual(preset);
    expect(describePeriod(period)).toBe(words);
  });

  it('writes a period of days with both dates', () => {
    expect(describePeriod({ from: '2020-03-01', to: '2020-06-30' })).toBe(
      `${formatCalendarDate('2020-03-01')} – ${formatCalendarDate('2020-06-30')}`,
    );
  });

  it('names every filter that is set', () => {
    expect(describeFilters(DEFAULT_FILTERS)).toBe('2017–2021');
    expect(
      describeFilters(
        { ...CHOSEN, from: '2020-01-01', to: '2020-12-31', format: 'mooc' },
        () => 'Cloud basics',
      ),
    ).toBe('2020, programme Competències digitals, MOOC courses, course Cloud basics');
  });

  it('knows real calendar days', () => {
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2021-2-1')).toBe(false);
  });
});

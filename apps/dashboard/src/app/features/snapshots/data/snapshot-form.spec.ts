import { type SnapshotFormValue, localDateTime, problemOf, requestOf } from './snapshot-form';

const NOW = new Date('2024-06-15T12:00:00.000Z');

function aValue(overrides: Partial<SnapshotFormValue> = {}): SnapshotFormValue {
  return {
    from: '2020-01-01',
    to: '2020-12-31',
    programme: '',
    format: '',
    course: '',
    ageScheme: 'esf2014',
    ageBands: '',
    cutoff: localDateTime(NOW),
    reason: '',
    withReason: false,
    ...overrides,
  };
}

describe('the snapshot form', () => {
  it('finds nothing wrong with a plain question at now', () => {
    const value = aValue();
    expect(
      (['from', 'to', 'ageBands', 'cutoff', 'reason'] as const).map((field) =>
        problemOf(field, value, NOW),
      ),
    ).toEqual([null, null, null, null, null]);
  });

  it('wants a period that runs forwards', () => {
    expect(problemOf('from', aValue({ from: '' }), NOW)).toBe('snapshots.form.error.fromRequired');
    expect(problemOf('to', aValue({ to: '2019-12-31' }), NOW)).toBe(
      'snapshots.form.error.toBeforeFrom',
    );
  });

  it('refuses a cut-off in the future or missing', () => {
    const later = new Date(NOW.getTime() + 60_000);
    expect(problemOf('cutoff', aValue({ cutoff: localDateTime(later) }), NOW)).toBe(
      'snapshots.form.error.cutoffFuture',
    );
    expect(problemOf('cutoff', aValue({ cutoff: '' }), NOW)).toBe(
      'snapshots.form.error.cutoffRequired',
    );
  });

  it('wants bands for a custom scheme, written as the API reads them', () => {
    expect(problemOf('ageBands', aValue({ ageScheme: 'custom' }), NOW)).toBe(
      'snapshots.form.error.bandsRequired',
    );
    expect(problemOf('ageBands', aValue({ ageScheme: 'custom', ageBands: '16-24;25' }), NOW)).toBe(
      'snapshots.form.error.bandsFormat',
    );
    expect(
      problemOf('ageBands', aValue({ ageScheme: 'custom', ageBands: '16-24, 25-54' }), NOW),
    ).toBe(null);
  });

  it('wants a reason for a correction only', () => {
    expect(problemOf('reason', aValue({ withReason: true, reason: '  ' }), NOW)).toBe(
      'snapshots.form.error.reasonRequired',
    );
    expect(problemOf('reason', aValue({ reason: '' }), NOW)).toBeNull();
  });

  it('sends the cut-off as an instant and leaves out empty filters', () => {
    expect(requestOf(aValue())).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      ageScheme: 'esf2014',
      cutoff: NOW.toISOString(),
    });
    expect(
      requestOf(
        aValue({
          programme: ' Cibernàrium ',
          format: 'mooc',
          ageScheme: 'custom',
          ageBands: '16-24, 25-54',
          withReason: true,
          reason: ' Wrong period. ',
        }),
      ),
    ).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      programme: 'Cibernàrium',
      format: 'mooc',
      ageScheme: 'custom',
      ageBands: '16-24,25-54',
      cutoff: NOW.toISOString(),
      reason: 'Wrong period.',
    });
  });
});

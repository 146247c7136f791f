import { aPublishableSnapshot } from '../../../../testing/publication-fixtures';
import { chartFileName } from './chart-file-name';

describe('chartFileName', () => {
  it('names the snapshot by its period and id, then the breakdown and k', () => {
    expect(chartFileName(aPublishableSnapshot(), 'completions', 'format', 5)).toBe(
      'fita-publication_2020-01-01_2020-12-31_0b6f2f0e_completions-by-format_k5.png',
    );
    expect(chartFileName(aPublishableSnapshot(), 'users', 'ageBand', 10)).toBe(
      'fita-publication_2020-01-01_2020-12-31_0b6f2f0e_users-by-age-band_k10.png',
    );
  });
});

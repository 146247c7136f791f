import { aRunningExport, anExport, EXPORT_SNAPSHOT_ID } from '../../../../testing/exports-fixtures';
import {
  coversText,
  fileKindName,
  kindName,
  stageText,
  statusText,
  tableName,
} from './export-description';
import { formatFileSize } from './file-size';

// The specs run in English (jsdom's navigator.languages).
describe('export descriptions', () => {
  it('names the kind and the file', () => {
    expect(kindName('erdf')).toBe('ERDF indicator workbook');
    expect(fileKindName(anExport().request)).toBe('Excel workbook');
    expect(fileKindName({ ...anExport().request, format: 'csv', table: 'trends-month' })).toBe(
      'CSV table: Trends by month',
    );
    expect(tableName('something-new')).toBe('something-new');
  });

  it('says what a manager export covers in the words of the figure pages', () => {
    expect(
      coversText({
        ...anExport().request,
        query: { from: '2020-01-01', to: '2020-12-31', format: 'mooc' },
        language: 'ca',
      }),
    ).toBe('2020, MOOC courses, labels in Català');
  });

  it('leaves the snapshot to its link and lists the options', () => {
    expect(
      coversText({
        kind: 'erdf',
        format: 'xlsx',
        snapshotId: EXPORT_SNAPSHOT_ID,
        evidence: true,
        language: 'es',
      }),
    ).toBe('with the evidence sheet, labels in Español');
    expect(
      coversText({
        kind: 'publication',
        format: 'xlsx',
        snapshotId: EXPORT_SNAPSHOT_ID,
        k: 5,
        language: 'en',
      }),
    ).toBe('threshold k = 5, labels in English');
  });

  it('names a stage by its first word, and any other as working', () => {
    expect(stageText(aRunningExport(0.1, 'reading the snapshot'))).toBe('Reading the figures');
    expect(stageText(aRunningExport(0.2, 'computing the indicators at the cut-off'))).toBe(
      'Computing the figures',
    );
    expect(stageText(aRunningExport(0.6, 'writing'))).toBe('Writing the file');
    expect(stageText(aRunningExport(0.6, 'zipping'))).toBe('Working');
    expect(stageText(aRunningExport(0, 'x', { stage: null, status: 'queued' }))).toBe(
      'Waiting to start',
    );
    expect(statusText(anExport({ status: 'failed' }))).toBe('Failed');
  });

  it('gives sizes in the largest unit that fits', () => {
    expect(formatFileSize(512)).toMatch(/^512\s?(B|byte)/);
    expect(formatFileSize(24_576)).toMatch(/^24[.,]6\s?kB$/);
    expect(formatFileSize(31_400_000)).toMatch(/^31[.,]4\s?MB$/);
  });
});

import { aSnapshotJob, JOB_ID, SNAPSHOT_ID } from '../../../../testing/snapshots-fixtures';
import { jobStateOf, stepOf } from './snapshot-job';

const FOLLOWED = { jobId: JOB_ID, snapshotId: SNAPSHOT_ID };

describe('snapshot job states', () => {
  it('reads the stage and count the worker reports', () => {
    expect(jobStateOf(aSnapshotJob(), FOLLOWED)).toEqual({
      ...FOLLOWED,
      status: 'running',
      stage: 'computing',
      processed: 1_500,
    });
  });

  it('treats a job not started, or between attempts, as queued', () => {
    for (const state of ['waiting', 'delayed', 'prioritized']) {
      expect(jobStateOf(aSnapshotJob({ state, progress: 0 }), FOLLOWED)).toMatchObject({
        status: 'running',
        stage: 'queued',
      });
    }
  });

  it('reads an active job that has not reported yet as starting its first step', () => {
    expect(jobStateOf(aSnapshotJob({ progress: 0 }), FOLLOWED)).toMatchObject({
      stage: 'refreshing',
      processed: null,
    });
    expect(stepOf('refreshing')).toBe(2);
  });

  it('ends done with the snapshot id, or failed with the reason', () => {
    expect(
      jobStateOf(aSnapshotJob({ state: 'completed', snapshotId: SNAPSHOT_ID }), FOLLOWED),
    ).toEqual({ ...FOLLOWED, status: 'done' });
    expect(
      jobStateOf(aSnapshotJob({ state: 'failed', error: 'The facts never caught up.' }), FOLLOWED),
    ).toEqual({ ...FOLLOWED, status: 'failed', error: 'The facts never caught up.' });
  });
});

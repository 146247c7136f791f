import { describe, expect, it } from '@jest/globals';
import { ReadPhases, slowReadLine } from './slow-read.js';

describe('slowReadLine', () => {
  const phases = () => {
    const read = new ReadPhases();
    read.lap('state');
    read.lap('answer');
    return read;
  };

  it('says where the time went and what the reader found when it asked', () => {
    const line = slowReadLine(
      '["courses"]',
      phases(),
      {
        situation: { answer: { ageMs: 612_000, costMs: 8_400 }, runningForMs: 31_000 },
        analytic: { active: 1, queued: 4 },
      },
      'answered from the facts as read',
    );

    expect(line).toMatch(
      /^slow live read \(\d+\.\d s, answered from the facts as read\): \["courses"\]; state \d+\.\d s, answer \d+\.\d s; on asking it found /,
    );
    expect(line).toContain(
      'on asking it found the last answer 612.0 s old, which took 8.4 s, a computation under way for 31.0 s, 1 analytic queries running and 4 waiting',
    );
  });

  it('says when there was nothing to reuse and nothing running', () => {
    const line = slowReadLine(
      'q',
      phases(),
      { situation: { answer: null, runningForMs: null }, analytic: { active: 0, queued: 0 } },
      'failed',
    );

    expect(line).toContain(
      'on asking it found no earlier answer, no computation under way, 0 analytic queries running and 0 waiting',
    );
  });

  it('says, for a read still waiting, what there is now', () => {
    const asked = {
      situation: { answer: null, runningForMs: 2_000 },
      analytic: { active: 1, queued: 2 },
    };
    const now = {
      situation: { answer: null, runningForMs: 12_000 },
      analytic: { active: 1, queued: 0 },
    };

    expect(slowReadLine('q', phases(), asked, 'still waiting', now)).toMatch(
      /; on asking it found no earlier answer, a computation under way for 2\.0 s, 1 analytic queries running and 2 waiting; now there is no earlier answer, a computation under way for 12\.0 s, 1 analytic queries running and 0 waiting$/,
    );
  });

  it('says when the read failed before it asked for its answer', () => {
    expect(slowReadLine('indicators', new ReadPhases(), undefined, 'failed')).toMatch(
      /^slow live read \(\d+\.\d s, failed\): indicators; no phase ended; it never asked for its answer$/,
    );
  });
});

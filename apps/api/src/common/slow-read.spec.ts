import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ReadPhases, slowReadLine, SlowReadWatch, type SlowReadContext } from './slow-read.js';

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

describe('SlowReadWatch', () => {
  const lines: string[] = [];
  let running = 0;
  const lookUp = (): SlowReadContext => ({
    situation: { answer: null, runningForMs: running },
    analytic: { active: 1, queued: 0 },
  });
  const watch = () => new SlowReadWatch('indicators', (line) => lines.push(line), lookUp);

  beforeEach(() => {
    lines.length = 0;
    running = 0;
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('logs nothing for a read that ends within 10 s', () => {
    const read = watch();
    read.lap('state');
    read.asking('["indicators",2020]');
    jest.advanceTimersByTime(9_000);
    read.answered('answered earlier figures');
    read.end();
    jest.advanceTimersByTime(5_000);

    expect(lines).toEqual([]);
  });

  it('logs a read still waiting after 10 s with what there is then, and again when it ends', () => {
    const read = watch();
    jest.advanceTimersByTime(500);
    read.lap('state');
    running = 2_000;
    read.asking('["courses"]');
    running = 11_500;
    jest.advanceTimersByTime(9_500);

    expect(lines).toEqual([
      'slow live read (10.0 s, still waiting): ["courses"]; state 0.5 s; on asking it found no earlier answer, a computation under way for 2.0 s, 1 analytic queries running and 0 waiting; now there is no earlier answer, a computation under way for 11.5 s, 1 analytic queries running and 0 waiting',
    ]);
    jest.advanceTimersByTime(2_000);
    read.lap('answer');
    read.answered('answered from the facts as read');
    read.end();
    expect(lines[1]).toBe(
      'slow live read (12.0 s, answered from the facts as read): ["courses"]; state 0.5 s, answer 11.5 s; on asking it found no earlier answer, a computation under way for 2.0 s, 1 analytic queries running and 0 waiting',
    );
  });

  it('names a read that failed before asking by its kind', () => {
    const read = watch();
    jest.advanceTimersByTime(11_000);
    read.end();

    expect(lines.at(-1)).toBe(
      'slow live read (11.0 s, failed): indicators; no phase ended; it never asked for its answer',
    );
  });
});

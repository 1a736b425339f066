import { evaluateCheck, type TimingCheck } from '@loopgrade/grading';
import { lines, runResult } from './run-result.fixture';

function timingCheck(overrides: Partial<TimingCheck>): TimingCheck {
  return { id: 'time', title: 'Timing', kind: 'timing', ...overrides };
}

const sequential = runResult({
  events: lines('300 downloaded a', '600 downloaded b', '900 downloaded c'),
  virtualTimeMs: 900,
});

describe('timing checks', () => {
  it('bounds the total virtual duration', () => {
    expect(evaluateCheck(timingCheck({ total: { max: 900 } }), sequential).fraction).toBe(1);
    expect(evaluateCheck(timingCheck({ total: { max: 400 } }), sequential)).toMatchObject({
      cause: 'late',
      message: 'expected the program to finish by 400 ms, it took 900 ms',
    });
  });

  it('checks every matching event by default and names the first one out of bounds', () => {
    const check = timingCheck({ events: [{ regex: '^downloaded ', max: 500 }] });
    expect(evaluateCheck(check, sequential).message).toBe(
      'expected /^downloaded / by 500 ms, got `downloaded b` at 600 ms',
    );
  });

  it('can bound only the first or the last occurrence', () => {
    expect(
      evaluateCheck(
        timingCheck({ events: [{ regex: '^downloaded', occurrence: 'first', at: 300 }] }),
        sequential,
      ).fraction,
    ).toBe(1);
    expect(
      evaluateCheck(
        timingCheck({ events: [{ regex: '^downloaded', occurrence: 'last', min: 1000 }] }),
        sequential,
      ),
    ).toMatchObject({
      cause: 'early',
      message: 'expected the last /^downloaded/ not before 1000 ms, got `downloaded c` at 900 ms',
    });
  });

  it('requires an exact count when given and reports events never printed', () => {
    expect(
      evaluateCheck(timingCheck({ events: [{ regex: '^downloaded', count: 4, max: 5000 }] }), sequential)
        .message,
    ).toBe('expected /^downloaded/ to be printed 4 times, it was printed 3 times');
    expect(
      evaluateCheck(timingCheck({ events: [{ text: 'all done', max: 5000 }] }), sequential),
    ).toMatchObject({
      cause: 'missing',
      message: 'expected `all done` to be printed, it never was',
    });
  });

  it('says "got it" for a literal line', () => {
    const check = timingCheck({ events: [{ text: 'downloaded c', at: 300, tolerance: 10 }] });
    expect(evaluateCheck(check, sequential).message).toBe(
      'expected `downloaded c` at 300 ± 10 ms, got it at 900 ms',
    );
  });

  it('times each line of a multi-line print', () => {
    const check = timingCheck({ events: [{ regex: '^B$', at: 100 }] });
    const run = runResult({ events: [{ t: 100, stream: 'stdout', text: 'A\nB' }] });
    expect(evaluateCheck(check, run).fraction).toBe(1);
  });

  it('gives up on a catastrophically backtracking pattern within its time budget', () => {
    const check = timingCheck({ events: [{ regex: '^(\\w+\\s?)+$' }] });
    const started = Date.now();
    const verdict = evaluateCheck(check, runResult({ events: lines(`0 ${'a'.repeat(40)}!`) }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(verdict).toMatchObject({ fraction: 0, cause: 'did-not-run' });
    expect(verdict.message).toMatch(/^cannot check \/\^\(\\w\+\\s\?\)\+\$\/: the pattern could not be run/);
  });
});

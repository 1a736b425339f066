import { evaluateCheck, type OutputCheck } from '@loopgrade/grading';
import { lines, runResult } from './run-result.fixture';

function outputCheck(overrides: Partial<OutputCheck>): OutputCheck {
  return { id: 'out', title: 'Output', kind: 'output', mode: 'exact', expect: [], ...overrides };
}

const downloads = lines('0 start', '1000 Task A done', '1000 Task B done', '1000 Task C done');

describe('output checks, exact mode', () => {
  it('passes when every line matches in order, by text, normalised whitespace and regex', () => {
    const check = outputCheck({
      expect: ['start', { normalized: '  Task   A done ' }, { regex: '^Task B' }, 'Task C done'],
    });
    expect(evaluateCheck(check, runResult({ events: downloads })).fraction).toBe(1);
  });

  it('reports a line printed at the wrong time as a late divergence', () => {
    const check = outputCheck({
      expect: ['start', 'Task A done', { text: 'Task B done', at: 1000 }, 'Task C done'],
    });
    const run = runResult({
      events: lines('0 start', '1000 Task A done', '3000 Task B done', '6000 Task C done'),
    });
    const verdict = evaluateCheck(check, run);
    expect(verdict).toMatchObject({
      fraction: 0,
      cause: 'late',
      message: 'expected `Task B done` at 1000 ms, got it at 3000 ms',
    });
    expect(verdict.excerpt?.actual).toContain('  3000 ms  Task B done');
    expect(verdict.excerpt?.expected).toContain('  1000 ms  Task B done');
  });

  it('accepts a time within the tolerance', () => {
    const check = outputCheck({ expect: [{ text: 'x', at: 100, tolerance: 5 }] });
    expect(evaluateCheck(check, runResult({ events: lines('104 x') })).fraction).toBe(1);
    expect(evaluateCheck(check, runResult({ events: lines('94 x') })).cause).toBe('early');
  });

  it('reports a swapped line as an order divergence naming where it came', () => {
    const check = outputCheck({ expect: ['a', 'b', 'c'] });
    const verdict = evaluateCheck(check, runResult({ events: lines('0 a', '0 c', '0 b') }));
    expect(verdict.cause).toBe('order');
    expect(verdict.message).toBe('expected `b` as line 2, got `c` (`b` came as line 3, at 0 ms)');
  });

  it('points at the unmatched occurrence of a repeated line, not one already matched', () => {
    const check = outputCheck({ expect: ['A', 'A', 'B'] });
    expect(evaluateCheck(check, runResult({ events: lines('0 A', '0 B', '0 A') })).message).toBe(
      'expected `A` as line 2, got `B` (`A` came as line 3, at 0 ms)',
    );
    expect(evaluateCheck(check, runResult({ events: lines('0 A', '0 B') })).message).toBe(
      'expected `A` as line 2, got `B` (`A` was not printed again)',
    );
  });

  it('treats each line of a multi-line print as its own line, at the time of the print', () => {
    const check = outputCheck({ expect: ['A', { text: 'B', at: 5 }, 'C'] });
    const run = runResult({ events: [...lines('5 A'), { t: 5, stream: 'stdout', text: 'B\nC' }] });
    expect(evaluateCheck(check, run).fraction).toBe(1);
    const extra = runResult({ events: [{ t: 0, stream: 'stdout', text: 'A\nB\nC\nD' }] });
    expect(evaluateCheck(check, extra).message).toBe('expected `B` at 5 ms, got it at 0 ms');
  });

  it('reports a missing last line and an extra line', () => {
    const check = outputCheck({ expect: ['a', 'b'] });
    expect(evaluateCheck(check, runResult({ events: lines('0 a') })).message).toBe(
      'expected `b` as line 2, but the output ended after 1 line',
    );
    expect(evaluateCheck(check, runResult({ events: lines('0 a', '0 b', '5 c') })).message).toBe(
      'expected the output to end after 2 lines, got an extra line `c` at 5 ms',
    );
  });

  it('compares only stdout unless an expected event names stderr', () => {
    const events = lines('0 a', '1 !warning', '2 b');
    expect(evaluateCheck(outputCheck({ expect: ['a', 'b'] }), runResult({ events })).fraction).toBe(1);
    const both = outputCheck({ expect: ['a', { text: 'warning', stream: 'stderr' }, 'b'] });
    expect(evaluateCheck(both, runResult({ events })).fraction).toBe(1);
  });
});

describe('output checks, subsequence mode', () => {
  it('allows other lines in between by default and forbids them with allowExtra: false', () => {
    const check = outputCheck({ mode: 'subsequence', expect: ['start', 'Task C done'] });
    expect(evaluateCheck(check, runResult({ events: downloads })).fraction).toBe(1);
    const strict = evaluateCheck({ ...check, allowExtra: false }, runResult({ events: downloads }));
    expect(strict.message).toBe('did not expect `Task A done` (printed at 1000 ms)');
  });

  it('reports a line printed before its predecessor as an order divergence', () => {
    const check = outputCheck({ mode: 'subsequence', expect: ['Task B done', 'Task A done'] });
    const verdict = evaluateCheck(check, runResult({ events: downloads }));
    expect(verdict.cause).toBe('order');
    expect(verdict.message).toBe(
      'expected `Task A done` after `Task B done`, but it was printed before it, at 1000 ms',
    );
  });

  it('counts a repeated line printed too few times instead of calling it out of order', () => {
    const check = outputCheck({ mode: 'subsequence', expect: ['A', 'A'] });
    expect(evaluateCheck(check, runResult({ events: lines('0 A') }))).toMatchObject({
      cause: 'count',
      message: 'expected `A` 2 times, it was printed 1 time',
    });
  });

  it('reports a line that was never printed', () => {
    const check = outputCheck({ mode: 'subsequence', expect: ['start', { regex: '^all done$' }] });
    expect(evaluateCheck(check, runResult({ events: downloads }))).toMatchObject({
      cause: 'missing',
      message: 'expected /^all done$/, but it was never printed',
    });
  });

  it('skips an early wrong-time occurrence when a later one fits', () => {
    const check = outputCheck({ mode: 'subsequence', expect: [{ text: 'tick', at: 200 }] });
    expect(evaluateCheck(check, runResult({ events: lines('100 tick', '200 tick') })).fraction).toBe(1);
  });
});

describe('output checks, partial mode', () => {
  const check = outputCheck({
    mode: 'partial',
    expect: [
      'start A',
      'start B',
      { text: 'end A', name: 'endA' },
      { text: 'end B', name: 'endB' },
      'summary',
    ],
    before: [
      ['start A', 'endA'],
      ['start B', 'endB'],
      ['endA', 'summary'],
      ['endB', 'summary'],
    ],
  });

  it('accepts any order that respects the before pairs', () => {
    const events = lines('0 start B', '0 start A', '100 end B', '300 end A', '300 summary');
    expect(evaluateCheck(check, runResult({ events })).fraction).toBe(1);
  });

  it('reports a violated before pair', () => {
    const events = lines('0 start A', '0 start B', '100 end A', '100 summary', '300 end B');
    expect(evaluateCheck(check, runResult({ events }))).toMatchObject({
      cause: 'order',
      message:
        'expected `end B` before `summary`, but `summary` was printed first (at 100 ms; the other at 300 ms)',
    });
  });

  it('matches repeated lines to distinct events and counts the shortfall', () => {
    const ticks = outputCheck({ mode: 'partial', expect: ['tick', 'tick', 'tick'] });
    expect(evaluateCheck(ticks, runResult({ events: lines('0 tick', '1 tick', '2 tick') })).fraction).toBe(1);
    expect(evaluateCheck(ticks, runResult({ events: lines('0 tick', '1 tick') })).message).toBe(
      'expected `tick` 3 times, it was printed 2 times',
    );
  });

  it('finds the pairing of repeated patterns that respects the before pairs', () => {
    const repeated = outputCheck({
      mode: 'partial',
      expect: [
        { regex: '^x', name: 'first' },
        { regex: '^x', name: 'second' },
        { text: 'done', name: 'done' },
      ],
      before: [['first', 'done']],
    });
    expect(evaluateCheck(repeated, runResult({ events: lines('0 x1', '1 done', '2 x2') })).fraction).toBe(1);
    expect(evaluateCheck(repeated, runResult({ events: lines('0 done', '1 x1', '2 x2') }))).toMatchObject({
      cause: 'order',
      message: 'expected /^x/ before `done`, but `done` was printed first (at 0 ms; the other at 1 ms)',
    });
  });

  it('finds an assignment when a broad regex could steal a specific line', () => {
    const overlapping = outputCheck({ mode: 'partial', expect: [{ regex: '^job ' }, 'job 1'] });
    expect(evaluateCheck(overlapping, runResult({ events: lines('0 job 1', '5 job 2') })).fraction).toBe(1);
  });
});

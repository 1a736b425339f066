import { evaluateCheck, type ResultCheck } from '@loopgrade/grading';
import { runResult } from './run-result.fixture';

function resultCheck(overrides: Partial<ResultCheck>): ResultCheck {
  return {
    id: 'result',
    title: 'Result',
    kind: 'result',
    export: 'gather',
    args: [[300, 100]],
    ...overrides,
  };
}

const resolvedWith = (value: unknown, settledAt = 300) =>
  runResult({ invocation: { outcome: 'resolved', value, settledAt }, virtualTimeMs: settledAt });

describe('result checks', () => {
  it('compares the resolved value by deep equality and the settle time', () => {
    const check = resultCheck({ value: [300, 100], settledAt: { at: 300 } });
    expect(evaluateCheck(check, resolvedWith([300, 100])).fraction).toBe(1);
    expect(evaluateCheck(check, resolvedWith([100, 300]))).toMatchObject({
      cause: 'wrong-value',
      message: 'expected gather([300,100]) to settle with [300,100], got [100,300]',
    });
    expect(evaluateCheck(check, resolvedWith([300, 100], 400))).toMatchObject({
      cause: 'late',
      message: 'expected gather([300,100]) to settle at 300 ms, it settled at 400 ms',
    });
  });

  it('evaluates a declarative matcher on the host and names the mismatching path', () => {
    const check = resultCheck({ matches: { $length: 2, $every: { $type: 'number' } } });
    expect(evaluateCheck(check, resolvedWith([1, 2])).fraction).toBe(1);
    expect(evaluateCheck(check, resolvedWith([1, '2'])).message).toBe(
      'expected gather([300,100]) to settle with a value of type number at [1], got "2"',
    );
  });

  it('treats a synchronous throw as a rejection and checks the rejection value', () => {
    const check = resultCheck({ outcome: 'rejected', matches: { $props: { name: 'TimeoutError' } } });
    const threw = runResult({
      invocation: { outcome: 'threw', value: { name: 'TimeoutError', message: 'x' }, settledAt: 0 },
    });
    expect(evaluateCheck(check, threw).fraction).toBe(1);
  });

  it('reports the wrong outcome with the value it settled with', () => {
    const check = resultCheck({ outcome: 'rejected' });
    expect(evaluateCheck(check, resolvedWith('ok')).message).toBe(
      'expected gather([300,100]) to reject, but it resolved with "ok"',
    );
  });

  it('reports a promise that never settled, a missing export and a module that did not load', () => {
    const pending = runResult({
      invocation: { outcome: 'pending', value: null, settledAt: null },
      virtualTimeMs: 5000,
    });
    expect(evaluateCheck(resultCheck({}), pending)).toMatchObject({
      cause: 'never-settled',
      message: 'expected gather([300,100]) to resolve, but it never settled (the run ended at 5000 ms)',
    });
    const missing = runResult({ invocation: { outcome: 'missing', value: null, settledAt: null } });
    expect(evaluateCheck(resultCheck({}), missing).message).toBe(
      'the module does not export a function named `gather`',
    );
    const crashed = runResult({
      status: 'crashed',
      exitCode: 1,
      error: { name: 'ReferenceError', message: 'x is not defined', line: 2, column: 1 },
    });
    expect(evaluateCheck(resultCheck({}), crashed).message).toBe(
      'gather([300,100]) could not be called: the module did not load (ReferenceError: x is not defined (line 2, column 1))',
    );
  });

  it('fails rather than throws on a regex that does not compile (data saved unvalidated)', () => {
    const check = resultCheck({ matches: { $regex: '\\d{', $flags: 'u' } });
    expect(evaluateCheck(check, resolvedWith('1'))).toMatchObject({
      cause: 'wrong-value',
      message: expect.stringContaining('invalid regular expression'),
    });
  });
});

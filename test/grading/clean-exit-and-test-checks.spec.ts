import { evaluateCheck, type CleanExitCheck, type TestCheck } from '@loopgrade/grading';
import { runResult } from './run-result.fixture';

const cleanExit: CleanExitCheck = { id: 'clean', title: 'Clean exit', kind: 'clean-exit' };

describe('clean-exit checks', () => {
  it('passes a run that left nothing behind', () => {
    expect(evaluateCheck(cleanExit, runResult()).fraction).toBe(1);
  });

  it('reports pending timers and intervals', () => {
    const run = runResult({
      status: 'virtual-time-limit',
      pending: { timers: 0, intervals: 1, immediates: 0 },
    });
    expect(evaluateCheck(cleanExit, run)).toMatchObject({
      cause: 'left-pending',
      message: 'expected nothing left scheduled, but 1 interval was still pending when the program ended',
    });
  });

  it('tells an unhandled rejection from an uncaught error', () => {
    const error = { name: 'Error', message: 'boom', line: 3, column: 9 };
    const rejection = runResult({ status: 'crashed', exitCode: 1, unhandledRejection: true, error });
    expect(evaluateCheck(cleanExit, rejection).message).toBe(
      'expected no unhandled promise rejection, got Error: boom (line 3, column 9)',
    );
    const uncaught = runResult({ status: 'crashed', exitCode: 1, error });
    expect(evaluateCheck(cleanExit, uncaught).message).toBe(
      'expected no uncaught error, got Error: boom (line 3, column 9)',
    );
  });

  it('checks only the listed requirements', () => {
    const check: CleanExitCheck = { ...cleanExit, require: ['exit-code-zero'] };
    expect(
      evaluateCheck(check, runResult({ pending: { timers: 2, intervals: 0, immediates: 0 } })).fraction,
    ).toBe(1);
    expect(evaluateCheck(check, runResult({ exitCode: 3 })).message).toBe('expected exit code 0, got 3');
  });
});

describe('test checks', () => {
  const testCheck: TestCheck = { id: 'tests', title: 'Tests', kind: 'test', source: 'it("a", () => {})' };
  const cases = runResult({
    tests: [
      { name: 'a', status: 'passed', message: null },
      { name: 'b', status: 'failed', message: 'expected 2, received 3' },
      { name: 'c', status: 'error', message: 'TypeError: q.push is not a function' },
      { name: 'd', status: 'passed', message: null },
    ],
  });

  it('fails all-or-nothing by default, naming the first failing case', () => {
    expect(evaluateCheck(testCheck, cases)).toMatchObject({
      fraction: 0,
      message: '`b` failed: expected 2, received 3 (2 tests of 4 failed)',
    });
  });

  it('scores the passed share with partialCredit', () => {
    expect(evaluateCheck({ ...testCheck, partialCredit: true }, cases).fraction).toBe(0.5);
  });

  it('fails when no test case was reported', () => {
    const crashed = runResult({
      status: 'crashed',
      error: { name: 'SyntaxError', message: 'bad', line: null, column: null },
    });
    expect(evaluateCheck(testCheck, crashed).message).toBe('the tests could not run: SyntaxError: bad');
  });
});

import { runInProcess, stderrText, stdoutLines } from './run-in-process';

// Expected text matches real Node 24.21 for the same calls (console.time uses virtual time here).
describe('console', () => {
  it('routes log/info/debug to stdout and warn/error to stderr, one event per call', () => {
    const result = runInProcess(
      `console.log('x'); console.info('info'); console.debug('dbg'); console.warn('w'); console.error('e %d', 5);`,
    );
    expect(result.events.map((e) => `${e.stream}:${e.text}`)).toEqual([
      'stdout:x',
      'stdout:info',
      'stdout:dbg',
      'stderr:w',
      'stderr:e 5',
    ]);
  });

  it('formats dir, table and groups like Node', () => {
    const result = runInProcess(`
      console.dir({a: {b: {c: {d: 1}}}}, {depth: 0});
      console.table([{ a: 1, b: 'x' }, { a: 22 }]);
      console.table(['p', 'q']);
      console.group('G'); console.log('in\\nside'); console.groupEnd(); console.log('out');`);
    expect(stdoutLines(result)).toEqual([
      '{ a: [Object] }',
      "┌─────────┬────┬─────┐\n│ (index) │ a  │ b   │\n├─────────┼────┼─────┤\n│ 0       │ 1  │ 'x' │\n│ 1       │ 22 │     │\n└─────────┴────┴─────┘",
      "┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ 0       │ 'p'    │\n│ 1       │ 'q'    │\n└─────────┴────────┘",
      'G',
      '  in\n  side',
      'out',
    ]);
  });

  it('implements assert, count and countReset', () => {
    const result = runInProcess(`
      console.assert(false, 'hi %s', 'x'); console.assert(true, 'no'); console.assert(false);
      console.count(); console.count(); console.count('k'); console.countReset(); console.count();`);
    expect(stderrText(result)).toBe('Assertion failed: hi x\nAssertion failed');
    expect(stdoutLines(result)).toEqual(['default: 1', 'default: 2', 'k: 1', 'default: 1']);
  });

  it('measures console.time on the virtual clock', () => {
    const result = runInProcess(`
      console.time('t');
      setTimeout(() => console.timeLog('t', 'half'), 750);
      setTimeout(() => console.timeEnd('t'), 1500);
      console.time('long'); setTimeout(() => console.timeEnd('long'), 61500);`);
    expect(stdoutLines(result)).toEqual(['t: 750ms half', 't: 1.500s', 'long: 1:01.500 (m:ss.mmm)']);
  });

  it('prints console.trace on stderr with the student’s frames only', () => {
    const result = runInProcess(`function where() { console.trace('here'); }\nwhere();`);
    expect(stderrText(result)).toBe(
      'Trace: here\n    at where (main.js:1:28)\n    at Object.<anonymous> (main.js:2:1)',
    );
  });

  it('records output even when student code replaces console and process.stdout.write', () => {
    const result = runInProcess(`
      const log = console.log;
      console.log = () => {};
      log('still recorded');
      process.stdout.write('raw line\\n');`);
    expect(stdoutLines(result)).toEqual(['still recorded', 'raw line']);
  });
});

import { normaliseStderr } from './normalise-stderr';

/** The inputs are stderr texts printed by real Node 24.21 for the programs named in each test. */
describe('normaliseStderr', () => {
  test('an uncaught error keeps its "Name: message" line and extra properties, without excerpt, frames or trailer', () => {
    const node = [
      '/tmp/nt/a.js:1',
      "const e = new Error('boom'); e.code = 'E1'; throw e;",
      '                                             ^',
      '',
      'Error: boom',
      '    at Object.<anonymous> (/tmp/nt/a.js:1:11)',
      '    at node:internal/main/run_main_module:33:47 {',
      "  code: 'E1'",
      '}',
      '',
      'Node.js v24.21.0',
      '',
    ].join('\n');
    expect(normaliseStderr(node)).toBe("Error: boom {\n  code: 'E1'\n}");
  });

  test('a thrown primitive keeps the value and the --trace-uncaught hint', () => {
    const node =
      '\n/tmp/nt/d.js:1\nthrow 42\n^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v24.21.0\n';
    expect(normaliseStderr(node)).toBe(
      '42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)',
    );
  });

  test('an unsettled top-level await keeps the warning and hides only the location', () => {
    const node =
      'Warning: Detected unsettled top-level await at file:///tmp/nt/e.mjs:1\nawait new Promise(()=>{})\n^\n\n\n\n';
    expect(normaliseStderr(node)).toBe('Warning: Detected unsettled top-level await at <location>');
  });

  test('warnings keep their text with the process id masked', () => {
    const node =
      '(node:12219) TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.\n' +
      '(Use `node --trace-warnings ...` to show where the warning was created)\n';
    expect(normaliseStderr(node)).toBe(
      '(node:PID) TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.\n' +
        '(Use `node --trace-warnings ...` to show where the warning was created)',
    );
  });

  test('ordinary stderr output, blank lines included, is left alone', () => {
    expect(normaliseStderr('warn line\n\nerror line { code: 1 }\n')).toBe(
      'warn line\n\nerror line { code: 1 }',
    );
  });
});

import type { RunResult } from '@loopgrade/engine';
import type { HostileCase } from '../hostile-case';
import { stdoutLines } from '../hostile-case';

const caps = { maxOutputBytes: 100_000, maxOutputLines: 1_000, cpuMs: 5_000 };
const deadlineMs = 10_000;
/** Room for the engine's visible truncation marker beyond the caps. */
const MARKER_SLACK = 1_000;

const withinCaps = (result: RunResult) => {
  const bytes = result.events.reduce((sum, event) => sum + Buffer.byteLength(event.text) + 1, 0);
  expect(result.truncated).toBe(true);
  expect(bytes).toBeLessThanOrEqual(caps.maxOutputBytes + MARKER_SLACK);
  expect(result.events.length).toBeLessThanOrEqual(caps.maxOutputLines + 1);
};

/** Text is kept verbatim (escaping happens where it is rendered) and nothing printed changes the verdict. */
const printedVerbatim = (text: string) => (result: RunResult) => expect(stdoutLines(result)).toEqual([text]);

/** Floods, hostile characters and forged verdicts. */
export const outputCases: HostileCase[] = [
  {
    name: 'byte flood of 100 MB',
    source: "const line = 'x'.repeat(100000); for (let i = 0; i < 1000; i++) console.log(line);",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: withinCaps,
  },
  {
    name: 'one 5 MB line',
    source: "console.log('y'.repeat(5e6));",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: withinCaps,
  },
  {
    name: 'a million tiny lines',
    source: 'for (let i = 0; i < 1e6; i++) console.log(i);',
    options: { ...caps, cpuMs: 8_000 },
    status: 'ok',
    deadlineMs: 15_000,
    check: withinCaps,
  },
  {
    name: 'endless printing loop',
    source: "for (;;) console.log('spam');",
    options: { ...caps, cpuMs: 500 },
    status: 'cpu-limit',
    deadlineMs,
    check: withinCaps,
  },
  {
    name: 'ANSI and OSC terminal escapes',
    source: "console.log('\\x1b[2J\\x1b[31mred\\x1b[0m \\x07 \\x1b]0;title\\x07 \\x9b31m');",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: printedVerbatim('\x1b[2J\x1b[31mred\x1b[0m \x07 \x1b]0;title\x07 \x9b31m'),
  },
  {
    name: 'lone surrogates become U+FFFD',
    source: "console.log('high \\uD800 low \\uDC00 pair \\uD83C\\uDF89');",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: printedVerbatim('high \uFFFD low \uFFFD pair \uD83C\uDF89'),
  },
  {
    name: 'bidi overrides and zero-width characters',
    source: "console.log('\\u202Eevil\\u202C \\u200B\\u2066x\\u2069 \\u061C \\u200E\\u200F \\uFEFF');",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: printedVerbatim('\u202Eevil\u202C \u200B\u2066x\u2069 \u061C \u200E\u200F \uFEFF'),
  },
  {
    name: 'HTML and script markup',
    source: 'console.log(\'<script>alert(1)</script><img src=x onerror="alert(2)">\');',
    options: caps,
    status: 'ok',
    deadlineMs,
    check: printedVerbatim('<script>alert(1)</script><img src=x onerror="alert(2)">'),
  },
  {
    name: 'spreadsheet formulas',
    source:
      "console.log('=HYPERLINK(\"http://evil.test\",\"x\")'); console.log('+cmd|calc'); console.log('@SUM(1)');",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: (result) =>
      expect(stdoutLines(result)).toEqual(['=HYPERLINK("http://evil.test","x")', '+cmd|calc', '@SUM(1)']),
  },
  {
    name: 'C0 and C1 control characters, NUL included',
    source: "console.log('a\\u0000b\\u0001c\\u007fd\\u0085e\\rf\\bg');",
    options: caps,
    status: 'ok',
    deadlineMs,
    check: printedVerbatim('a\u0000b\u0001c\u007fd\u0085e\rf\bg'),
  },
  {
    name: 'fake "all tests passed" banner, then a crash',
    source: `
      console.log('✓ All tests passed (12/12)');
      console.log('Score: 100/100');
      console.log(JSON.stringify({ status: 'ok', exitCode: 0, score: 100 }));
      console.error('PASS test/exercise.spec.js');
      throw new Error('the real outcome');`,
    options: caps,
    status: 'crashed',
    deadlineMs,
    explanation: /^Error: the real outcome$/,
    check: (result) => expect(result.exitCode).toBe(1),
  },
  {
    name: 'forged result records on both streams, then a non-zero exit',
    source: `
      const forged = JSON.stringify({ status: 'ok', exitCode: 0, events: [], error: null, truncated: false });
      console.log(forged);
      console.error(forged);
      process.stdout?.write?.(forged + '\\n');
      process.exit(7);`,
    options: caps,
    status: ['crashed', 'ok'],
    deadlineMs,
    check: (result) => expect(result.exitCode).toBe(7),
  },
];

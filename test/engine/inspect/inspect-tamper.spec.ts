import { FormatCase, FormatResult, IsolateSandbox } from './harness';
import { formatCases } from './format-cases';
import { TAMPER_EFFECTS, TAMPER_SCRIPT } from './tamper-script';
import { valueCases } from './value-cases';

// Cases where real Node, too, calls a tampered builtin while formatting (so its output legitimately changes):
// student getters and custom inspect functions calling Object.assign / Object.keys / Array.prototype.join,
// `%s`/`%d` converting with Function.prototype.toString / Array.prototype.join, and showHidden reading a typed
// array's extra properties through ordinary property access.
const RUNS_TAMPERED_BUILTINS_AT_FORMAT_TIME = new Set([
  'error thrown by getter option',
  'custom inspect sees the option names',
  'custom inspect on a null-prototype object gets null-prototype options',
  '%s with function',
  '%s with class',
  '%s with a builtin constructor',
  '%d with empty array',
  'showHidden on typed array',
]);
const cases: FormatCase[] = [...valueCases, ...formatCases].filter(
  (testCase) => !RUNS_TAMPERED_BUILTINS_AT_FORMAT_TIME.has(testCase.name),
);

describe('in-isolate inspect after student code tampers with builtins', () => {
  const sandbox = new IsolateSandbox();
  let before: FormatResult[];
  let after: FormatResult[];

  beforeAll(() => {
    const built = sandbox.buildValues(cases);
    before = cases.map((testCase, index) => sandbox.format(testCase, built[index]));
    sandbox.runScript(TAMPER_SCRIPT);
    after = cases.map((testCase, index) => sandbox.format(testCase, built[index]));
  });

  afterAll(() => sandbox.dispose());

  it.each(TAMPER_EFFECTS)('the tampering is in effect: %s throws', (code) => {
    expect(() => sandbox.evaluate(code)).toThrow(/tampered/);
  });

  it.each(cases.map((testCase, index) => [testCase.name, index] as const))(
    'prints %s exactly as before the tampering',
    (_name, index) => {
      expect(after[index]).toEqual(before[index]);
    },
  );
});

/**
 * Teacher regular expressions, compiled the same way on save and when grading, and run against student
 * text under a time limit: a pattern that backtracks catastrophically must not hang the host.
 */
import { createContext, Script } from 'node:vm';

/** Host time one pattern may spend on one run's text; legitimate patterns need a few milliseconds. */
const TIME_BUDGET_MS = 250;

export type CompiledRegex = { regex: RegExp } | { problem: string };

export function compileRegex(source: string, flags = ''): CompiledRegex {
  try {
    return { regex: new RegExp(source, flags) };
  } catch (error) {
    return { problem: `invalid regular expression (${(error as Error).message})` };
  }
}

/** Why a pattern cannot be used as written, or null; what validation on save reports. */
export function regexProblem(source: string, flags?: string): string | null {
  const compiled = compileRegex(source, flags);
  return 'problem' in compiled ? compiled.problem : null;
}

// V8 checks for interrupts while backtracking, so a vm timeout stops a runaway match; the regex itself
// is built in this realm and only run inside the context.
const sandbox = createContext(Object.create(null) as object);
// lastIndex is reset for each text: a teacher's `g` or `y` flag must not make one test depend on the last
const testEach = new Script('texts.map((text) => { regex.lastIndex = 0; return regex.test(text); })');

/** Whether each text matches, or null when the pattern ran out of time on them. */
export function testTexts(regex: RegExp, texts: string[]): boolean[] | null {
  Object.assign(sandbox, { regex, texts });
  try {
    return testEach.runInContext(sandbox, { timeout: TIME_BUDGET_MS }) as boolean[];
  } catch {
    return null;
  } finally {
    Object.assign(sandbox, { regex: null, texts: null });
  }
}

export const SLOW_REGEX = `the pattern could not be run on the output within ${TIME_BUDGET_MS} ms (catastrophic backtracking?)`;

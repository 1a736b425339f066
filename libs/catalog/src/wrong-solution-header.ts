import type { WrongSolution } from './types';

const TAG = /^\s*\/\/\s*@(fails|message):\s*(.*?)\s*$/;

/**
 * Reads the header comments of a wrong solution:
 *   // @fails: finish-time, interleaving
 *   // @message: ran one after another
 * Returns the parsed header or a description of what is missing.
 */
export function parseWrongSolution(file: string, code: string): WrongSolution | string {
  let fails: string[] | null = null;
  let message: string | null = null;
  for (const line of code.split('\n')) {
    const match = TAG.exec(line);
    if (!match) continue;
    if (match[1] === 'fails')
      fails = match[2]
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
    else message = match[2];
  }
  if (!fails || fails.length === 0) return 'needs a `// @fails: <check ids>` header';
  if (!message) return 'needs a `// @message: <feedback substring>` header';
  return { file, code, fails, message };
}

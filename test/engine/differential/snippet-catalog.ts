import fs from 'node:fs';
import path from 'node:path';

export const SNIPPET_DIR = path.join(__dirname, 'snippets');

/** Expected virtual times per output line, keyed by the line's first word; `*` covers unlisted words. */
export type TimeTable = Map<string, number[]>;

export interface Snippet {
  name: string;
  file: string;
  source: string;
  /** Real Node has more than one possible output; the engine must produce one of those observed. */
  racy: boolean;
  /** How many times real Node runs the snippet to collect its possible outputs. */
  runs: number;
  times: TimeTable;
}

/** Order-stable snippets run once up front (the spec re-runs Node before declaring a divergence). */
const DETERMINISTIC_RUNS = 1;
/** The engine's zero-cost order is Node's usual one in every racy snippet (>= 75% of runs), so 10 runs see it. */
const RACY_RUNS = 10;

/**
 * Reads every snippet with its header comments:
 *   // @times: A=0 B=10,20 *=0   virtual time of each stdout line, by first word, in order of appearance
 *   // @racy                     real Node's order is not stable: run it RACY_RUNS times
 */
export function loadSnippets(): Snippet[] {
  return fs
    .readdirSync(SNIPPET_DIR)
    .filter((name) => /\.(c|m)?js$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(SNIPPET_DIR, name);
      const source = fs.readFileSync(file, 'utf8');
      const racy = /^\/\/ @racy\b/m.test(source);
      const runs = racy ? RACY_RUNS : DETERMINISTIC_RUNS;
      return { name, file, source, racy, runs, times: parseTimes(name, source) };
    });
}

function parseTimes(name: string, source: string): TimeTable {
  const header = /^\/\/ @times:(.*)$/m.exec(source);
  if (!header) throw new Error(`${name}: missing "// @times:" header`);
  const table: TimeTable = new Map();
  for (const entry of header[1].trim().split(/\s+/).filter(Boolean)) {
    const match = /^(\S+)=(\d+(?:,\d+)*)$/.exec(entry);
    if (!match) throw new Error(`${name}: bad @times entry "${entry}"`);
    table.set(match[1], match[2].split(',').map(Number));
  }
  return table;
}

/** The first word of an output line: the key its virtual time is listed under. */
export function timeKey(text: string): string {
  return text.split(/\s/, 1)[0];
}

/**
 * Compares the virtual times of output lines with the table. A key with fewer listed times than lines
 * reuses its last time, so `tick=5` covers every "tick" line at 5 ms. Returns a list of mismatches.
 */
export function timeMismatches(
  table: TimeTable,
  lines: ReadonlyArray<{ t: number; text: string }>,
): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  for (const { t, text } of lines) {
    const key = timeKey(text);
    const listed = table.get(key) ?? table.get('*');
    if (!listed) {
      problems.push(`"${text}" at ${t} ms has no expected time`);
      continue;
    }
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const expected = listed[Math.min(index, listed.length - 1)];
    if (t !== expected) problems.push(`"${text}" at ${t} ms, expected ${expected} ms`);
  }
  return problems;
}

/**
 * Output examples in a statement, so tests can prove they are what the reference solution prints.
 *   ```text output      one printed line per line (stdout)
 *   ```text timeline    "[1000 ms] printed line": the line and the virtual time it was printed at
 * In both, a line `...` stands for any number of printed lines; the parts between `...` must each
 * appear as consecutive printed lines, in order.
 */
import type { OutputEvent } from '@loopgrade/engine/contract';

export interface ExampleLine {
  text: string;
  /** Virtual time, for timeline examples. */
  t?: number;
}

export interface StatementExample {
  kind: 'output' | 'timeline';
  /** Runs of consecutive lines, separated by `...` in the statement. */
  segments: ExampleLine[][];
}

const FENCE = /^```text (output|timeline)\s*\n([\s\S]*?)^```\s*$/gm;
const TIMELINE_LINE = /^\[\s*(\d+) ms\] (.*)$/;

function parseLine(kind: StatementExample['kind'], line: string): ExampleLine {
  if (kind === 'output') return { text: line };
  const match = TIMELINE_LINE.exec(line);
  if (!match) throw new Error(`timeline example line must read "[<t> ms] <text>": ${JSON.stringify(line)}`);
  return { t: Number(match[1]), text: match[2] };
}

export function statementExamples(markdown: string): StatementExample[] {
  return [...markdown.matchAll(FENCE)].map((match) => {
    const kind = match[1] as StatementExample['kind'];
    const segments: ExampleLine[][] = [[]];
    for (const line of match[2].replace(/\n$/, '').split('\n')) {
      if (line === '...') segments.push([]);
      else segments[segments.length - 1].push(parseLine(kind, line));
    }
    return { kind, segments: segments.filter((segment) => segment.length > 0) };
  });
}

function segmentMatchesAt(segment: ExampleLine[], events: OutputEvent[], start: number): boolean {
  return segment.every((line, offset) => {
    const event = events[start + offset];
    return event !== undefined && event.text === line.text && (line.t === undefined || line.t === event.t);
  });
}

function describeLine(line: ExampleLine): string {
  return line.t === undefined ? JSON.stringify(line.text) : `[${line.t} ms] ${JSON.stringify(line.text)}`;
}

/** Null if the example is an excerpt of what was printed on stdout, else what did not match. */
export function exampleMismatch(example: StatementExample, printed: OutputEvent[]): string | null {
  const events = printed.filter((event) => event.stream === 'stdout');
  let cursor = 0;
  for (const segment of example.segments) {
    let found = -1;
    for (let start = cursor; start + segment.length <= events.length; start++) {
      if (segmentMatchesAt(segment, events, start)) {
        found = start;
        break;
      }
    }
    if (found < 0) {
      const lines = segment.map(describeLine).join(', ');
      return `the ${example.kind} example's lines ${lines} are not printed consecutively (after line ${cursor})`;
    }
    cursor = found + segment.length;
  }
  return null;
}

const PROGRAM_FENCE = /^```js program\s*\n([\s\S]*?)^```\s*$/gm;

/** Programs shown in a statement (```js program), e.g. the program of an ordering puzzle. */
export function statementPrograms(markdown: string): string[] {
  return [...markdown.matchAll(PROGRAM_FENCE)].map((match) => match[1]);
}

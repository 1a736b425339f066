import { SandboxPool } from '@loopgrade/engine';
import { mapWithConcurrency, runNodeFile } from './node-process';
import { loadSnippets, timeMismatches, type Snippet } from './snippet-catalog';
import { transcriptOfEngine, transcriptOfNode, type Transcript } from './transcript';

/**
 * Differential fidelity: every snippet runs in real Node 24 (the oracle) and in the engine. The engine's
 * stdout, normalised stderr and exit code must equal an output real Node produced, and its virtual times
 * must equal the ones in the snippet's `@times` header.
 * - Racy snippets run RACY_RUNS times up front; the engine must match one of the observed outputs.
 * - Order-stable snippets run once up front. If the engine disagrees, Node runs CONFIRMATION_RUNS more
 *   times before the test fails, so a single oracle run disturbed by machine load cannot fail the test;
 *   the engine still has to match an output real Node actually produced.
 */
const snippets = loadSnippets();
const NODE_PARALLELISM = 3;
const CONFIRMATION_RUNS = 2;
const observed = new Map<string, Transcript[]>();
let pool: SandboxPool;

beforeAll(async () => {
  pool = new SandboxPool({ size: 1 });
  const jobs = snippets.flatMap((snippet) => Array.from({ length: snippet.runs }, () => snippet));
  const runs = await mapWithConcurrency(jobs, NODE_PARALLELISM, (snippet) => runNodeFile(snippet.file));
  runs.forEach((run, index) => record(jobs[index], transcriptOfNode(run)));
}, 170_000);

afterAll(async () => {
  await pool?.close();
});

test('the catalogue holds at least 80 snippets, racy ones included', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(80);
  expect(snippets.some((snippet) => snippet.racy)).toBe(true);
});

test.each(snippets.map((snippet): [string, Snippet] => [snippet.name, snippet]))(
  '%s: same output, exit code and intended virtual times as real Node',
  async (_name, snippet) => {
    const result = await pool.run(snippet.source, { filename: snippet.name });
    const engine = transcriptOfEngine(result);
    if (!snippet.racy && !outputsOf(snippet).some((output) => sameTranscript(output, engine))) {
      const again = await Promise.all(
        Array.from({ length: CONFIRMATION_RUNS }, () => runNodeFile(snippet.file)),
      );
      again.forEach((run) => record(snippet, transcriptOfNode(run)));
      if (outputsOf(snippet).length > 1)
        console.warn(`${snippet.name}: real Node gave several outputs (load?)`);
    }

    const nodeOutputs = outputsOf(snippet);
    expect(nodeOutputs.every((output) => output.exitCode !== null)).toBe(true);
    if (nodeOutputs.length === 1) expect(engine).toEqual(nodeOutputs[0]);
    else expect(nodeOutputs).toContainEqual(engine);

    const stdoutLines = result.events.filter((event) => event.stream === 'stdout');
    expect(timeMismatches(snippet.times, stdoutLines)).toEqual([]);
  },
);

function outputsOf(snippet: Snippet): Transcript[] {
  return observed.get(snippet.name) ?? [];
}

function record(snippet: Snippet, transcript: Transcript): void {
  const outputs = outputsOf(snippet);
  if (!outputs.some((known) => sameTranscript(known, transcript))) outputs.push(transcript);
  observed.set(snippet.name, outputs);
}

function sameTranscript(a: Transcript, b: Transcript): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
}

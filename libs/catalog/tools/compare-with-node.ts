/**
 * The truth check behind the catalog (run by authors, not in CI: it takes real seconds):
 *   npm run exercises:oracle [slug ...]
 * Runs every reference solution in real Node 24 (node_modules/.bin/node, with node-preamble.cjs providing
 * blockFor and the virtual services on real timers) and in the engine, and compares the printed lines.
 * Puzzle programs (```js program in a statement) are compared with the reference's predicted order too.
 * Real timers make times approximate, so only the lines and their order are compared.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxPool } from '@loopgrade/engine';
import {
  loadCatalog,
  programRunOptions,
  sourceExtension,
  statementPrograms,
  type CatalogExercise,
} from '@loopgrade/catalog';

const ROOT = join(__dirname, '../../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const PREAMBLE = join(__dirname, 'node-preamble.cjs');
/** Real timers on a shared machine jitter by tens of ms: stretch time so that the gaps between events dominate. */
const TIME_SCALE = 3;

function runInNode(exercise: CatalogExercise, source: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), `oracle-${exercise.slug}-`));
  const file = join(dir, `main.${sourceExtension(exercise)}`);
  writeFileSync(file, source);
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['--require', PREAMBLE, file], {
      env: {
        ...process.env,
        LOOPGRADE_SERVICES: JSON.stringify(exercise.services ?? {}),
        LOOPGRADE_TIME_SCALE: String(TIME_SCALE),
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', () => {
      rmSync(dir, { recursive: true, force: true });
      resolve(stdout.split('\n').slice(0, -1));
    });
  });
}

function difference(expected: string[], actual: string[]): string | null {
  const at = expected.findIndex((line, index) => line !== actual[index]);
  if (at < 0 && expected.length === actual.length) return null;
  const index = at < 0 ? expected.length : at;
  return `line ${index + 1}: real Node ${JSON.stringify(expected[index])}, engine ${JSON.stringify(actual[index])}`;
}

async function compare(exercise: CatalogExercise, pool: SandboxPool): Promise<string[]> {
  const options = programRunOptions(exercise);
  const problems: string[] = [];
  const [real, engine] = await Promise.all([
    runInNode(exercise, exercise.solution),
    pool.run(exercise.solution, options),
  ]);
  const solution = difference(
    real,
    engine.events.filter((event) => event.stream === 'stdout').map((event) => event.text),
  );
  if (solution) problems.push(`solution: ${solution}`);
  for (const program of statementPrograms(exercise.statement)) {
    const predicted = await pool.run(exercise.solution, {
      ...options,
      invoke: { export: 'predictOrder', args: [] },
    });
    const puzzle = difference(await runInNode(exercise, program), predicted.invocation?.value as string[]);
    if (puzzle) problems.push(`puzzle program vs predictOrder(): ${puzzle}`);
  }
  return problems;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const catalog = loadCatalog(join(ROOT, 'exercises')).filter(
    (exercise) => only.length === 0 || only.includes(exercise.slug),
  );
  const pool = new SandboxPool({ size: 2 });
  let failures = 0;
  // One at a time: a busy-waiting neighbour would delay real timers.
  for (const exercise of catalog) {
    const problems = await compare(exercise, pool);
    failures += problems.length > 0 ? 1 : 0;
    console.log(`${problems.length === 0 ? 'same  ' : 'DIFFER'} ${exercise.slug}`);
    for (const problem of problems) console.log(`         ${problem}`);
  }
  console.log(
    `${catalog.length - failures} of ${catalog.length} exercises print the same in real Node and in the engine`,
  );
  await pool.close();
  process.exitCode = failures > 0 ? 1 : 0;
}

void main();

import fs from 'node:fs';
import { SandboxPool, type RunResult } from '@loopgrade/engine';
import type { HostileCase } from './hostile-case';
import { hostAccessCases, ESCAPE_MARKER } from './cases/host-access';
import { memoryCases } from './cases/memory';
import { outputCases } from './cases/output';
import { tamperingCases } from './cases/tampering';
import { thrownValueCases } from './cases/thrown-values';
import { timeCases } from './cases/time';

/**
 * Hostile submissions, all through one SandboxPool: each must end with its clean verdict within its
 * deadline, the pool must then run a normal program correctly, and the host (this Jest process) must
 * stay healthy: bounded memory, no new globals, no file written by an escape payload.
 */
const cases: HostileCase[] = [
  ...timeCases,
  ...memoryCases,
  ...outputCases,
  ...hostAccessCases,
  ...thrownValueCases,
  ...tamperingCases,
];

/** A normal program that also notices anything an earlier submission left behind. */
const CANARY = `
const start = Date.now();
setTimeout(() => {
  console.log('canary', Date.now() - start, typeof globalThis.leakedSecret, ({}).polluted, [].polluted);
}, 25);`;
const CANARY_EVENTS = [{ t: 25, stream: 'stdout', text: 'canary 25 undefined undefined undefined' }];
const HOST_RSS_GROWTH_LIMIT = 512 * 1024 * 1024;

let pool: SandboxPool;
let globalsBefore: string[];
let rssBefore: number;

beforeAll(async () => {
  fs.rmSync(ESCAPE_MARKER, { force: true });
  globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
  rssBefore = process.memoryUsage().rss;
  pool = new SandboxPool({ size: 1 });
  // Boot the child before the first deadline is measured.
  await pool.run(CANARY);
}, 60_000);

afterAll(async () => {
  await pool?.close();
});

test('the suite holds at least 50 hostile submissions', () => {
  expect(cases.length).toBeGreaterThanOrEqual(50);
  expect(new Set(cases.map((hostile) => hostile.name)).size).toBe(cases.length);
});

test.each(cases.map((hostile): [string, HostileCase] => [hostile.name, hostile]))(
  '%s: clean verdict within its deadline, then the pool runs a normal program',
  async (_name, hostile) => {
    const started = performance.now();
    const result = await pool.run(hostile.source, hostile.options);
    const wallMs = performance.now() - started;

    // Status and reason in one string, so a wrong verdict shows what the engine said.
    const accepted = [hostile.status].flat().join('|');
    expect(`${result.status}: ${verdictText(result)}`).toMatch(new RegExp(`^(${accepted}): `));
    if (hostile.explanation) expect(verdictText(result)).toMatch(hostile.explanation);
    hostile.check?.(result);
    expect(wallMs).toBeLessThanOrEqual(hostile.deadlineMs);

    const canary = await pool.run(CANARY);
    expect(canary.status).toBe('ok');
    expect(canary.events).toEqual(CANARY_EVENTS);
  },
  // Generous Jest timeout: the deadline itself is asserted above.
  60_000,
);

test('the host stayed healthy: no escape marker, no new globals, bounded memory', () => {
  expect(fs.existsSync(ESCAPE_MARKER)).toBe(false);
  expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalsBefore);
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(HOST_RSS_GROWTH_LIMIT);
});

/** The error line for crashes, the engine's reason for limit verdicts: what a case's `explanation` must match. */
function verdictText(result: RunResult): string {
  if (result.error) return `${result.error.name}: ${result.error.message}`;
  return result.message ?? '';
}

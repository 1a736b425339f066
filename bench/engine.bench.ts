/**
 * npm run bench:engine — the engine against two baselines on a fixed workload, in one session:
 *   (a) the engine through a SandboxPool of two children, as the worker runs it on two cores (isolated-vm,
 *       virtual clock);
 *   (b) process-per-run with real Node and real timers (the Judge0/Jobe model), on copies whose sleeps
 *       are scaled down (1/1000; the 24 h program 1/60000) because real time cannot be skipped;
 *   (c) node:vm + @sinonjs/fake-timers in-process (fast, but neither isolated nor Node-faithful).
 * Prints runs/s, p50/p99, the ratios, and the targets with PASS/FAIL.
 */
import { SandboxPool } from '@loopgrade/engine';
import { WORKLOADS, type Workload } from './engine-workloads';
import { runInFreshProcess } from './runners/process-per-run';
import { runInVmWithFakeTimers } from './runners/vm-fake-timers';
import { measure, summarise, type Summary } from './stats';

const RUNS = { engine: 400, vm: 400, process: 6 };
const DAY_RUNS = { engine: 30, vm: 30, process: 2 };
const WARM_UP_RUNS = 20;
const BLOCK_RUNS = 10;
const POOL_SIZE = 2;

interface Row {
  workload: Workload;
  engine: Summary;
  /** CPU time the engine itself reports per run: the share of (a)'s latency that is not IPC or scheduling. */
  engineCpu: Summary;
  vm: Summary;
  process: Summary;
  virtualMs: number;
}

async function benchWorkload(pool: SandboxPool, workload: Workload): Promise<Row> {
  const runs = workload.dayLong ? DAY_RUNS : RUNS;
  const source = workload.source(1000);
  const reference = await pool.run(source);
  if (reference.status !== 'ok') throw new Error(`${workload.name}: engine status ${reference.status}`);
  const vmLines = await runInVmWithFakeTimers(source);
  const engineLines = reference.events.map((event) => event.text);
  if (engineLines.join('\n') !== vmLines.map((line) => line.text).join('\n')) {
    console.warn(
      `  note: ${workload.name}: engine and fake-timers outputs differ (fake-timers is not Node-faithful)`,
    );
  }
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    await pool.run(source);
    await runInVmWithFakeTimers(source);
  }
  const cpuSamples: number[] = [];
  const engineSamples: number[] = [];
  const vmSamples: number[] = [];
  // (a) and (c) alternate in short blocks, so that both see the same state of the machine and of this
  // process (CPU frequency, other load, garbage the other runner left): their ratio is what is compared.
  while (engineSamples.length < runs.engine || vmSamples.length < runs.vm) {
    const engineBlock = Math.min(BLOCK_RUNS, runs.engine - engineSamples.length);
    engineSamples.push(
      ...(await measure(engineBlock, async () => cpuSamples.push((await pool.run(source)).stats.cpuMs))),
    );
    const vmBlock = Math.min(BLOCK_RUNS, runs.vm - vmSamples.length);
    vmSamples.push(...(await measure(vmBlock, () => runInVmWithFakeTimers(source))));
  }
  const engine = summarise(engineSamples);
  const vm = summarise(vmSamples);
  const scaled = workload.source(1000 * workload.processScale);
  const processSamples: number[] = [];
  for (let i = 0; i < runs.process; i++) processSamples.push(await runInFreshProcess(scaled));
  return {
    workload,
    engine,
    engineCpu: summarise(cpuSamples),
    vm,
    process: summarise(processSamples),
    virtualMs: reference.virtualTimeMs,
  };
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1).padStart(8);
const ratio = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)}x`.padStart(8);

function printRow(row: Row): void {
  const { engine, vm, process: proc } = row;
  const scale = `1/${Math.round(1 / row.workload.processScale)}`;
  console.log(`\n${row.workload.name}  (virtual duration ${(row.virtualMs / 1000).toFixed(0)} s)`);
  console.log('  runner                               runs/s   p50 ms   p99 ms');
  console.log(
    `  (a) engine, SandboxPool of ${POOL_SIZE}       ${engine.runsPerSecond.toFixed(0).padStart(8)} ${ms(engine.p50)} ${ms(engine.p99)}`,
  );
  console.log(
    `      of which isolate CPU                    ${ms(row.engineCpu.p50)} ${ms(row.engineCpu.p99)}`,
  );
  console.log(
    `  (b) process per run, sleeps ${scale.padEnd(7)} ${proc.runsPerSecond.toFixed(2).padStart(8)} ${ms(proc.p50)} ${ms(proc.p99)}`,
  );
  console.log(
    `  (c) node:vm + fake-timers          ${vm.runsPerSecond.toFixed(0).padStart(8)} ${ms(vm.p50)} ${ms(vm.p99)}`,
  );
  const fullScaleMs = fullScaleProcessMs(row);
  console.log(
    `  ratios (p50): (b)/(a) ${ratio(proc.p50 / engine.p50)} measured at ${scale} scale,` +
      ` ${ratio(fullScaleMs / engine.p50)} at full scale (≈ ${(fullScaleMs / 1000).toFixed(1)} s per run); (a)/(c) ${ratio(engine.p50 / vm.p50)}`,
  );
}

/** What (b) costs on the real program: it must wait the whole virtual duration, plus its measured overhead. */
function fullScaleProcessMs(row: Row): number {
  return row.virtualMs + row.process.p50;
}

function printTargets(rows: Row[]): void {
  const tutorial = rows.filter((row) => row.workload.tutorial);
  const day = rows.find((row) => row.workload.dayLong);
  const worstTutorialP50 = Math.max(...tutorial.map((row) => row.engine.p50));
  const worstProcessRatio = Math.min(...rows.map((row) => fullScaleProcessMs(row) / row.engine.p50));
  const worstScaledRatio = Math.min(...rows.map((row) => row.process.p50 / row.engine.p50));
  const worstVmRatio = Math.max(...rows.map((row) => row.engine.p50 / row.vm.p50));
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('\nTargets');
  console.log(
    `  ${verdict(worstTutorialP50 <= 3)}  p50 <= 3 ms per tutorial example: worst ${worstTutorialP50.toFixed(2)} ms`,
  );
  console.log(
    `  ${verdict(worstProcessRatio >= 100)}  >= 100x faster than (b) running the real program: worst ${worstProcessRatio.toFixed(0)}x` +
      ` (even against the scaled-down copies: worst ${worstScaledRatio.toFixed(1)}x)`,
  );
  console.log(`  ${verdict(worstVmRatio <= 2)}  within 2x of (c): worst (a)/(c) ${worstVmRatio.toFixed(2)}x`);
  if (day)
    console.log(
      `  ${verdict(day.engine.p50 <= 20)}  24 h program in <= 20 ms: p50 ${day.engine.p50.toFixed(2)} ms`,
    );
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`loopgrade engine benchmark — Node ${process.version}, ${new Date().toISOString()}`);
  const pool = new SandboxPool({ size: POOL_SIZE });
  try {
    const rows: Row[] = [];
    for (const workload of WORKLOADS) {
      const row = await benchWorkload(pool, workload);
      printRow(row);
      rows.push(row);
    }
    printTargets(rows);
  } finally {
    await pool.close();
  }
  console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The pool unrefs idle children, so while a run or close() is pending the host process may have nothing
 * else keeping it alive. This referenced watchdog keeps it alive and also bounds a run that never settles.
 */
const watchdog = setTimeout(() => {
  console.error('benchmark timed out: a run never settled');
  process.exit(1);
}, 10 * 60_000);
main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => clearTimeout(watchdog));

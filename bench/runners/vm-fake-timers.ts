import vm from 'node:vm';
import { format } from 'node:util';
import FakeTimers from '@sinonjs/fake-timers';

export interface TimedLine {
  t: number;
  text: string;
}

/**
 * Baseline (c): the program in a fresh node:vm context, in-process, on a @sinonjs/fake-timers clock
 * driven by runAllAsync (which yields to the host between timers so promise jobs run). Not a sandbox.
 */
export async function runInVmWithFakeTimers(source: string): Promise<TimedLine[]> {
  const clock = FakeTimers.createClock(0, 1_000_000);
  const lines: TimedLine[] = [];
  const print = (...args: unknown[]) => lines.push({ t: clock.now, text: format(...args) });
  const context = vm.createContext({
    console: { log: print, info: print, error: print, warn: print },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    setInterval: clock.setInterval,
    clearInterval: clock.clearInterval,
    setImmediate: clock.setImmediate,
    clearImmediate: clock.clearImmediate,
    queueMicrotask,
    process: { nextTick: clock.nextTick },
    Date: clock.Date,
  });
  vm.runInContext(source, context, { filename: 'main.js' });
  await clock.runAllAsync();
  return lines;
}

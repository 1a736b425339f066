/** `calls` checks: how the program used virtual services (count, concurrency, order, timing, outcomes). */
import type { RunResult, ServiceCall } from '@loopgrade/engine/contract';
import type { CallsCheck, StartPattern } from '../spec/types';
import { ms, plural, quote } from './format';
import { failed, PASSED, type Excerpt, type Verdict } from './verdict';

/** `*` matches any run of characters; everything else is literal. */
export function wildcardMatcher(pattern: string): (text: string) => boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${source}$`);
  return (text) => regex.test(text);
}

function formatCall(call: ServiceCall): string {
  const end = call.end === null ? '…' : String(call.end);
  const status = call.status === undefined ? '' : ` ${call.status}`;
  return `${String(call.start).padStart(6)}–${end.padEnd(6)} ms  ${call.service} ${call.target}  ${call.outcome}${status}`;
}

function excerptOf(expected: string[], calls: ServiceCall[], center = 0): Excerpt {
  return { expected, actual: calls.slice(Math.max(0, center - 2), center + 8).map(formatCall) };
}

/** " to fetch `GET *`": which calls the check looks at ('' for all). */
function scope(check: CallsCheck): string {
  const service = check.service ? ` ${check.service}` : '';
  const target = check.target ? ` ${quote(check.target)}` : '';
  return service || target ? ` to${service}${target}` : '';
}

/** "3 calls", "at least 1 call to fetch", "2 calls to fetch `GET *`". */
function countedCalls(check: CallsCheck, count: number, quantifier = ''): string {
  return `${quantifier}${plural(count, 'call')}${scope(check)}`;
}

/** Peak number of calls in flight, and when it was reached; a call is in flight during [start, end). */
export function peakConcurrency(calls: ServiceCall[]): { peak: number; at: number } {
  const edges = calls.flatMap((call) => [
    { t: call.start, delta: 1 },
    ...(call.end === null ? [] : [{ t: call.end, delta: -1 }]),
  ]);
  // Ends before starts at the same instant: a call finishing at t frees its slot for one starting at t.
  edges.sort((a, b) => a.t - b.t || a.delta - b.delta);
  let current = 0;
  let best = { peak: 0, at: 0 };
  for (const edge of edges) {
    current += edge.delta;
    if (current > best.peak) best = { peak: current, at: edge.t };
  }
  return best;
}

function checkCount(check: CallsCheck, calls: ServiceCall[]): Verdict {
  if (check.count === undefined) return PASSED;
  const { min, max } = typeof check.count === 'number' ? { min: check.count, max: check.count } : check.count;
  if ((min === undefined || calls.length >= min) && (max === undefined || calls.length <= max)) return PASSED;
  const wanted =
    min === max
      ? countedCalls(check, max as number)
      : min === undefined
        ? countedCalls(check, max as number, 'at most ')
        : max === undefined
          ? countedCalls(check, min, 'at least ')
          : countedCalls(check, max, `${min} to `);
  return failed(`expected ${wanted}, got ${calls.length}`, 'count', excerptOf([wanted], calls));
}

function checkConcurrency(check: CallsCheck, calls: ServiceCall[]): Verdict {
  const { peak, at } = peakConcurrency(calls);
  if (check.maxConcurrency !== undefined && peak > check.maxConcurrency) {
    return failed(
      `expected at most ${plural(check.maxConcurrency, 'call')} in flight at once${scope(check)}, got ${peak} at ${ms(at)}`,
      'too-concurrent',
      excerptOf([`at most ${check.maxConcurrency} at once`], calls),
    );
  }
  if (check.concurrency !== undefined && peak !== check.concurrency) {
    return failed(
      `expected ${plural(check.concurrency, 'call')} in flight at once${scope(check)}, got at most ${peak}`,
      peak < check.concurrency ? 'not-concurrent' : 'too-concurrent',
      excerptOf([`${check.concurrency} at once`], calls),
    );
  }
  return PASSED;
}

function checkOrder(check: CallsCheck, calls: ServiceCall[]): Verdict {
  if (!check.order) return PASSED;
  const expected = check.order;
  for (let index = 0; index < Math.max(expected.length, calls.length); index++) {
    const call = calls[index];
    const pattern = expected[index];
    if (pattern === undefined) {
      return failed(
        `expected ${plural(expected.length, 'call')}, got another one: ${quote(call.target)} at ${ms(call.start)}`,
        'unexpected',
        excerptOf(expected, calls, index),
      );
    }
    if (call === undefined) {
      return failed(
        `expected call ${index + 1} to be ${quote(pattern)}, but there was none`,
        'missing',
        excerptOf(expected, calls, index),
      );
    }
    if (!wildcardMatcher(pattern)(call.target)) {
      return failed(
        `expected call ${index + 1} to be ${quote(pattern)}, got ${quote(call.target)} (started at ${ms(call.start)})`,
        'order',
        excerptOf(expected, calls, index),
      );
    }
  }
  return PASSED;
}

function checkStartTimes(pattern: StartPattern | undefined, calls: ServiceCall[]): Verdict {
  if (!pattern) return PASSED;
  const tolerance = pattern.tolerance ?? 0;
  const plusMinus = tolerance ? ` ± ${tolerance}` : '';
  if (pattern.at) {
    const expected = pattern.at.map((t) => `call at ${t}${plusMinus} ms`);
    for (const [index, at] of pattern.at.entries()) {
      const call = calls[index];
      if (!call) {
        return failed(
          `expected call ${index + 1} to start at ${at}${plusMinus} ms, but there was none`,
          'missing',
          excerptOf(expected, calls, index),
        );
      }
      if (Math.abs(call.start - at) > tolerance) {
        return failed(
          `expected call ${index + 1} to start at ${at}${plusMinus} ms, it started at ${ms(call.start)}`,
          call.start > at ? 'late' : 'early',
          excerptOf(expected, calls, index),
        );
      }
    }
    return PASSED;
  }
  const delays = pattern.delays ?? [];
  const expected = delays.map((delay, index) => `wait ${delay}${plusMinus} ms before call ${index + 2}`);
  for (const [index, delay] of delays.entries()) {
    const [previous, next] = [calls[index], calls[index + 1]];
    if (!previous || !next) {
      return failed(
        `expected call ${index + 2} after a ${delay}${plusMinus} ms wait, but there were only ${plural(calls.length, 'call')}`,
        'missing',
        excerptOf(expected, calls, index),
      );
    }
    // A call that never ended (or started before the previous ended) has no wait before its successor.
    const waited = previous.end === null || next.start < previous.end ? null : next.start - previous.end;
    if (waited === null || Math.abs(waited - delay) > tolerance) {
      const got = waited === null ? 'while the previous call was still pending' : `after ${ms(waited)}`;
      return failed(
        `expected call ${index + 2} to start ${delay}${plusMinus} ms after call ${index + 1} ended, it started ${got} (at ${ms(next.start)})`,
        waited !== null && waited > delay ? 'late' : 'early',
        excerptOf(expected, calls, index),
      );
    }
  }
  return PASSED;
}

function checkOutcomes(check: CallsCheck, calls: ServiceCall[]): Verdict {
  if (!check.outcomes) return PASSED;
  const allowed = check.outcomes;
  const offending = calls.findIndex((call) => !allowed.includes(call.outcome));
  if (offending < 0) return PASSED;
  const call = calls[offending];
  return failed(
    `expected every call to end ${allowed.join(' or ')}, but ${quote(call.target)} (started at ${ms(call.start)}) was ${call.outcome}`,
    call.outcome === 'pending' ? 'left-pending' : 'wrong-outcome',
    excerptOf([`every call ${allowed.join(' or ')}`], calls, offending),
  );
}

export function evaluateCalls(check: CallsCheck, run: RunResult): Verdict {
  const matchesTarget = check.target ? wildcardMatcher(check.target) : () => true;
  const calls = run.calls
    .filter(
      (call) => (check.service === undefined || call.service === check.service) && matchesTarget(call.target),
    )
    .sort((a, b) => a.start - b.start);
  for (const verdict of [
    checkCount(check, calls),
    checkConcurrency(check, calls),
    checkOrder(check, calls),
    checkStartTimes(check.startTimes, calls),
    checkOutcomes(check, calls),
  ]) {
    if (verdict.fraction < 1) return verdict;
  }
  return PASSED;
}

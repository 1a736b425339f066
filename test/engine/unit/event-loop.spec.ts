import { runInProcess, stdoutLines, timeline } from './run-in-process';

// Every expected order below was observed with real Node 24.21 (node_modules/.bin/node), 5 runs each,
// one outcome per snippet (order-stable rows only; racy rows are covered by the seed tests).
describe('event loop order (Node 24 semantics)', () => {
  it('drains promise jobs between two timer callbacks (t1 p1 t2 p2)', () => {
    const result = runInProcess(`
      setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('p1')); }, 0);
      setTimeout(() => { console.log('t2'); Promise.resolve().then(() => console.log('p2')); }, 0);`);
    expect(stdoutLines(result)).toEqual(['t1', 'p1', 't2', 'p2']);
  });

  it('runs nextTicks before promise jobs at the CommonJS top level', () => {
    const result = runInProcess(`
      Promise.resolve().then(() => console.log('promise'));
      queueMicrotask(() => console.log('microtask'));
      process.nextTick(() => console.log('tick'));
      console.log('sync');`);
    expect(stdoutLines(result)).toEqual(['sync', 'tick', 'promise', 'microtask']);
  });

  it('runs promise jobs before nextTicks at the ES-module top level', () => {
    const result = runInProcess(
      `Promise.resolve().then(() => console.log('promise'));
      queueMicrotask(() => console.log('microtask'));
      process.nextTick(() => console.log('tick'));
      console.log('sync');`,
      { filename: 'main.mjs' },
    );
    expect(stdoutLines(result)).toEqual(['sync', 'promise', 'microtask', 'tick']);
  });

  it('runs an immediate before a 0 ms timer scheduled from a timer callback', () => {
    const result = runInProcess(`
      setTimeout(() => {
        setTimeout(() => console.log('timeout'), 0);
        setImmediate(() => console.log('immediate'));
      }, 0);`);
    expect(stdoutLines(result)).toEqual(['immediate', 'timeout']);
  });

  it('defers immediates created in the check phase to the next iteration, draining between immediates', () => {
    const result = runInProcess(`
      setImmediate(() => {
        console.log('i1');
        setImmediate(() => console.log('i3'));
        process.nextTick(() => console.log('tick after i1'));
        Promise.resolve().then(() => console.log('promise after i1'));
      });
      setImmediate(() => console.log('i2'));`);
    expect(stdoutLines(result)).toEqual(['i1', 'tick after i1', 'promise after i1', 'i2', 'i3']);
  });

  it('alternates the tick and promise queues until both are empty', () => {
    const result = runInProcess(`
      Promise.resolve().then(() => { console.log('p1'); process.nextTick(() => console.log('tick from promise')); })
        .then(() => console.log('p2'));
      process.nextTick(() => { console.log('n1'); Promise.resolve().then(() => console.log('promise from tick')); });`);
    expect(stdoutLines(result)).toEqual(['n1', 'p1', 'promise from tick', 'p2', 'tick from promise']);
  });

  it('lets a promise job of timer A clear timer B due at the same instant', () => {
    const result = runInProcess(`
      let b;
      setTimeout(() => { console.log('a'); Promise.resolve().then(() => clearTimeout(b)); }, 5);
      b = setTimeout(() => console.log('b'), 5);`);
    expect(stdoutLines(result)).toEqual(['a']);
  });

  it('keeps native await costs (one turn for await of a non-promise)', () => {
    const result = runInProcess(`
      async function f() { console.log('f start'); await null; console.log('f after await'); }
      f().then(() => console.log('f done'));
      Promise.resolve().then(() => console.log('p'));
      console.log('sync end');`);
    expect(stdoutLines(result)).toEqual(['f start', 'sync end', 'f after await', 'p', 'f done']);
  });

  it('passes extra arguments to nextTick, timer and immediate callbacks', () => {
    const result = runInProcess(`
      setTimeout(() => {
        process.nextTick((a, b) => console.log('tick args', a, b), 1, 2);
        setTimeout((x) => console.log('timeout arg', x), 5, 'X');
        setImmediate((y) => console.log('immediate arg', y), 'Y');
      }, 1);`);
    expect(stdoutLines(result)).toEqual(['tick args 1 2', 'immediate arg Y', 'timeout arg X']);
  });

  it('orders equal-expiry lists by list id, renewed on re-queue (C created at 10 runs before B)', () => {
    // Derived from lib/internal/timers.js (event-loop.md §3.2 rule 1): not observable reliably in real Node.
    const result = runInProcess(`
      setTimeout(() => { console.log('A'); setTimeout(() => console.log('C'), 5); }, 10);
      setTimeout(() => setTimeout(() => console.log('B'), 10), 5);`);
    expect(timeline(result)).toEqual(['A@10', 'C@15', 'B@15']);
  });

  it('never runs timers created during the timers phase in that phase, even 1 ms ones due meanwhile', () => {
    // Derived from the algorithm (§3.2 rule 2); in real Node the two 1 ms timers may land in different phases.
    const result = runInProcess(`
      setTimeout(() => {
        setTimeout(() => console.log('new timer'), 0);
        setImmediate(() => console.log('immediate'));
      }, 1);
      setTimeout(() => console.log('same list'), 1);`);
    expect(timeline(result)).toEqual(['same list@1', 'immediate@1', 'new timer@2']);
  });
});

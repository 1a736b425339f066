import { runInProcess, stderrText, stdoutLines, timeline } from './run-in-process';

// Expected outputs observed with real Node 24.21 for the same programs.
describe('process', () => {
  it('lets an uncaughtException listener take over; the loop continues', () => {
    const result = runInProcess(`
      process.on('uncaughtException', (error, origin) => console.log('handler caught', error.message, origin));
      setTimeout(() => { throw new Error('recovered'); }, 10);
      setTimeout(() => console.log('later still runs'), 30);`);
    expect(result.status).toBe('ok');
    expect(timeline(result)).toEqual([
      'handler caught recovered uncaughtException@10',
      'later still runs@30',
    ]);
  });

  it('passes unhandled rejections to an unhandledRejection listener', () => {
    const result = runInProcess(`
      process.on('unhandledRejection', (reason, promise) => console.log('handler', reason.message, promise instanceof Promise));
      Promise.reject(new Error('reported'));
      setTimeout(() => console.log('later'), 10);`);
    expect(result.status).toBe('ok');
    expect(timeline(result)).toEqual(['handler reported true@0', 'later@10']);
  });

  it('emits exit with the exit code, before the crash print, and runs nothing scheduled there', () => {
    const normal = runInProcess(`
      process.on('exit', (code) => { console.log('exit', code); setTimeout(() => console.log('never'), 0); });
      process.exitCode = 3;
      process.on('exit', () => console.log('second'));`);
    expect(stdoutLines(normal)).toEqual(['exit 3', 'second']);
    expect(normal.exitCode).toBe(3);
    const crash = runInProcess(`
      process.on('exit', (code) => console.log('exit event', code, process.exitCode));
      setTimeout(() => { throw new Error('x'); }, 5);`);
    expect(crash.events.map((e) => e.stream)).toEqual(['stdout', 'stderr']);
    expect(stdoutLines(crash)).toEqual(['exit event 1 1']);
    const exited = runInProcess(
      `process.on('exit', (code) => console.log('exit', code)); setTimeout(() => process.exit(4), 1);`,
    );
    expect(timeline(exited)).toEqual(['exit 4@1']);
    expect(exited.exitCode).toBe(4);
  });

  it('joins partial process.stdout.write() calls into lines', () => {
    const result = runInProcess(`
      process.stdout.write('partial ');
      process.stdout.write('line\\nnext: ');
      console.log('after a partial write');
      process.stdout.write('tail without newline');`);
    expect(stdoutLines(result)).toEqual([
      'partial line',
      'next: after a partial write',
      'tail without newline',
    ]);
  });

  it("adds where an 'error' event without listener was emitted", () => {
    const result = runInProcess(`
      const { EventEmitter } = require('node:events');
      new EventEmitter().emit('error', new Error('bad thing'));`);
    expect(stderrText(result)).toContain(
      "Error: bad thing\n    at Object.<anonymous> (main.js:3:40)\nEmitted 'error' event at:\n    at Object.<anonymous> (main.js:3:26)",
    );
  });
});

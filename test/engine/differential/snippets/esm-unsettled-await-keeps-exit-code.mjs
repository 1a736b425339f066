// An unsettled top-level await keeps a non-zero process.exitCode, without the exit-13 warning.
// @times: *=0
process.exitCode = 3;
process.on('exit', (c) => console.log('exit', c));
await new Promise(() => {});

// process.exitCode = 300: listeners see 300, the process exits with 44 (its low 8 bits).
// @times: *=0
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exitCode = 300;

// process.exit(-1): 'exit' listeners see -1, the process exits with 255.
// @times: *=0
process.on('exit', (c) => console.log('exit', c));
process.exit(-1);

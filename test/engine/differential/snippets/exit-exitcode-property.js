// process.exitCode sets the code while the program runs to completion.
// @times: start=0 end=20
process.exitCode = 2;
console.log('start');
setTimeout(() => console.log('end', process.exitCode), 20);

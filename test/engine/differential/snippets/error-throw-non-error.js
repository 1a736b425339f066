// Throwing a primitive prints the value and a --trace-uncaught hint, exit code 1.
// @times: before=0
console.log('before');
throw 42;

// process.exit('abc') throws ERR_INVALID_ARG_TYPE; the program goes on.
// @times: *=0
try {
  process.exit('abc');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('still running');

// In CommonJS a promise that never settles simply lets the program end, exit code 0.
// @times: before=0
console.log('before');
(async () => {
  await new Promise(() => {});
  console.log('after (never)');
})();

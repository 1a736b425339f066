// An immediate cleared by an earlier immediate (or by that immediate's microtasks) is skipped.
// @times: *=0
setImmediate(() => {
  console.log('first clears second');
  clearImmediate(second);
  Promise.resolve().then(() => clearImmediate(third));
});
const second = setImmediate(() => console.log('second (never)'));
const third = setImmediate(() => console.log('third (never)'));
setImmediate(() => console.log('fourth'));

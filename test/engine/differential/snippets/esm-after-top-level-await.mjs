// After a top-level await the module is still at its top level: promise jobs still beat nextTicks.
// @times: before=0 after=20 promise=20 tick=20
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
console.log('before');
await sleep(20);
console.log('after await');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));

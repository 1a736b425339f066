// "Understanding process.nextTick()": the original example, whose timeout(0)/immediate pair is racy in CommonJS.
// @racy
// @times: Hello=0 Running=0,0 The=1
console.log('Hello => number 1');
setImmediate(() => console.log('Running before the timeout => number 3'));
setTimeout(() => console.log('The timeout running last => number 4'), 0);
process.nextTick(() => console.log('Running at next tick => number 2'));

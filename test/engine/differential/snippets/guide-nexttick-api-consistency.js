// "Understanding process.nextTick()": an API that is always asynchronous, whatever the argument.
// @times: sync=0 callback=0,0 after=0
function apiCall(arg, callback) {
  if (typeof arg !== 'string') {
    return process.nextTick(callback, new TypeError('argument should be string'));
  }
  process.nextTick(callback, null, arg.toUpperCase());
}
apiCall(42, (err) => console.log('callback error', err.message));
apiCall('ok', (err, value) => console.log('callback value', err, value));
console.log('sync code finished');
setImmediate(() => console.log('after'));

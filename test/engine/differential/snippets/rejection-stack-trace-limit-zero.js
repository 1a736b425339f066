// With Error.stackTraceLimit = 0, a rejected error prints as [TypeError: ...].
// @times: *=0
Error.stackTraceLimit = 0;
Promise.reject(new TypeError('rejected w/o frames'));

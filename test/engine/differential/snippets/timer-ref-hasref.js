// ref()/unref() return the handle and hasRef() reports the state, for timeouts and immediates.
// @times: *=0 fired=10
const timer = setTimeout(() => console.log('fired'), 10);
console.log('initial', timer.hasRef());
console.log('unref returns this', timer.unref() === timer, timer.hasRef());
console.log('ref returns this', timer.ref() === timer, timer.hasRef());
const immediate = setImmediate(() => {});
console.log('immediate', immediate.hasRef(), immediate.unref() === immediate, immediate.hasRef());

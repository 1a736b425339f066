// An unref'ed timer still fires while a ref'ed one keeps the loop alive.
// @times: unref=10 ref=30
setTimeout(() => console.log('unref'), 10).unref();
setTimeout(() => console.log('ref'), 30);

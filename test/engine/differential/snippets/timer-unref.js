// An unref'ed timer does not keep the program alive: it never fires once nothing ref'ed remains.
// @times: ref=10
setTimeout(() => console.log('ref'), 10);
setTimeout(() => console.log('unref (never)'), 1000).unref();

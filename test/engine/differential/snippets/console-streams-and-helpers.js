// info/debug go to stdout, warn/error to stderr; assert, count, group and dir.
// @times: *=0
console.info('info line');
console.debug('debug line');
console.warn('warn line');
console.error('error line', { code: 1 });
console.assert(1 === 1, 'not printed');
console.assert(false, 'assertion %s', 'message');
console.count();
console.count('label');
console.count();
console.countReset();
console.count();
console.group('group title');
console.log('indented');
console.group();
console.log(['nested', 'indent']);
console.groupEnd();
console.groupEnd();
console.log('back');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });

// An exception at the top level of an ES module.
// @times: before=0
console.log('before');
throw new SyntaxError('not really a syntax error');

// printf-style specifiers: %s %d %i %f %j %o %O %c %% and surplus arguments.
// @times: *=0
console.log('%s is %d years and %i days', 'Ada', 36.6, 12.9);
console.log('%f and %j', '3.25', { json: true });
console.log('%o and %O', [1], { deep: { er: 1 } });
console.log('%c styled %s', 'color: red', 'text', 'extra', 42);
console.log('100%% sure %s');
console.log('%s', null, undefined, 5n, Symbol('x'));
console.log('%d', '42abc', '%d');

// 'warning' listeners run after Node's own stderr print, one tick later.
// @times: *=0
process.on('warning', (w) => console.log('warning event', w.name, w.message));
process.emitWarning('custom warn');
process.emitWarning('typed', 'CustomType', 'CODE1');
process.emitWarning(new Error('as error'));
console.log('sync after');

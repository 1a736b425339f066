// An unhandled rejection whose error stack shows no frame is printed in brackets, as inspect() does.
// @times: *=0
const e = new Error('no frames');
e.stack = 'Error: no frames';
Promise.reject(e);

// Getters, symbols as keys, circular references, boxed primitives, null prototypes and RegExps.
// @times: *=0
const circular = { name: 'loop' };
circular.self = circular;
console.log(circular);
console.log({
  get computed() {
    return 1;
  },
  set only(v) {},
  get both() {
    return 2;
  },
  set both(v) {},
});
console.log({ [Symbol('key')]: 'symbol value', regular: /ab+c/gi });
console.log(new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('s')));
// A settled promise prints as pending in the engine (no way to read its state from JS): a known
// difference, listed in the README, so only a pending one is compared here.
console.log([new Error('in array').message], new Promise(() => {}));
console.log(Promise.reject(new Error('shown')).catch(() => {}) instanceof Promise);

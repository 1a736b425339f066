// Functions, classes and class instances.
// @times: *=0
function named() {}
const arrow = () => {};
class Animal {
  constructor() {
    this.legs = 4;
  }
}
class Empty {}
console.log(
  named,
  arrow,
  Animal,
  Empty,
  () => {},
  async function af() {},
  function* gen() {},
);
console.log(new Animal(), new Empty(), [named, Animal]);
console.log({ method() {}, arrow, nested: { fn: named } });
console.log(Math.max, Object.create(null), Object.assign(Object.create(null), { a: 1 }));

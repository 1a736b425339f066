// globalThis.crypto: randomUUID and getRandomValues (drawn from the run seed), with Node's errors.
// @times: *=0
console.log(typeof crypto, typeof crypto.randomUUID, Object.prototype.toString.call(crypto));
const id = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), id.length);
const a = crypto.getRandomValues(new Uint8Array(8));
console.log(a.length, a instanceof Uint8Array, crypto.getRandomValues(new Uint32Array(2)).length);
try {
  crypto.getRandomValues(new Float32Array(2));
} catch (e) {
  console.log(e.name, e.message);
}
try {
  crypto.getRandomValues(new Uint8Array(70000));
} catch (e) {
  console.log(e.name, e.message);
}

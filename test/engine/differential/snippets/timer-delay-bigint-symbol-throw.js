// BigInt and Symbol delays throw a TypeError synchronously (ToNumber).
// @times: *=0
for (const delay of [10n, Symbol('ms')]) {
  try {
    setTimeout(() => console.log('never'), delay);
  } catch (error) {
    console.log(error.name, error.message);
  }
}

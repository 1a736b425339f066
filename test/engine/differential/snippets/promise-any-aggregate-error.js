// Promise.any with every input rejected rejects with an AggregateError.
// @times: caught=40
const fail = (ms, message) => new Promise((_, reject) => setTimeout(reject, ms, new Error(message)));
Promise.any([fail(20, 'a'), fail(40, 'b')]).catch((error) => {
  console.log(
    'caught',
    error.name,
    error.message,
    error.errors.map((e) => e.message),
  );
});

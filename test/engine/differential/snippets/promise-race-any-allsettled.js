// race settles with the first, any with the first fulfilment, allSettled with everything.
// @times: race=20 any=40 allSettled=60
const sleep = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(reject, ms, new Error(message)));
Promise.race([fail(20, 'first failure'), sleep(40, 'ok')]).catch((e) => console.log('race', e.message));
Promise.any([fail(20, 'nope'), sleep(40, 'winner'), sleep(60, 'late')]).then((v) => console.log('any', v));
Promise.allSettled([fail(20, 'x'), sleep(60, 'y')]).then((results) =>
  console.log('allSettled', results.map((r) => r.status).join(',')),
);

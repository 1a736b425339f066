// Promise.all keeps input order and settles when the slowest input does.
// @times: settled=60
const sleep = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));
Promise.all([sleep(60, 'slow'), sleep(20, 'fast'), sleep(40, 'medium')]).then((values) =>
  console.log('settled', values),
);

// Callbacks get their extra arguments and `this` set to the handle (Timeout or Immediate). Each handle is
// created by the previous callback, so the order never depends on real-time gaps.
// @times: tick=0 timeout=20 immediate=20 interval=40
const timeout = setTimeout(
  function (a, b) {
    console.log('timeout', a, b, this === timeout, this.constructor.name);
    const immediate = setImmediate(
      function (c, d) {
        console.log('immediate', c, d, this === immediate, this.constructor.name);
        const interval = setInterval(
          function (e) {
            console.log('interval', e, this === interval);
            clearInterval(this);
          },
          20,
          'z',
        );
      },
      1,
      2,
    );
  },
  20,
  'x',
  'y',
);
process.nextTick((a, b) => console.log('tick', a, b), 'p', 'q');

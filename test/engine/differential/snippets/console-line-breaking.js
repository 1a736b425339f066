// Objects longer than the break length are spread over several lines.
// @times: *=0
console.log({
  alpha: 'aaaaaaaaaa',
  beta: 'bbbbbbbbbb',
  gamma: 'cccccccccc',
  delta: 'dddddddddd',
  epsilon: 1,
});
console.log({ short: 1, list: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] });
console.log({
  nested: { alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccc' },
});

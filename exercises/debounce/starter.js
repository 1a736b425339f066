// debounce(fn, ms): delay fn until the calls stop for `ms` milliseconds.
function debounce(fn, ms) {
  // TODO: return a function that calls fn(...args) once no call has happened for ms milliseconds.
  return (...args) => fn(...args);
}

// The demo: a user types "hello", pauses, then types " world"; the search runs once per pause.
const search = debounce((query) => console.log(`search: ${query}`), 300);
const keystrokes = [
  [0, 'h'],
  [100, 'he'],
  [200, 'hel'],
  [300, 'hell'],
  [400, 'hello'],
  [1000, 'hello '],
  [1150, 'hello w'],
  [1300, 'hello wo'],
  [1900, 'hello wor'],
];
for (const [at, text] of keystrokes) setTimeout(() => search(text), at);

module.exports = { debounce };

// Every call restarts the timer; only a call followed by `ms` of silence goes through, with its own arguments.
function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, ms);
  };
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

// @fails: searches, latest-arguments
// @message: search: h
// Starts a new timer on every call without clearing the previous one: every keystroke searches.
function debounce(fn, ms) {
  return (...args) => {
    setTimeout(() => fn(...args), ms);
  };
}

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

// A Timeout converts to a numeric id; clearTimeout accepts the number or its string.
// @times: typeof=0 kept=30
const byNumber = setTimeout(() => console.log('by number (never)'), 10);
const byString = setTimeout(() => console.log('by string (never)'), 20);
setTimeout(() => console.log('kept'), 30);
console.log('typeof', typeof +byNumber, typeof byNumber);
clearTimeout(+byNumber);
clearTimeout(String(+byString));

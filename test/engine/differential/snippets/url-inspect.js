// console.log of a URL and of URLSearchParams prints their fields, as Node does.
// @times: *=0
console.log(new URL('https://a.example/p?q=1#h'));
console.log(new URLSearchParams('a=1&b=2'));

// A top-level await settled by a timer is not "unsettled".
// @times: before=0 after=30
console.log('before');
await new Promise((resolve) => setTimeout(resolve, 30));
console.log('after');

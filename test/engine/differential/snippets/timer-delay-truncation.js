// Fractional delays are truncated on insertion: 10.9 ms joins the 10 ms list, in creation order.
// @times: fractional=10 whole=10 eleven=11
setTimeout(() => console.log('fractional 10.9'), 10.9);
setTimeout(() => console.log('whole 10'), 10);
setTimeout(() => console.log('eleven'), 11.2);

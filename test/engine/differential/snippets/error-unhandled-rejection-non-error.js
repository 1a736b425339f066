// A rejection with a non-Error reason is wrapped in ERR_UNHANDLED_REJECTION.
// @times: *=0
Promise.reject('oops');

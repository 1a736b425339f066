// abort(reason) keeps a custom reason; AbortSignal.abort() creates an already-aborted signal.
// @times: *=0
const controller = new AbortController();
controller.abort(new Error('custom'));
console.log('reason', controller.signal.reason.message);
const aborted = AbortSignal.abort('why');
console.log('static', aborted.aborted, aborted.reason);

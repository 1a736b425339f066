// abort() dispatches 'abort' synchronously; the default reason is a DOMException AbortError.
// @times: *=0
const controller = new AbortController();
const { signal } = controller;
signal.addEventListener('abort', (event) => console.log('listener', event.type, signal.aborted));
signal.onabort = () => console.log('onabort');
console.log('before', signal.aborted);
controller.abort();
console.log(
  'after',
  signal.aborted,
  signal.reason.name,
  signal.reason.message,
  signal.reason instanceof DOMException,
);
controller.abort();
try {
  signal.throwIfAborted();
} catch (error) {
  console.log('throwIfAborted', error === signal.reason);
}

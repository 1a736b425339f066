// EventTarget/Event: listeners, once, dispatch return value, and preventDefault.
// @times: *=0
const target = new EventTarget();
target.addEventListener('ping', (event) => console.log('listener', event.type, event instanceof Event));
target.addEventListener('ping', () => console.log('once listener'), { once: true });
console.log('dispatch', target.dispatchEvent(new Event('ping')));
target.dispatchEvent(new Event('ping'));
target.addEventListener('cancel', (event) => event.preventDefault());
console.log('cancelled', target.dispatchEvent(new Event('cancel', { cancelable: true })));

// Node's EventEmitter semantics: listeners run synchronously, in the order they were added, on a copy of
// the list taken when emit starts; a once listener is removed before it runs, so a nested emit skips it.
class Emitter {
  constructor() {
    this.listeners = new Map();
  }

  on(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: false }]);
    return this;
  }

  once(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once: true }]);
    return this;
  }

  off(event, listener) {
    const entries = this.listeners.get(event) ?? [];
    const index = entries.findLastIndex((entry) => entry.listener === listener);
    if (index >= 0) this.listeners.set(event, entries.toSpliced(index, 1));
    return this;
  }

  emit(event, ...args) {
    const entries = this.listeners.get(event) ?? [];
    for (const entry of entries) {
      if (entry.once) this.off(event, entry.listener);
      entry.listener.apply(this, args);
    }
    return entries.length > 0;
  }
}

// The demo: the same calls on Node's own EventEmitter print exactly the same lines.
const emitter = new Emitter();
const first = (value) => console.log(`first ${value}`);
emitter.on('data', first);
emitter.once('data', (value) => {
  console.log(`once ${value}`);
  emitter.emit('data', value * 10);
});
emitter.on('data', (value) => {
  console.log(`last ${value}`);
  if (value === 1) {
    emitter.off('data', first);
    emitter.on('data', (later) => console.log(`added ${later}`));
  }
});
console.log('before emit');
console.log(`emit returned ${emitter.emit('data', 1)}`);
console.log(`emit returned ${emitter.emit('data', 2)}`);
console.log(`emit returned ${emitter.emit('nobody-listens')}`);

module.exports = { Emitter };

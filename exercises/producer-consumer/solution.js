// A bounded channel: put() resolves only when there is room, so a fast producer is slowed down to the
// consumer's pace (backpressure) instead of piling up items in memory.
class Channel {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
    this.takers = [];
    this.putters = [];
  }

  put(item) {
    const taker = this.takers.shift();
    if (taker) {
      taker(item);
      return Promise.resolve();
    }
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.putters.push({ item, resolve }));
  }

  take() {
    if (this.items.length === 0) return new Promise((resolve) => this.takers.push(resolve));
    const item = this.items.shift();
    const putter = this.putters.shift();
    if (putter) {
      this.items.push(putter.item);
      putter.resolve();
    }
    return Promise.resolve(item);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const channel = new Channel(2);

async function producer() {
  for (let item = 1; item <= 6; item++) {
    await channel.put(item);
    console.log(`produced ${item}`);
  }
  console.log('producer done');
}

async function consumer() {
  for (let count = 0; count < 6; count++) {
    const item = await channel.take();
    console.log(`consumed ${item}`);
    await sleep(300);
  }
}

producer();
consumer();

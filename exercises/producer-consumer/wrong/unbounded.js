// @fails: backpressure
// @message: expected `produced 4` at 300 ms, got it at 0 ms
// An unbounded queue: put() never waits, so the producer races ahead of the consumer.
class Channel {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
    this.takers = [];
  }

  put(item) {
    const taker = this.takers.shift();
    if (taker) taker(item);
    else this.items.push(item);
    return Promise.resolve();
  }

  take() {
    if (this.items.length === 0) return new Promise((resolve) => this.takers.push(resolve));
    return Promise.resolve(this.items.shift());
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

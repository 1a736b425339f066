// Channel(capacity): put() must wait while the channel is full, so the producer cannot run ahead.
class Channel {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
    this.takers = [];
  }

  // TODO: wait while the channel already holds `capacity` items.
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

// @fails: balance
// @message: under schedule seed
// Serialises the writes, but the value written was read before the lock: updates are still lost.
let balance = 100;

function createMutex() {
  let tail = Promise.resolve();
  return (critical) => {
    const run = tail.then(critical);
    tail = run.catch(() => {});
    return run;
  };
}

const withLock = createMutex();

async function readBalance() {
  await services.db('read');
  return balance;
}

async function writeBalance(value) {
  await services.db('write');
  balance = value;
}

async function deposit(amount) {
  const current = await readBalance();
  await withLock(() => writeBalance(current + amount));
  console.log(`deposited ${amount}`);
}

const at = (ms, action) => new Promise((resolve) => setTimeout(resolve, ms)).then(action);

Promise.all([deposit(10), at(60, () => deposit(20)), at(120, () => deposit(30))]).then(() =>
  console.log(`balance: ${balance}`),
);

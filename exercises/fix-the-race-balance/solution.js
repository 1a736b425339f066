// A mutex makes each deposit's read-then-write atomic: the next deposit starts reading only after the
// previous one has written, whatever the database's timing.
let balance = 100;

function createMutex() {
  let tail = Promise.resolve();
  return (critical) => {
    const run = tail.then(critical);
    tail = run.catch(() => {}); // a failed holder must not block the others
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

function deposit(amount) {
  return withLock(async () => {
    const current = await readBalance();
    await writeBalance(current + amount);
    console.log(`deposited ${amount}`);
  });
}

const at = (ms, action) => new Promise((resolve) => setTimeout(resolve, ms)).then(action);

Promise.all([deposit(10), at(60, () => deposit(20)), at(120, () => deposit(30))]).then(() =>
  console.log(`balance: ${balance}`),
);

// Three deposits reach the bank at 0, 60 and 120 ms. Each reads the balance, then writes the new one.
// With the default timings they never overlap and the balance ends at 160. Real databases are not that
// punctual: under other schedules a deposit is lost. Make the read-then-write atomic.
let balance = 100;

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
  await writeBalance(current + amount);
  console.log(`deposited ${amount}`);
}

const at = (ms, action) => new Promise((resolve) => setTimeout(resolve, ms)).then(action);

Promise.all([deposit(10), at(60, () => deposit(20)), at(120, () => deposit(30))]).then(() =>
  console.log(`balance: ${balance}`),
);

// @fails: one-at-a-time, order
// @message: expected at most 1 call in flight at once
// Waits for all the saves, but runs them at the same time: the database gets them in any order.
declare const services: { db(operation: string, ...args: unknown[]): Promise<unknown> };

interface Invoice {
  id: number;
  amount: number;
}

async function save(invoice: Invoice): Promise<void> {
  await services.db('save', invoice.id);
  console.log(`saved invoice ${invoice.id} (${invoice.amount} EUR)`);
}

async function saveAll(invoices: Invoice[]): Promise<number> {
  await Promise.all(invoices.map((invoice) => save(invoice)));
  return invoices.length;
}

const invoices: Invoice[] = [
  { id: 1, amount: 120 },
  { id: 2, amount: 75 },
  { id: 3, amount: 310 },
];

saveAll(invoices).then((count) => console.log(`all ${count} invoices saved`));

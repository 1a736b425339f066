// forEach ignores the promises its callback returns, so nothing waits for them. A for...of loop with
// await saves the records one after another, in order, and finishes only when the last one is saved.
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
  for (const invoice of invoices) {
    await save(invoice);
  }
  return invoices.length;
}

const invoices: Invoice[] = [
  { id: 1, amount: 120 },
  { id: 2, amount: 75 },
  { id: 3, amount: 310 },
];

saveAll(invoices).then((count) => console.log(`all ${count} invoices saved`));

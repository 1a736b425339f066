// The accountant says "all 3 invoices saved" before a single invoice is saved. Why?
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
  // TODO: the invoices must be saved one after another, and saveAll must wait for the last one.
  invoices.forEach(async (invoice) => {
    await save(invoice);
  });
  return invoices.length;
}

const invoices: Invoice[] = [
  { id: 1, amount: 120 },
  { id: 2, amount: 75 },
  { id: 3, amount: 310 },
];

saveAll(invoices).then((count) => console.log(`all ${count} invoices saved`));

// An async generator fetches a page only when the consumer asks for more items than it has,
// so a consumer that stops early never pays for the pages it does not read.
async function* items(baseUrl) {
  let page = 1;
  while (page !== null) {
    const response = await fetch(`${baseUrl}?page=${page}`);
    const body = await response.json();
    yield* body.items;
    page = body.next;
  }
}

async function main() {
  let shown = 0;
  for await (const item of items('https://api.test/items')) {
    console.log(item);
    shown += 1;
    if (shown === 5) break;
  }
  console.log(`showed ${shown} items`);
}

main();

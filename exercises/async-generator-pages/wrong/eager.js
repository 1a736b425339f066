// @fails: items, lazy
// @message: expected 2 calls to fetch
// Downloads every page first and then yields: correct items, but it fetches a page nobody reads.
async function* items(baseUrl) {
  const all = [];
  let page = 1;
  while (page !== null) {
    const response = await fetch(`${baseUrl}?page=${page}`);
    const body = await response.json();
    all.push(...body.items);
    page = body.next;
  }
  yield* all;
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

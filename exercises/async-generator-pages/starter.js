// items(baseUrl): yield the items of every page, fetching a page only when its items are needed.
async function* items(baseUrl) {
  // TODO: GET `${baseUrl}?page=1`; each page has { items, next }, next being the next page number or null.
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

// A working but naive crawler: one request at a time, no retries, no deadline. It never finishes,
// because one page never answers. Make it polite (2 requests at once), patient (retry 503 after 100,
// then 200 ms, 3 attempts in all) and punctual (abort everything still running at 1000 ms).
async function crawl(start, { limit, deadlineMs }) {
  const origin = new URL(start).origin;
  const seen = new Set([start]);
  const queue = [start];
  const crawled = [];
  const failed = [];
  while (queue.length > 0) {
    const url = queue.shift();
    const response = await fetch(url);
    if (!response.ok) {
      failed.push(`${url} (${url} answered ${response.status})`);
      continue;
    }
    crawled.push(url);
    for (const link of (await response.json()).links) {
      const absolute = new URL(link, origin).href;
      if (!seen.has(absolute)) {
        seen.add(absolute);
        queue.push(absolute);
      }
    }
  }
  return { crawled: crawled.sort(), failed: failed.sort() };
}

crawl('https://site.test/', { limit: 2, deadlineMs: 1000 }).then(({ crawled, failed }) => {
  console.log(`crawled ${crawled.length} pages:`);
  for (const url of crawled) console.log(`  ${url}`);
  console.log(`failed ${failed.length}:`);
  for (const problem of failed) console.log(`  ${problem}`);
});

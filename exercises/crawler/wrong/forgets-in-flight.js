// @fails: report, each-page-once, report-time
// @message: expected 9 calls to fetch, got
// De-duplicates against pages already crawled or queued, forgetting pages whose request is in flight.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchPage(url, signal) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, { signal });
    if (response.ok) return response.json();
    if (response.status !== 503 || attempt === 3) throw new Error(`${url} answered ${response.status}`);
    await sleep(100 * attempt);
  }
}

async function crawl(start, { limit, deadlineMs }) {
  const controller = new AbortController();
  const deadline = setTimeout(
    () => controller.abort(new DOMException('deadline passed', 'TimeoutError')),
    deadlineMs,
  );
  const signal = controller.signal;
  const origin = new URL(start).origin;
  const queue = [start];
  const crawled = [];
  const failed = [];
  let active = 0;

  await new Promise((resolve) => {
    const next = () => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < limit && queue.length > 0) {
        const url = queue.shift();
        active += 1;
        fetchPage(url, signal)
          .then((page) => {
            crawled.push(url);
            for (const link of page.links) {
              const absolute = new URL(link, origin).href;
              if (!crawled.includes(absolute) && !queue.includes(absolute)) queue.push(absolute);
            }
          })
          .catch((error) =>
            failed.push(`${url} (${error.name === 'TimeoutError' ? 'deadline' : error.message})`),
          )
          .finally(() => {
            active -= 1;
            next();
          });
      }
    };
    next();
  });
  clearTimeout(deadline);
  return { crawled: crawled.sort(), failed: failed.sort() };
}

crawl('https://site.test/', { limit: 2, deadlineMs: 1000 }).then(({ crawled, failed }) => {
  console.log(`crawled ${crawled.length} pages:`);
  for (const url of crawled) console.log(`  ${url}`);
  console.log(`failed ${failed.length}:`);
  for (const problem of failed) console.log(`  ${problem}`);
});

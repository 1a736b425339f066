// A crawler with a concurrency limit, retries and a global deadline:
// - a queue of URLs and `limit` workers: never more than `limit` requests in flight;
// - each URL is queued once (the `seen` set is updated when a link is found, not when it is fetched);
// - a 503 is retried after 100, then 200 ms; other failures are reported at once;
// - one AbortController for the whole crawl, aborted by a deadline timer, cancels whatever is still running.
//   (AbortSignal.timeout would not do: its timer does not keep the process alive while a request hangs.)
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
  const seen = new Set([start]);
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
              if (!seen.has(absolute)) {
                seen.add(absolute);
                queue.push(absolute);
              }
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

// Promise.any settles with the first success and ignores failures until all have failed (AggregateError).
// Once a mirror has answered, the other downloads are aborted: nobody needs their bytes.
const MIRRORS = ['https://m1.test', 'https://m2.test', 'https://m3.test'];

async function download(file) {
  const controller = new AbortController();
  const attempts = MIRRORS.map(async (mirror) => {
    const response = await fetch(`${mirror}/${file}`, { signal: controller.signal });
    if (!response.ok) throw new Error(`${mirror} answered ${response.status}`);
    return { mirror, body: await response.text() };
  });
  try {
    return await Promise.any(attempts);
  } finally {
    controller.abort();
  }
}

async function main() {
  const { mirror, body } = await download('release.tar');
  console.log(`got ${body} from ${mirror}`);
  try {
    await download('missing.tar');
  } catch (error) {
    console.log(`all ${error.errors.length} mirrors failed`);
  }
}

main();

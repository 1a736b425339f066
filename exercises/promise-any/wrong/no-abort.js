// @fails: losers-aborted
// @message: aborted
// Right answers, but the slower downloads keep running after a mirror has answered.
const MIRRORS = ['https://m1.test', 'https://m2.test', 'https://m3.test'];

async function download(file) {
  const attempts = MIRRORS.map(async (mirror) => {
    const response = await fetch(`${mirror}/${file}`);
    if (!response.ok) throw new Error(`${mirror} answered ${response.status}`);
    return { mirror, body: await response.text() };
  });
  return Promise.any(attempts);
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

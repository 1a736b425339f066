// @fails: first-success, all-fail, losers-aborted
// @message: got
// Uses Promise.race: the first mirror to settle wins, even when it settles with a failure.
const MIRRORS = ['https://m1.test', 'https://m2.test', 'https://m3.test'];

async function download(file) {
  const attempts = MIRRORS.map(async (mirror) => {
    const response = await fetch(`${mirror}/${file}`);
    if (!response.ok) throw new Error(`${mirror} answered ${response.status}`);
    return { mirror, body: await response.text() };
  });
  return Promise.race(attempts);
}

async function main() {
  try {
    const { mirror, body } = await download('release.tar');
    console.log(`got ${body} from ${mirror}`);
  } catch (error) {
    console.log(`download failed: ${error.message}`);
  }
  try {
    await download('missing.tar');
  } catch (error) {
    console.log(`all ${error.errors?.length} mirrors failed`);
  }
}

main();

// Download from whichever mirror answers first with a success; fail only if every mirror fails.
const MIRRORS = ['https://m1.test', 'https://m2.test', 'https://m3.test'];

async function download(file) {
  // TODO: try all mirrors at once (fetch(`${mirror}/${file}`)); a response that is not ok counts as a failure.
  const response = await fetch(`${MIRRORS[0]}/${file}`);
  return { mirror: MIRRORS[0], body: await response.text() };
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

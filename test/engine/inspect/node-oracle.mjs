/*
 * The oracle: real Node formats every case in its own main realm (exactly what a program run by `node` sees).
 * Reads { preamble, cases } as JSON on stdin and prints one result per case as JSON on stdout.
 * Case values are built first, then one macrotask passes (so tracked promises settle), then all are formatted.
 */
import util from 'node:util';
import vm from 'node:vm';

function describeThrow(error) {
  const isErrorLike = error !== null && typeof error === 'object' && typeof error.message === 'string';
  return { ok: false, text: isErrorLike ? `${error.name}: ${error.message}` : String(error) };
}

async function main() {
  let input = '';
  // Decode as a stream: a multi-byte character may straddle two chunks.
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) input += chunk;
  const { preamble, cases } = JSON.parse(input);
  vm.runInThisContext(preamble, { filename: 'preamble.js' });
  globalThis.track = (promise) => {
    promise.then(undefined, () => {});
    return promise;
  };

  const values = cases.map((testCase) => vm.runInThisContext(testCase.code, { filename: 'case.js' }));
  await new Promise((resolve) => setImmediate(resolve));

  const results = cases.map((testCase, index) => {
    const value = values[index];
    try {
      switch (testCase.call) {
        case 'inspect':
          if (testCase.options === undefined) return { ok: true, text: util.inspect(value) };
          return { ok: true, text: util.inspect(value, vm.runInThisContext(`(${testCase.options})`)) };
        case 'format':
          return { ok: true, text: util.format(...value) };
        case 'formatWithOptions':
          return { ok: true, text: util.formatWithOptions(...value) };
        default:
          throw new Error(`unknown call ${testCase.call}`);
      }
    } catch (error) {
      return describeThrow(error);
    }
  });
  process.stdout.write(JSON.stringify({ version: process.version, results }));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exit(1);
});

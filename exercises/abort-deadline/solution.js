// One deadline for the whole report: a single AbortSignal.timeout(1000) is passed to every request,
// so whatever is still running at 1000 ms is aborted, however much time each request had on its own.
const PARTS = ['summary', 'charts', 'details'];

async function buildReport(deadlineMs) {
  const signal = AbortSignal.timeout(deadlineMs);
  for (const part of PARTS) {
    try {
      const response = await fetch(`https://reports.test/${part}`, { signal });
      console.log(`${part}: ${await response.text()}`);
    } catch (error) {
      console.log(`${part}: ${error.name}`);
    }
  }
}

buildReport(1000).then(() => console.log('report finished'));

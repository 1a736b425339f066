// @fails: output, aborted
// @message: got `details: 40 rows`
// A fresh timeout per request: each part gets a whole second, so the report ends at 1300 ms.
const PARTS = ['summary', 'charts', 'details'];

async function buildReport(deadlineMs) {
  for (const part of PARTS) {
    try {
      const response = await fetch(`https://reports.test/${part}`, {
        signal: AbortSignal.timeout(deadlineMs),
      });
      console.log(`${part}: ${await response.text()}`);
    } catch (error) {
      console.log(`${part}: ${error.name}`);
    }
  }
}

buildReport(1000).then(() => console.log('report finished'));

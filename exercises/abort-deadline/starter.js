// The whole report must be finished within one second: abort whatever is still running at the deadline.
const PARTS = ['summary', 'charts', 'details'];

async function buildReport(deadlineMs) {
  for (const part of PARTS) {
    try {
      const response = await fetch(`https://reports.test/${part}`);
      console.log(`${part}: ${await response.text()}`);
    } catch (error) {
      console.log(`${part}: ${error.name}`);
    }
  }
}

buildReport(1000).then(() => console.log('report finished'));

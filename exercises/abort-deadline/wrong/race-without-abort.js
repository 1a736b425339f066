// @fails: aborted
// @message: was resolved
// Stops waiting at the deadline with Promise.race, but never aborts the request: it keeps running.
const PARTS = ['summary', 'charts', 'details'];

async function buildReport(deadlineMs) {
  let timer;
  const deadline = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new DOMException('deadline passed', 'TimeoutError')), deadlineMs);
  });
  deadline.catch(() => {});
  for (const part of PARTS) {
    try {
      const response = await Promise.race([fetch(`https://reports.test/${part}`), deadline]);
      console.log(`${part}: ${await response.text()}`);
    } catch (error) {
      console.log(`${part}: ${error.name}`);
    }
  }
  clearTimeout(timer);
}

buildReport(1000).then(() => console.log('report finished'));

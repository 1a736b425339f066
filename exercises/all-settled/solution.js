// allSettled waits for every check, whatever its outcome, and keeps the input order.
const HOSTS = ['a.test', 'b.test', 'c.test', 'd.test'];

async function checkHealth(host) {
  const response = await fetch(`https://${host}/health`);
  if (!response.ok) throw new Error(`down (${response.status})`);
  return 'up';
}

async function main() {
  const outcomes = await Promise.allSettled(HOSTS.map(checkHealth));
  outcomes.forEach((outcome, index) => {
    const status = outcome.status === 'fulfilled' ? outcome.value : describeFailure(outcome.reason);
    console.log(`${HOSTS[index]}: ${status}`);
  });
  const up = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
  console.log(`${up} of ${HOSTS.length} services up`);
}

function describeFailure(reason) {
  return reason.message.startsWith('down') ? reason.message : 'unreachable';
}

main();

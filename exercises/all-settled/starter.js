// Check every host at once and report each one, in this order, even when some checks fail.
const HOSTS = ['a.test', 'b.test', 'c.test', 'd.test'];

async function checkHealth(host) {
  const response = await fetch(`https://${host}/health`);
  if (!response.ok) throw new Error(`down (${response.status})`);
  return 'up';
}

async function main() {
  const statuses = await Promise.all(HOSTS.map(checkHealth));
  statuses.forEach((status, index) => console.log(`${HOSTS[index]}: ${status}`));
  console.log(`${statuses.length} of ${HOSTS.length} services up`);
}

main();

// @fails: concurrent, duration
// @message: at 200 ms
// Right report, but checks the hosts one after another.
const HOSTS = ['a.test', 'b.test', 'c.test', 'd.test'];

async function checkHealth(host) {
  const response = await fetch(`https://${host}/health`);
  if (!response.ok) throw new Error(`down (${response.status})`);
  return 'up';
}

async function main() {
  let up = 0;
  const lines = [];
  for (const host of HOSTS) {
    try {
      lines.push(`${host}: ${await checkHealth(host)}`);
      up += 1;
    } catch (error) {
      lines.push(`${host}: ${error.message.startsWith('down') ? error.message : 'unreachable'}`);
    }
  }
  lines.forEach((line) => console.log(line));
  console.log(`${up} of ${HOSTS.length} services up`);
}

main();

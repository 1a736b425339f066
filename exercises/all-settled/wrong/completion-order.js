// @fails: report
// @message: expected `a.test: up` as line 1
// Prints each host as its check settles: concurrent, but the report comes out in completion order.
const HOSTS = ['a.test', 'b.test', 'c.test', 'd.test'];

async function checkHealth(host) {
  const response = await fetch(`https://${host}/health`);
  if (!response.ok) throw new Error(`down (${response.status})`);
  return 'up';
}

async function main() {
  let up = 0;
  await Promise.all(
    HOSTS.map((host) =>
      checkHealth(host).then(
        (status) => {
          up += 1;
          console.log(`${host}: ${status}`);
        },
        (error) =>
          console.log(`${host}: ${error.message.startsWith('down') ? error.message : 'unreachable'}`),
      ),
    ),
  );
  console.log(`${up} of ${HOSTS.length} services up`);
}

main();

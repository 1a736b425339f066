// @fails: one-request-per-user, output
// @message: expected call 2 to be `GET https://api.test/users/2`, got `GET https://api.test/users/1`
// Shares requests while they are in flight but forgets the user once it has arrived: no cache at all.
const inFlight = new Map();

function getUser(id) {
  if (!inFlight.has(id)) {
    const request = fetch(`https://api.test/users/${id}`)
      .then((response) => response.json())
      .finally(() => inFlight.delete(id));
    inFlight.set(id, request);
  }
  return inFlight.get(id);
}

async function widget(name, id) {
  const user = await getUser(id);
  console.log(`${name} shows ${user.name}`);
}

Promise.all([widget('header', 1), widget('sidebar', 1), widget('footer', 1)])
  .then(() => widget('profile', 1))
  .then(() => widget('friends', 2));

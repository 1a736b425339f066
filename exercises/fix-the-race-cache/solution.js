// Cache the promise, not the value: the first caller starts the request and stores its promise at once,
// so callers arriving while it is in flight await the same request. A failed request is evicted.
const cache = new Map();

function getUser(id) {
  if (!cache.has(id)) {
    const request = fetch(`https://api.test/users/${id}`).then((response) => response.json());
    request.catch(() => cache.delete(id));
    cache.set(id, request);
  }
  return cache.get(id);
}

async function widget(name, id) {
  const user = await getUser(id);
  console.log(`${name} shows ${user.name}`);
}

Promise.all([widget('header', 1), widget('sidebar', 1), widget('footer', 1)])
  .then(() => widget('profile', 1))
  .then(() => widget('friends', 2));

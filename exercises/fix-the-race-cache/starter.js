// Three widgets ask for the same user at the same moment. The cache is checked before the request has
// answered, so each widget sends its own request. Make concurrent callers share one request.
const cache = new Map();

async function getUser(id) {
  if (cache.has(id)) return cache.get(id);
  const response = await fetch(`https://api.test/users/${id}`);
  const user = await response.json();
  cache.set(id, user);
  return user;
}

async function widget(name, id) {
  const user = await getUser(id);
  console.log(`${name} shows ${user.name}`);
}

Promise.all([widget('header', 1), widget('sidebar', 1), widget('footer', 1)])
  .then(() => widget('profile', 1))
  .then(() => widget('friends', 2));

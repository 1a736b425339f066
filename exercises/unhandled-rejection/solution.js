// A rejected promise must have a handler by the time the current callback's microtasks are done.
// Awaiting the profile first left the settings rejection unhandled for 150 ms, which crashes Node.
// Promise.allSettled attaches handlers to both requests at once and keeps them concurrent.
const load = (url) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  });

async function dashboard() {
  const [settings, profile] = await Promise.allSettled([
    load('https://api.test/settings'),
    load('https://api.test/profile'),
  ]);
  if (profile.status === 'rejected') throw profile.reason;
  let theme = 'light';
  if (settings.status === 'fulfilled') theme = settings.value.theme;
  else console.log(`settings unavailable: ${settings.reason.message}`);
  console.log(`${profile.value.name} uses the ${theme} theme`);
}

dashboard();

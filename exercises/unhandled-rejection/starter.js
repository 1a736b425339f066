// The dashboard starts both requests at once, then awaits them one by one. When the settings request
// fails while the profile is still loading, the program crashes. Keep both requests concurrent, but
// handle the settings failure (fall back to the default theme) without crashing.
const load = (url) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  });

async function dashboard() {
  const settingsRequest = load('https://api.test/settings');
  const profileRequest = load('https://api.test/profile');
  const profile = await profileRequest;
  let theme = 'light';
  try {
    theme = (await settingsRequest).theme;
  } catch (error) {
    console.log(`settings unavailable: ${error.message}`);
  }
  console.log(`${profile.name} uses the ${theme} theme`);
}

dashboard();

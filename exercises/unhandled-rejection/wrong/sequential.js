// @fails: timing
// @message: at 200 ms
// Awaits each request before starting the next: no crash, but the dashboard takes twice as long.
const load = (url) =>
  fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  });

async function dashboard() {
  let theme = 'light';
  try {
    theme = (await load('https://api.test/settings')).theme;
  } catch (error) {
    console.log(`settings unavailable: ${error.message}`);
  }
  const profile = await load('https://api.test/profile');
  console.log(`${profile.name} uses the ${theme} theme`);
}

dashboard();

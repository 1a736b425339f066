// @fails: recovery
// @message: expected `using defaults: GET https://api.test/config failed with 503` as line 1
// One catch at the end: the config failure skips the settings and the save altogether.
const CONFIG = 'https://api.test/config';
const PROFILE = 'https://api.test/profile';

const request = (method, url) =>
  fetch(url, { method }).then((response) => {
    if (!response.ok) throw new Error(`${method} ${url} failed with ${response.status}`);
    return response.json();
  });

request('GET', CONFIG)
  .then((settings) => {
    console.log(`theme: ${settings.theme}`);
    return request('PUT', PROFILE);
  })
  .then(() => console.log('profile saved'))
  .catch((error) => console.log(`could not save: ${error.message}`))
  .finally(() => console.log('done'));

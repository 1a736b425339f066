// A rejection skips every then until the next catch. A catch in the middle recovers and the chain goes on;
// the catch at the end handles whatever fails after it; finally runs either way.
const CONFIG = 'https://api.test/config';
const PROFILE = 'https://api.test/profile';

const request = (method, url) =>
  fetch(url, { method }).then((response) => {
    if (!response.ok) throw new Error(`${method} ${url} failed with ${response.status}`);
    return response.json();
  });

request('GET', CONFIG)
  .catch((error) => {
    console.log(`using defaults: ${error.message}`);
    return { theme: 'light' };
  })
  .then((settings) => {
    console.log(`theme: ${settings.theme}`);
    return request('PUT', PROFILE);
  })
  .then(() => console.log('profile saved'))
  .catch((error) => console.log(`could not save: ${error.message}`))
  .finally(() => console.log('done'));

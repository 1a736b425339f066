// @fails: recovery
// @message: expected `theme: light` as line 2
// The recovering catch logs but returns nothing: the chain continues with undefined instead of the defaults.
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
  })
  .then((settings) => {
    console.log(`theme: ${settings.theme}`);
    return request('PUT', PROFILE);
  })
  .then(() => console.log('profile saved'))
  .catch((error) => console.log(`could not save: ${error.message}`))
  .finally(() => console.log('done'));

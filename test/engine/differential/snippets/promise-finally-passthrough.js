// finally() passes values and rejections through; a throw inside finally replaces them.
// @times: *=0
Promise.resolve('kept')
  .finally(() => 'ignored')
  .then((v) => console.log('value', v));
Promise.reject(new Error('original'))
  .finally(() => {
    throw new Error('replacement');
  })
  .catch((e) => console.log('reason', e.message));

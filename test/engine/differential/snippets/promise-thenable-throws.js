// A thenable whose then() throws rejects the awaiting function; a throw after resolve is ignored.
// @times: *=0
(async () => {
  try {
    await {
      then() {
        throw new Error('then exploded');
      },
    };
  } catch (error) {
    console.log('caught', error.message);
  }
  const value = await {
    then(resolve) {
      resolve('first');
      throw new Error('ignored');
    },
  };
  console.log('resolved', value);
})();

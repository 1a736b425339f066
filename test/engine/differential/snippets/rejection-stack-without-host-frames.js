// A rejection reason's stack shows no frame of the host (the sandbox's own files).
// @times: *=10
process.on('unhandledRejection', (reason) =>
  console.log(reason.stack.split('\n').filter((l) => /boundary|\.ts:/.test(l)).length),
);
setTimeout(() => Promise.reject(new Error('late')), 10);

// process.exit(1.5) throws ERR_OUT_OF_RANGE; the program goes on.
// @times: *=5
setTimeout(() => {
  try {
    process.exit(1.5);
  } catch (e) {
    console.log(e.code, e.message);
    process.exit(4);
  }
}, 5);

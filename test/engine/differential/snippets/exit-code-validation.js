// process.exitCode takes integers (or integer strings): other values throw Node's errors.
// @times: *=0
for (const v of ['2', 1.5, true, null, undefined, -1, 256, '0x10', 'abc', 2n]) {
  try {
    process.exitCode = v;
    console.log(JSON.stringify(String(v)), '->', process.exitCode);
  } catch (e) {
    console.log(String(v), e.code, e.message);
  }
}
process.exitCode = 3;

// file: URLs: file:///p has an empty host; file:/p and file:p get one too.
// @times: *=0
for (const s of [
  'file:///tmp/a b',
  'file://host/share/x',
  'file:/etc/hosts',
  'file:etc',
  'file:///',
  'FILE:///C:/x',
]) {
  try {
    const u = new URL(s);
    console.log(u.href, JSON.stringify(u.host), u.pathname);
  } catch (e) {
    console.log('throws', e.code);
  }
}

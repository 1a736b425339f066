// process.stdout.write without a newline: partial writes join into one line.
// @times: partial=0 next:=10
process.stdout.write('partial ');
process.stdout.write('line\n');
setTimeout(() => {
  process.stdout.write('next: ');
  console.log('after a partial write');
}, 10);

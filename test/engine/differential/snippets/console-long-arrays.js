// Arrays over 100 items are cut; long numeric arrays are grouped into columns.
// @times: *=0
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 8 }, (_, i) => 'item-' + i));

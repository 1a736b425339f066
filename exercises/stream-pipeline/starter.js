// Complete the stages: each one pulls items from the stage before it, one at a time.
async function* readings() {
  for (let n = 1; n <= 6; n++) {
    yield await services.sensor('read', n);
  }
}

async function* map(source, transform) {
  // TODO: yield transform(item), awaited, for every item of source.
}

async function* filter(source, keep) {
  // TODO: yield the items of source for which keep(item) is true.
}

async function* chunk(source, size) {
  // TODO: yield arrays of `size` items; the last one may be shorter.
}

async function main() {
  const celsius = map(readings(), (reading) => services.convert('toCelsius', reading));
  const warm = filter(celsius, (temperature) => temperature >= 20);
  for await (const batch of chunk(warm, 2)) console.log(`store ${batch.join(', ')}`);
  console.log('pipeline done');
}

main();

// A pipeline of async generators: each stage pulls from the one before, one item at a time, so a slow
// stage slows the whole pipeline down instead of letting work pile up between stages (backpressure).
async function* readings() {
  for (let n = 1; n <= 6; n++) {
    yield await services.sensor('read', n);
  }
}

async function* map(source, transform) {
  for await (const item of source) yield await transform(item);
}

async function* filter(source, keep) {
  for await (const item of source) if (keep(item)) yield item;
}

async function* chunk(source, size) {
  let batch = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function main() {
  const celsius = map(readings(), (reading) => services.convert('toCelsius', reading));
  const warm = filter(celsius, (temperature) => temperature >= 20);
  for await (const batch of chunk(warm, 2)) console.log(`store ${batch.join(', ')}`);
  console.log('pipeline done');
}

main();

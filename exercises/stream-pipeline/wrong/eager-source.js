// @fails: output, one-at-a-time
// @message: expected at most 1 call in flight at once
// Reads all sensors at once before yielding: faster, but the source no longer follows the consumer's pace.
async function* readings() {
  const all = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => services.sensor('read', n)));
  yield* all;
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

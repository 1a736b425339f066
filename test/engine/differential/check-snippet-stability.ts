/**
 * Developer tool, not a test: runs every snippet many times in real Node, several at once to add load,
 * and lists those with more than one output. An order-stable snippet listed here needs wider real-time
 * gaps (or the `@racy` header); a racy one must show the engine's zero-cost order among its outputs.
 *   node --import tsx test/engine/differential/check-snippet-stability.ts [runs] [parallelism]
 */
import { mapWithConcurrency, runNodeFile } from './node-process';
import { loadSnippets } from './snippet-catalog';
import { transcriptOfNode } from './transcript';

async function main(runs: number, parallelism: number): Promise<void> {
  const snippets = loadSnippets();
  const jobs = snippets.flatMap((snippet) => Array.from({ length: runs }, () => snippet));
  const results = await mapWithConcurrency(jobs, parallelism, (snippet) => runNodeFile(snippet.file));
  const outputs = new Map<string, Map<string, number>>();
  results.forEach((result, index) => {
    const counts = outputs.get(jobs[index].name) ?? new Map<string, number>();
    const key = JSON.stringify(transcriptOfNode(result));
    counts.set(key, (counts.get(key) ?? 0) + 1);
    outputs.set(jobs[index].name, counts);
  });
  for (const snippet of snippets) {
    const counts = outputs.get(snippet.name)!;
    if (counts.size === 1) continue;
    console.log(`${snippet.racy ? 'racy    ' : 'UNSTABLE'} ${snippet.name}`);
    for (const [output, count] of counts) console.log(`  ${count}x ${output}`);
  }
}

main(Number(process.argv[2] ?? 10), Number(process.argv[3] ?? 4)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

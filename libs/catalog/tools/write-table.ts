/**
 * Rewrites the generated catalog tables of exercises/README.md and of the project README:
 *   npm run exercises:table
 * The part between the two markers is generated; everything else in each file is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogTable, loadCatalog, TABLE_END, TABLE_START } from '@loopgrade/catalog';

const root = join(__dirname, '../../..');
const catalog = loadCatalog(join(root, 'exercises'));

for (const [file, linkBase] of [
  ['exercises/README.md', ''],
  ['README.md', 'exercises/'],
] as const) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${file} needs the markers ${TABLE_START} and ${TABLE_END}`);
  const table = catalogTable(catalog, linkBase);
  writeFileSync(path, `${text.slice(0, start + TABLE_START.length)}\n\n${table}\n${text.slice(end)}`);
}

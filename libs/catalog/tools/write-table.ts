/**
 * Rewrites the generated part of exercises/README.md from the catalog:
 *   npm run exercises:table
 * The part between the two markers is generated; everything else in the file is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogTable, loadCatalog, TABLE_END, TABLE_START } from '@loopgrade/catalog';

const readme = join(__dirname, '../../../exercises/README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(TABLE_START);
const end = text.indexOf(TABLE_END);
if (start < 0 || end < start)
  throw new Error(`exercises/README.md needs the markers ${TABLE_START} and ${TABLE_END}`);
const table = catalogTable(loadCatalog(join(__dirname, '../../../exercises')));
writeFileSync(readme, `${text.slice(0, start + TABLE_START.length)}\n\n${table}\n${text.slice(end)}`);

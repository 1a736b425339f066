import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How to start a sandbox child: the same Node binary as the host, always with --no-node-snapshot
 * (isolated-vm needs it). From compiled JavaScript (dist) the child entry is child-main.js; from the
 * TypeScript sources (Jest, tsx) it is child-main.ts, loaded through tsx.
 */
export function childCommand(): { file: string; args: string[] } {
  const compiled = join(__dirname, 'child-main.js');
  if (__filename.endsWith('.js') && existsSync(compiled)) {
    return { file: process.execPath, args: ['--no-node-snapshot', compiled] };
  }
  // Under tsx's own require hook the resolved path carries a `?namespace=` query: drop it.
  const tsx = pathToFileURL(require.resolve('tsx').replace(/\?.*$/, '')).href;
  return {
    file: process.execPath,
    args: ['--no-node-snapshot', '--import', tsx, join(__dirname, 'child-main.ts')],
  };
}

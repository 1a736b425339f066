#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS npm bin, run before any loader */
/**
 * loopgrade CLI (npm bin). The sandbox needs Node 24 started with --no-node-snapshot (isolated-vm), so this
 * re-executes itself under the project's pinned Node (node_modules/.bin/node) when needed. It then loads the
 * engine from the TypeScript sources through tsx when available (always current in a checkout), otherwise
 * from the compiled dist/ build.
 */
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const isNode24 = process.versions.node.split('.')[0] === '24';

if (!isNode24 || !process.execArgv.includes('--no-node-snapshot')) {
  const pinned = join(root, 'node_modules', '.bin', 'node');
  const node = isNode24 || !existsSync(pinned) ? process.execPath : pinned;
  const child = spawnSync(node, ['--no-node-snapshot', __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

function loadEngineCli() {
  const source = join(root, 'libs', 'engine', 'src', 'cli.ts');
  let tsx = null;
  try {
    tsx = require.resolve('tsx/cjs/api', { paths: [root] });
  } catch {
    tsx = null;
  }
  if (tsx !== null && existsSync(source)) {
    const api = require(tsx);
    return api.require(source, __filename);
  }
  return require(join(root, 'dist', 'libs', 'engine', 'src', 'cli.js'));
}

loadEngineCli()
  .runCli(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    process.stderr.write(`loopgrade: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  });

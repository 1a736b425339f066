import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_SCHEMA } from '@loopgrade/config';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README stays true', () => {
  it('documents every environment variable the apps read, and no other', () => {
    const table = readme.slice(readme.indexOf('## Environment'), readme.indexOf('## Architecture'));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(ENV_SCHEMA).sort());
  });

  it('gives the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });
});

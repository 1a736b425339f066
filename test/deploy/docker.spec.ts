import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENV_SCHEMA } from '@loopgrade/config';

/** No Docker engine runs in CI, so the deployment files are checked as data. */
const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker', 'compose.yaml'), 'utf8'), { merge: true });
const dockerfile = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');

describe('docker deployment files', () => {
  it('compose runs api, worker, postgres and redis, with health-gated start-up', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    for (const app of ['api', 'worker']) {
      expect(compose.services[app].depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
    }
    expect(compose.services.redis.command).toEqual(
      expect.arrayContaining(['--maxmemory-policy', 'noeviction']),
    );
  });

  it('every environment variable compose sets is one the apps know', () => {
    const known = new Set(Object.keys(ENV_SCHEMA));
    for (const service of ['api', 'worker']) {
      for (const name of Object.keys(compose.services[service].environment)) expect(known).toContain(name);
    }
  });

  it('the worker runs the worker entry point; both pass --no-node-snapshot for isolated-vm', () => {
    expect(compose.services.worker.command).toEqual([
      'node',
      '--no-node-snapshot',
      'dist/apps/worker/src/main.js',
    ]);
    expect(dockerfile).toContain('CMD ["node", "--no-node-snapshot", "dist/apps/api/src/main.js"]');
  });

  it('the image is multi-stage, runs as a non-root user and has a health check', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER loopgrade$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
  });
});

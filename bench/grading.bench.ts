/**
 * `npm run bench:grading`: graded submissions per second and submit→graded latency through the HTTP API,
 * in one session, for the embedded mode (PGlite, inline queue) and for PostgreSQL + Redis with 1 and 2
 * worker processes. Throughput is a burst of submissions over the server's own window (first created to
 * last finished); latency is created → finished of each submission, in the burst and at a steady rate. Needs the build (the script runs it) and, for the scaled modes, PostgreSQL and Redis
 * on 127.0.0.1 (override with BENCH_DATABASE_URL / BENCH_REDIS_URL).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { freePort, PlatformProcess, tempDataDir, waitFor } from '../test/support/platform-processes';
import { summarise } from './stats';

const ADMIN_TOKEN = `lg_bench_${randomBytes(24).toString('hex')}`;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BURST = Number(process.env.BENCH_BURST ?? 1000);
const RATE_PER_SECOND = 50;
const RATE_SECONDS = 10;
const SOLUTION = "setTimeout(() => console.log('hello'), 1000);";

interface Mode {
  name: string;
  workers: number;
  postgres: boolean;
}

interface Measured {
  mode: string;
  gradedPerSecond: number;
  burstP50: number;
  burstP99: number;
  steadyP50: number;
  steadyP99: number;
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** The few response fields the benchmark reads. */
interface ApiBody {
  id: string;
  token: string;
  createdAt: string;
  finishedAt: string;
}

async function api(
  base: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: ApiBody }> {
  const response = await fetch(base + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ApiBody };
}

interface Timings {
  /** created → finished of each submission, from the API's own timestamps. */
  latencies: number[];
  /** First created → last finished: the window in which the platform graded them all. */
  spanMs: number;
}

/** Reads each submission once it is graded (long poll); timings come from the server's timestamps. */
async function timings(base: string, token: string, ids: string[]): Promise<Timings> {
  const views = await Promise.all(ids.map((id) => api(base, `/v1/submissions/${id}?wait=30`, token)));
  const created = views.map((v) => Date.parse(v.body.createdAt));
  const finished = views.map((v) => Date.parse(v.body.finishedAt));
  return {
    latencies: views.map((_, i) => finished[i] - created[i]),
    spanMs: Math.max(...finished) - Math.min(...created),
  };
}

async function measureMode(mode: Mode): Promise<Measured> {
  const database = `loopgrade_bench_${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOOPGRADE_ADMIN_TOKEN: ADMIN_TOKEN,
    LOAD_EXERCISES: 'false',
    LOG_LEVEL: 'warn',
    SUBMISSION_RATE_PER_MINUTE: '100000',
    DATA_DIR: tempDataDir(),
    QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (mode.postgres) {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${database}`;
    Object.assign(env, { DATABASE_URL: url.toString(), REDIS_URL });
  }
  const processes = [new PlatformProcess('api', env)];
  for (let i = 0; i < mode.workers; i++) processes.push(new PlatformProcess('worker', env));
  processes.forEach((p) => p.start());
  try {
    await waitFor(
      () =>
        fetch(`${base}/health/ready`).then(
          (r) => r.status,
          () => 0,
        ),
      (s) => s === 200,
      60_000,
    );
    const teacher = await api(base, '/v1/users', ADMIN_TOKEN, {
      email: 't@bench.test',
      name: 'T',
      role: 'teacher',
    });
    const token = (await api(base, `/v1/users/${teacher.body.id}/tokens`, ADMIN_TOKEN, { name: 'bench' }))
      .body.token;
    await api(base, '/v1/exercises', token, {
      slug: 'hello-later',
      title: 'Hello, later',
      difficulty: 'intro',
      tags: [],
      statement: 'Print hello after 1 s.',
      language: 'js',
      entry: 'script',
      starter: '// todo\n',
      solution: SOLUTION,
      checks: [
        {
          id: 'hello',
          title: 'hello at 1000 ms',
          kind: 'output',
          mode: 'exact',
          expect: [{ text: 'hello', at: 1000 }],
        },
      ],
    });
    const submit = () => api(base, '/v1/exercises/hello-later/submissions', token, { code: SOLUTION });

    // Throughput: a burst of submissions, 50 in flight at a time. Reading the results back is not part
    // of the window: it runs from the first submission's creation to the last one's grade.
    const burstIds: string[] = [];
    for (let i = 0; i < BURST; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, BURST - i) }, submit));
      burstIds.push(...batch.map((r) => r.body.id));
    }
    const burstTimings = await timings(base, token, burstIds);
    const gradedPerSecond = (BURST * 1000) / burstTimings.spanMs;

    // Latency under a steady 50 submissions per second.
    const steadyIds: string[] = [];
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < RATE_PER_SECOND * RATE_SECONDS; i++) {
      pending.push(submit().then((r) => void steadyIds.push(r.body.id)));
      await new Promise((resolve) => setTimeout(resolve, 1000 / RATE_PER_SECOND));
    }
    await Promise.all(pending);
    const steady = summarise((await timings(base, token, steadyIds)).latencies);
    const burst = summarise(burstTimings.latencies);
    return {
      mode: mode.name,
      gradedPerSecond,
      burstP50: burst.p50,
      burstP99: burst.p99,
      steadyP50: steady.p50,
      steadyP99: steady.p99,
    };
  } catch (error) {
    for (const p of processes) process.stderr.write(p.log.join('').slice(-3000));
    throw error;
  } finally {
    for (const p of processes.reverse()) await p.stop();
    if (mode.postgres) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  const modes: Mode[] = [
    { name: 'embedded (PGlite, inline)', workers: 0, postgres: false },
    { name: 'PostgreSQL + Redis, 1 worker', workers: 1, postgres: true },
    { name: 'PostgreSQL + Redis, 2 workers', workers: 2, postgres: true },
  ];
  const results: Measured[] = [];
  for (const mode of modes) {
    process.stderr.write(`measuring ${mode.name}...\n`);
    results.push(await measureMode(mode));
  }
  const baseline = results[0].gradedPerSecond;
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(
    `\nloopgrade grading benchmark: ${BURST} burst submissions, then ${RATE_PER_SECOND}/s for ${RATE_SECONDS} s`,
  );
  console.log(
    `${pad('mode', 32)}${pad('graded/s', 10)}${pad('× embedded', 12)}${pad('burst p50/p99 ms', 20)}steady 50/s p50/p99 ms`,
  );
  for (const r of results) {
    console.log(
      `${pad(r.mode, 32)}${pad(r.gradedPerSecond.toFixed(0), 10)}${pad((r.gradedPerSecond / baseline).toFixed(2), 12)}` +
        `${pad(`${r.burstP50.toFixed(0)} / ${r.burstP99.toFixed(0)}`, 20)}${r.steadyP50.toFixed(0)} / ${r.steadyP99.toFixed(0)}`,
    );
  }
  console.log('targets on 2 cores: >= 200 graded/s; p99 <= 100 ms at 50 submissions/s');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

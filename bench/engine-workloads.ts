/**
 * The fixed benchmark workload: the asyncio tutorial's examples ported to JavaScript, typical exercise
 * solutions, and a day-long program. Each source is built for a given length of one "second" so that
 * the process-per-run baseline can run a scaled-down copy in real time.
 */
export interface Workload {
  name: string;
  /** Counted against the "p50 <= 3 ms per tutorial example" target. */
  tutorial: boolean;
  /** Real-time scale used by the process-per-run baseline (real Node cannot sleep 24 h per run). */
  processScale: number;
  /** Long-running: fewer repetitions, and its own "<= 20 ms" target. */
  dayLong?: boolean;
  source: (secondMs: number) => string;
}

const prelude = (secondMs: number) => `
const SECOND = ${secondMs};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
`;

export const WORKLOADS: Workload[] = [
  {
    name: 'queue: 3 workers, jobs 2,5,10,15,20 s',
    tutorial: true,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
const queue = [2, 5, 10, 15, 20];
async function worker(name) {
  while (queue.length > 0) {
    const units = queue.shift();
    console.log(name, 'starts a job of', units, 's');
    await sleep(units * SECOND);
    console.log(name, 'finished a job of', units, 's');
  }
}
(async () => {
  await Promise.all([worker('worker-1'), worker('worker-2'), worker('worker-3')]);
  console.log('queue drained');
})();`,
  },
  {
    name: 'call_soon event handler',
    tutorial: true,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
const callSoon = (fn, ...args) => setImmediate(fn, ...args);
const callLater = (delay, fn, ...args) => setTimeout(fn, delay * SECOND, ...args);
callSoon(() => console.log('Hello World'));
function onEvent(name, remaining) {
  console.log('handled', name);
  if (remaining > 0) callSoon(onEvent, name + "'", remaining - 1);
}
callSoon(onEvent, 'event', 5);
callLater(1, () => console.log('called later'));`,
  },
  {
    name: 'task sleeps 3 s and returns',
    tutorial: true,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
async function slowAnswer() {
  await sleep(3 * SECOND);
  return 42;
}
(async () => {
  console.log('started');
  console.log('answer', await slowAnswer());
})();`,
  },
  {
    name: 'two interleaved countdowns',
    tutorial: true,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
async function countdown(name, from, step) {
  for (let n = from; n > 0; n--) {
    console.log(name, n);
    await sleep(step * SECOND);
  }
  console.log(name, 'lift-off');
}
countdown('A', 5, 1);
countdown('B', 3, 2);`,
  },
  {
    name: 'Promise.all vs sequential',
    tutorial: true,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
const fetchLike = (name, seconds) => sleep(seconds * SECOND).then(() => name);
(async () => {
  console.log('concurrent', await Promise.all([fetchLike('a', 1), fetchLike('b', 2), fetchLike('c', 3)]));
  const sequential = [];
  for (const [name, seconds] of [['a', 1], ['b', 2], ['c', 3]]) sequential.push(await fetchLike(name, seconds));
  console.log('sequential', sequential);
})();`,
  },
  {
    name: 'exercise: retry with backoff',
    tutorial: false,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
let attempts = 0;
async function flaky() {
  attempts += 1;
  await sleep(0.2 * SECOND);
  if (attempts < 4) throw new Error('attempt ' + attempts + ' failed');
  return 'ok after ' + attempts;
}
async function retry(fn, retries, baseDelay) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= retries) throw error;
      console.log(error.message, '- retrying in', baseDelay * 2 ** attempt, 's');
      await sleep(baseDelay * 2 ** attempt * SECOND);
    }
  }
}
retry(flaky, 5, 1).then((result) => console.log(result));`,
  },
  {
    name: 'exercise: concurrency-limited pool',
    tutorial: false,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  const lane = async (id) => {
    while (next < tasks.length) {
      const index = next++;
      console.log('lane', id, 'takes task', index);
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, (_, id) => lane(id)));
  return results;
}
const tasks = [3, 1, 2, 2, 1, 3].map((seconds, i) => () => sleep(seconds * SECOND).then(() => 'task' + i));
pool(tasks, 2).then((results) => console.log('results', results));`,
  },
  {
    name: 'exercise: debounce and throttle',
    tutorial: false,
    processScale: 1 / 1000,
    source: (s) => `${prelude(s)}
function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(fn, wait, ...args);
  };
}
function throttle(fn, wait) {
  let last = -Infinity;
  return (...args) => {
    const now = Date.now();
    if (now - last >= wait) {
      last = now;
      fn(...args);
    }
  };
}
const save = debounce((text) => console.log('saved', text), 0.5 * SECOND);
const scroll = throttle((y) => console.log('scroll', y), 0.3 * SECOND);
let typed = '';
const keys = 'hello world';
const typeNext = (i) => {
  if (i === keys.length) return;
  typed += keys[i];
  save(typed);
  scroll(i * 10);
  setTimeout(typeNext, 0.1 * SECOND, i + 1);
};
typeNext(0);`,
  },
  {
    name: 'sleeps 24 h in 1-minute steps',
    tutorial: false,
    dayLong: true,
    processScale: 1 / 60_000,
    source: (s) => `${prelude(s)}
(async () => {
  for (let minute = 1; minute <= 24 * 60; minute++) {
    await sleep(60 * SECOND);
    if (minute % 60 === 0) console.log('hour', minute / 60);
  }
  console.log('a day has passed');
})();`,
  },
];

/**
 * Loaded with `node --require` before an exercise's code when it runs in real Node (the oracle):
 * provides what the engine gives the sandbox beyond Node itself, on real timers.
 * - blockFor(ms): busy-waits, like real CPU-bound work;
 * - services.<name>(operation, ...args) and fetch(url) answering from the exercise's ServicesSpec
 *   (passed as JSON in LOOPGRADE_SERVICES), with the same latency, sequence and failure rules.
 * Jitter is ignored: the oracle runs the default, unseeded schedule.
 * LOOPGRADE_TIME_SCALE (default 1) stretches every delay, latency and busy-wait alike, so that a loaded
 * machine's scheduling noise stays small next to the gaps between events; orders are unchanged.
 */
'use strict';
const spec = JSON.parse(process.env.LOOPGRADE_SERVICES || '{}');
const scale = Number(process.env.LOOPGRADE_TIME_SCALE || 1);
const realFetch = globalThis.fetch;
// Node loads its fetch implementation on first use, which can take hundreds of ms: pay that before the program starts.
void new Response('').text();

const stretch = (ms) => (typeof ms === 'number' && ms > 0 ? ms * scale : ms);
for (const name of ['setTimeout', 'setInterval']) {
  const original = globalThis[name];
  globalThis[name] = (callback, ms, ...args) => original(callback, stretch(ms), ...args);
}
const timeoutSignal = AbortSignal.timeout;
AbortSignal.timeout = (ms) => timeoutSignal.call(AbortSignal, stretch(ms));

// Programs measure time with performance.now(): report it in unstretched milliseconds.
const realNow = performance.now.bind(performance);
performance.now = () => realNow() / scale;

globalThis.blockFor = (ms) => {
  const end = realNow() + stretch(ms);
  while (realNow() < end);
};

function matches(pattern, value) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(value);
}

function responder(routes) {
  const callsPerRoute = new Map();
  return (method, target) => {
    const route = routes.find(
      (candidate) => (candidate.method ?? method) === method && matches(candidate.match, target),
    );
    if (!route) return null;
    const count = callsPerRoute.get(route) ?? 0;
    callsPerRoute.set(route, count + 1);
    if (!route.sequence) return route;
    return route.sequence[Math.min(count, route.sequence.length - 1)];
  };
}

function settleAfter(response, signal, value, failure) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer = null;
    const onAbort = () => {
      if (timer) clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (response.fail === 'hang') return;
    timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      if (response.fail === 'reject') reject(failure());
      else resolve(value());
    }, response.latencyMs); // the patched setTimeout stretches it
  });
}

const named = Object.fromEntries(
  Object.entries(spec.named ?? {}).map(([name, routes]) => {
    const respond = responder(routes);
    return [
      name,
      (operation) => {
        const response = respond(undefined, operation) ?? respond('GET', operation);
        if (!response) return Promise.reject(new Error(`${name}: unknown operation ${operation}`));
        return settleAfter(
          response,
          undefined,
          () => response.body,
          // the engine's wording, so that printed error messages match
          () => new Error(typeof response.body === 'string' ? response.body : `${name}.${operation} failed`),
        );
      },
    ];
  }),
);
globalThis.services = named;

if (spec.fetch) {
  const respond = responder(spec.fetch);
  globalThis.fetch = (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase();
    const response = respond(method, String(url));
    if (!response) return realFetch(url, init);
    const body =
      response.body === undefined
        ? null
        : typeof response.body === 'string'
          ? response.body
          : JSON.stringify(response.body);
    return settleAfter(
      response,
      init.signal,
      () => new Response(body, { status: response.status ?? 200, headers: response.headers }),
      () => new TypeError('fetch failed'),
    );
  };
}

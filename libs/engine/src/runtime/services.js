// Trusted prelude: virtual services. fetch() and named services settle on the virtual clock after the
// route's latency; every call is logged with its start/end virtual times for the host.
const serviceCalls = newList();
const serviceRandom = record();

function globMatches(pattern, text) {
  // '*' matches any run of characters; everything else is literal.
  const parts = splitOn(pattern, '*');
  if (parts.length === 1) return pattern === text;
  if (!StringStartsWith(text, parts[0])) return false;
  let at = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = StringIndexOf(text, parts[i], at);
    if (found === -1) return false;
    at = found + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return text.length - last.length >= at && StringEndsWith(text, last);
}
function findRoute(routes, method, target) {
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i];
    const routeMethod = route.method === undefined ? 'GET' : StringToUpperCase(route.method);
    if ((method === null || routeMethod === method) && globMatches(route.match, target)) return route;
  }
  return null;
}
/** The behaviour of this call: successive calls walk the route's `sequence`, then repeat its last entry. */
function routeOutcome(route) {
  if (route.sequence === undefined || route.sequence.length === 0) return route;
  const used = route.used === undefined ? 0 : route.used;
  route.used = used + 1;
  return route.sequence[MathMin(used, route.sequence.length - 1)];
}
function latencyOf(outcome, route) {
  let latency = MathMax(0, MathTrunc(outcome.latencyMs === undefined ? route.latencyMs : outcome.latencyMs));
  const jitter = outcome.jitterMs === undefined ? route.jitterMs : outcome.jitterMs;
  if (cfg.seed !== null && typeof jitter === 'number' && jitter > 0) {
    latency = MathMax(0, latency + MathRound((serviceRandom.next() * 2 - 1) * jitter));
  }
  return latency;
}
/** The call log is part of the result: a program that calls more than this is stopped, as for callbacks. */
const MAX_SERVICE_CALLS = 5000;
const MAX_LOGGED_TARGET = 512;
function logCall(service, target) {
  if (serviceCalls.length >= MAX_SERVICE_CALLS) {
    stopWith('event-limit', 1, 'more than ' + MAX_SERVICE_CALLS + ' service calls were made');
    throw new ErrorCtor('loopgrade: service call limit reached');
  }
  const call = record();
  call.service = service;
  call.target = target.length > MAX_LOGGED_TARGET ? StringSlice(target, 0, MAX_LOGGED_TARGET) + '…' : target;
  call.start = clock.now;
  call.end = null;
  call.outcome = 'pending';
  call.status = null;
  listPush(serviceCalls, call);
  return call;
}
function settleCall(call, outcome, status) {
  call.end = clock.now;
  call.outcome = outcome;
  if (status !== undefined) call.status = status;
}
/** Copies route data into fresh student-visible values (each call gets its own copy). */
function bodyCopy(body) {
  return body === undefined ? undefined : JSONParse(JSONStringify(body));
}

class Headers {
  constructor(init) {
    const map = record();
    if (isObjectLike(init)) {
      const keys = ObjectKeys(init);
      for (let i = 0; i < keys.length; i++) map[StringToLowerCase(keys[i])] = StringCtor(init[keys[i]]);
    }
    defineHidden(this, kHeaderMap, map);
  }
  get(name) {
    const value = this[kHeaderMap][StringToLowerCase(StringCtor(name))];
    return value === undefined ? null : value;
  }
  has(name) {
    return this[kHeaderMap][StringToLowerCase(StringCtor(name))] !== undefined;
  }
}
const kHeaderMap = SymbolCtor('headers');
const STATUS_TEXT = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};
function makeResponse(url, status, bodyJson, headers) {
  const response = {};
  const text =
    bodyJson === undefined ? '' : typeof bodyJson === 'string' ? bodyJson : JSONStringify(bodyJson);
  let used = false;
  const consume = () => {
    if (used) return PromiseReject(new TypeErrorCtor('Body is unusable: Body has already been read'));
    used = true;
    return null;
  };
  defineValues(response, {
    ok: status >= 200 && status < 300,
    status,
    statusText: STATUS_TEXT[status] || '',
    url,
    headers: new Headers(headers),
    json() {
      const refused = consume();
      if (refused !== null) return refused;
      try {
        return PromiseResolve(JSONParse(text));
      } catch (error) {
        return PromiseReject(error);
      }
    },
    text() {
      const refused = consume();
      return refused !== null ? refused : PromiseResolve(text);
    },
  });
  ObjectDefineProperty(response, 'bodyUsed', { get: () => used, enumerable: true });
  return response;
}
function fetchFailed(message) {
  const error = new TypeErrorCtor('fetch failed');
  defineHidden(error, 'cause', new ErrorCtor(message));
  return error;
}
function fetch(input, init) {
  const url = safeToString(isObjectLike(input) && typeof input.url === 'string' ? input.url : input);
  const method = StringToUpperCase(
    isObjectLike(init) && init.method !== undefined ? StringCtor(init.method) : 'GET',
  );
  const signal = isObjectLike(init) ? init.signal : undefined;
  const target = method + ' ' + url;
  const call = logCall('fetch', target);
  if (signal !== undefined && signal !== null && signalAborted(signal)) {
    settleCall(call, 'aborted');
    return PromiseReject(signalRecord(signal) ? signalRecord(signal).reason : abortError(signal));
  }
  const route = findRoute(cfg.services.fetch || newList(), method, url);
  return new PromiseCtor((resolve, reject) => {
    if (route === null) {
      settleCall(call, 'rejected');
      reject(fetchFailed('loopgrade: no virtual route for ' + target));
      return;
    }
    const outcome = routeOutcome(route);
    let timer = null;
    const onAbort = () => {
      if (timer !== null) cancelTimer(timer);
      settleCall(call, 'aborted');
      reject(signalRecord(signal).reason);
    };
    if (signal !== undefined && signal !== null) addAbortListener(signal, onAbort);
    if (outcome.fail === 'hang') return;
    timer = internalTimer(
      () => {
        if (signal !== undefined && signal !== null) removeAbortListener(signal, onAbort);
        if (outcome.fail === 'reject') {
          settleCall(call, 'rejected');
          reject(fetchFailed('loopgrade: virtual route for ' + target + ' failed'));
          return;
        }
        const status =
          outcome.status === undefined ? (route.status === undefined ? 200 : route.status) : outcome.status;
        settleCall(call, 'resolved', status);
        resolve(
          makeResponse(
            url,
            status,
            outcome.body === undefined ? route.body : outcome.body,
            outcome.headers || route.headers,
          ),
        );
      },
      latencyOf(outcome, route),
      true,
    );
  });
}
function createServices() {
  const services = {};
  const named = cfg.services.named || {};
  const names = ObjectKeys(named);
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    const routes = named[name];
    defineData(services, name, function service(operation) {
      const target = safeToString(operation);
      const call = logCall(name, target);
      const route = findRoute(routes, null, target);
      return new PromiseCtor((resolve, reject) => {
        if (route === null) {
          settleCall(call, 'rejected');
          reject(new ErrorCtor(name + ': unknown operation ' + target));
          return;
        }
        const outcome = routeOutcome(route);
        if (outcome.fail === 'hang') return;
        internalTimer(
          () => {
            const body = outcome.body === undefined ? route.body : outcome.body;
            if (outcome.fail === 'reject') {
              settleCall(call, 'rejected');
              reject(new ErrorCtor(typeof body === 'string' ? body : name + '.' + target + ' failed'));
            } else {
              settleCall(call, 'resolved');
              resolve(bodyCopy(body));
            }
          },
          latencyOf(outcome, route),
          true,
        );
      });
    });
  }
  return services;
}
/** blockFor(ms): synchronous busy work that moves the virtual clock; due timers then fire late. */
function blockFor(ms) {
  const amount = MathMax(0, MathTrunc(NumberCtor(ms)) || 0);
  if (!advanceClockTo(clock.now + amount)) throw new ErrorCtor('loopgrade: virtual time limit reached');
}
function serviceCallsJson() {
  let out = '';
  for (let i = 0; i < serviceCalls.length; i++) {
    const c = serviceCalls[i];
    out +=
      (i === 0 ? '' : ',') +
      '{"service":' +
      quote(c.service) +
      ',"target":' +
      quote(c.target) +
      ',"start":' +
      c.start +
      ',"end":' +
      (c.end === null ? 'null' : c.end) +
      ',"outcome":"' +
      c.outcome +
      '"' +
      (c.status === null ? '' : ',"status":' + (NumberCtor(c.status) || 0)) +
      '}';
  }
  return '[' + out + ']';
}

// Trusted prelude: the virtual event loop (event-loop.md). The host calls step() once per macrotask; every
// host call ends with a V8 microtask checkpoint, so nextTicks are drained here, inside the same call as the
// callback that queued them, and the promise jobs run when the call returns.
const clock = record();
clock.now = 0; // virtual milliseconds since start; only the loop (and blockFor) moves it

const loop = record();
loop.fatal = false;
loop.status = 'ok';
loop.exitCode = 0;
loop.message = null;
loop.error = null;
loop.callbacks = 0;
loop.phase = 'timers';
loop.phaseNow = 0;
loop.internalJobs = newList();
loop.beforeExitEmitted = false;

// Hot records are classes with field declarations: fields are defined (never [[Set]]), so prototype setters
// planted by student code are never consulted, and V8 keeps them fast (fixed shapes, unlike null-prototype
// dictionaries).
class TimerList {
  duration = 0;
  expiry = 0;
  id = 0;
  head = null;
  tail = null;
  heapIndex = -1;
}
/** A callback waiting in a timer list or the immediate queue (a doubly linked list node). */
class QueuedCallback {
  callback = null;
  args = null;
  handle = null;
  refed = true;
  cleared = false;
  list = null;
  prev = null;
  next = null;
}
class TimerRecord extends QueuedCallback {
  kind = 'timer';
  after = 1;
  repeat = null;
  alive = false;
  start = 0;
  asyncId = 0;
}
class ImmediateRecord extends QueuedCallback {
  kind = 'immediate';
}
class ImmediateQueue {
  head = null;
  tail = null;
}
class Tick {
  callback = null;
  args = null;
}
const recordClasses = [TimerList, QueuedCallback, ImmediateQueue, Tick];
for (let i = 0; i < recordClasses.length; i++) ObjectSetPrototypeOf(recordClasses[i].prototype, null);

// ---- timer lists: one FIFO list per duration, a binary heap of lists ordered by (expiry, id) ----
const timerLists = record();
const listHeap = newList();
let nextListId = 1;
const timerCounts = record();
timerCounts.alive = 0;
timerCounts.refed = 0;

function listBefore(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSwap(i, j) {
  const a = listHeap[i];
  listHeap[i] = listHeap[j];
  listHeap[j] = a;
  listHeap[i].heapIndex = i;
  listHeap[j].heapIndex = j;
}
function heapUp(i) {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!listBefore(listHeap[i], listHeap[parent])) return;
    heapSwap(i, parent);
    i = parent;
  }
}
function heapDown(i) {
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let best = i;
    if (left < listHeap.length && listBefore(listHeap[left], listHeap[best])) best = left;
    if (right < listHeap.length && listBefore(listHeap[right], listHeap[best])) best = right;
    if (best === i) return;
    heapSwap(i, best);
    i = best;
  }
}
function heapRemove(list) {
  const i = list.heapIndex;
  const last = listHeap.length - 1;
  if (i !== last) heapSwap(i, last);
  listHeap.length = last;
  if (i !== last) {
    heapDown(i);
    heapUp(i);
  }
  list.heapIndex = -1;
}

/** Node's `insert`: append to the duration's list, creating the list (with a fresh id) if needed. */
function insertTimer(rec, start) {
  const duration = MathTrunc(rec.after);
  rec.start = start;
  let list = timerLists[duration];
  if (list === undefined) {
    list = new TimerList();
    list.duration = duration;
    list.expiry = start + duration;
    list.id = nextListId++;
    timerLists[duration] = list;
    list.heapIndex = listHeap.length;
    listPush(listHeap, list);
    heapUp(list.heapIndex);
  }
  appendNode(list, rec);
}
/** Timer lists and immediate queues are doubly linked lists: `{head, tail}` and nodes with `list/prev/next`. */
function appendNode(list, node) {
  node.list = list;
  node.prev = list.tail;
  node.next = null;
  if (list.tail === null) list.head = node;
  else list.tail.next = node;
  list.tail = node;
}
function removeNode(node) {
  const list = node.list;
  if (list === null) return;
  if (node.prev === null) list.head = node.next;
  else node.prev.next = node.next;
  if (node.next === null) list.tail = node.prev;
  else node.next.prev = node.prev;
  node.list = null;
  node.prev = null;
  node.next = null;
}
/** Node's `unenroll` removes a list as soon as it is empty, so the next timer of that duration gets a new id. */
function dropListIfEmpty(list) {
  if (list.head === null && list.heapIndex !== -1) {
    heapRemove(list);
    if (timerLists[list.duration] === list) delete timerLists[list.duration];
  }
}
function setTimerAlive(rec, alive) {
  if (rec.alive === alive) return;
  rec.alive = alive;
  const delta = alive ? 1 : -1;
  timerCounts.alive += delta;
  if (rec.refed) timerCounts.refed += delta;
}
function setTimerRef(rec, refed) {
  if (rec.refed === refed) return;
  rec.refed = refed;
  if (rec.alive) timerCounts.refed += refed ? 1 : -1;
}
function newTimerRecord(callback, args, after, repeat, handle) {
  const rec = new TimerRecord();
  rec.callback = callback;
  rec.args = args;
  rec.after = after;
  rec.repeat = repeat;
  rec.handle = handle;
  return rec;
}
function scheduleTimer(rec) {
  if (timerCounts.alive >= cfg.maxPendingTimers) {
    stopWith('event-limit', 1, 'more than ' + cfg.maxPendingTimers + ' timers pending at once');
    throw new ErrorCtor('loopgrade: pending-timer limit reached');
  }
  insertTimer(rec, clock.now);
  setTimerAlive(rec, true);
}
function cancelTimer(rec) {
  if (rec.cleared) return;
  rec.cleared = true;
  const list = rec.list;
  removeNode(rec);
  if (list !== null) dropListIfEmpty(list);
  setTimerAlive(rec, false);
}
/** `refresh()`: re-arm at the tail of its list with start = now, even after it fired; no-op once cleared. */
function refreshTimer(rec) {
  if (rec.cleared) return;
  const list = rec.list;
  removeNode(rec);
  if (list !== null) dropListIfEmpty(list);
  insertTimer(rec, clock.now);
  setTimerAlive(rec, true);
}

/** The next timer due in the current timers phase (Node's processTimers/listOnTimeout), unlinked, or null. */
function nextDueTimer() {
  for (;;) {
    if (listHeap.length === 0) return null;
    const list = listHeap[0];
    if (list.expiry > loop.phaseNow) return null;
    const rec = list.head;
    if (rec === null) {
      dropListIfEmpty(list);
      continue;
    }
    if (loop.phaseNow - rec.start < list.duration) {
      list.expiry = MathMax(rec.start + list.duration, loop.phaseNow + 1);
      list.id = nextListId++;
      heapDown(0);
      continue;
    }
    removeNode(rec);
    if (list.head === null) dropListIfEmpty(list);
    return rec;
  }
}
function runTimer(rec) {
  const start = clock.now; // an interval re-bases on the time its callback started
  if (rec.repeat === null) setTimerAlive(rec, false);
  try {
    invokeQueued(rec);
  } finally {
    if (rec.repeat !== null && !rec.cleared && rec.list === null) {
      rec.after = rec.repeat;
      insertTimer(rec, start);
    }
  }
}

// ---- immediates: a FIFO swapped out at the start of every check phase ----
const immediateCounts = record();
immediateCounts.count = 0;
immediateCounts.refed = 0;
let immediateQueue = new ImmediateQueue();
let runningImmediates = new ImmediateQueue();

function scheduleImmediate(rec) {
  appendNode(immediateQueue, rec);
  immediateCounts.count++;
  if (rec.refed) immediateCounts.refed++;
}
function unlinkImmediate(rec) {
  if (rec.list === null) return;
  removeNode(rec);
  immediateCounts.count--;
  if (rec.refed) immediateCounts.refed--;
}
function setImmediateRef(rec, refed) {
  if (rec.refed === refed) return;
  rec.refed = refed;
  if (rec.list !== null) immediateCounts.refed += refed ? 1 : -1;
}
function cancelImmediate(rec) {
  if (rec.cleared) return;
  rec.cleared = true;
  unlinkImmediate(rec);
}
function runImmediate(rec) {
  unlinkImmediate(rec);
  rec.cleared = true;
  invokeQueued(rec);
}
/** Calls a timer or immediate callback with `this` = its handle; a throw is the program's uncaught exception. */
function invokeQueued(rec) {
  try {
    countCallback();
    if (rec.handle === null) ReflectApply(rec.callback, undefined, rec.args);
    else ReflectApply(rec.callback, rec.handle, rec.args);
  } catch (error) {
    reportUncaught(error);
  }
}

// ---- process.nextTick queue ----
let ticks = newList();
let tickHead = 0;
function queueTick(callback, args) {
  const tick = new Tick();
  tick.callback = callback;
  tick.args = args;
  listPush(ticks, tick);
}
function ticksPending() {
  return tickHead < ticks.length;
}
/** Runs nextTicks until the queue is empty (ticks added meanwhile included); V8 runs promise jobs afterwards. */
function drainTicks() {
  while (!loop.fatal && tickHead < ticks.length) {
    const tick = ticks[tickHead];
    ticks[tickHead] = undefined;
    tickHead++;
    try {
      countCallback();
      ReflectApply(tick.callback, undefined, tick.args);
    } catch (error) {
      reportUncaught(error);
    }
  }
  if (tickHead > 0 && tickHead === ticks.length) {
    ticks.length = 0;
    tickHead = 0;
  }
}

// ---- guard rails and termination ----
function countCallback() {
  loop.callbacks++;
  if (loop.callbacks > cfg.maxCallbacks) {
    stopWith('event-limit', 1, 'more than ' + cfg.maxCallbacks + ' callbacks ran (endless timers or ticks?)');
    throw new ErrorCtor('loopgrade: callback limit reached');
  }
}
/** Ends the run with a verdict. Later output is dropped: in Node the process would be gone. */
function stopWith(status, exitCode, message) {
  if (loop.fatal) return;
  loop.fatal = true;
  loop.status = status;
  loop.exitCode = exitCode;
  loop.message = message;
  output.silenced = true;
}
function advanceClockTo(target) {
  if (target <= clock.now) return true;
  if (target > cfg.virtualHorizonMs) {
    stopWith(
      'virtual-time-limit',
      1,
      'still running at the virtual time limit of ' +
        cfg.virtualHorizonMs +
        ' ms (next event due at ' +
        target +
        ' ms)',
    );
    return false;
  }
  clock.now = target;
  return true;
}
function loopAlive() {
  return timerCounts.refed > 0 || immediateCounts.refed > 0;
}
function takeImmediates() {
  if (immediateQueue.head === null) return;
  runningImmediates = immediateQueue;
  immediateQueue = new ImmediateQueue();
  // Records keep pointing at their queue; the running queue is still counted until each one runs.
}

/** One macrotask (or one tick drain). Returns 'more', 'idle' (loop empty) or 'exit' (the run is over). */
function step() {
  if (loop.fatal) return 'exit';
  if (ticksPending()) {
    drainTicks();
    return loop.fatal ? 'exit' : 'more';
  }
  if (loop.internalJobs.length > 0) {
    const job = loop.internalJobs[0];
    loop.internalJobs = listFrom(loop.internalJobs, 1);
    // Jobs call student exports and tests: whatever escapes is the program's uncaught exception, never the host's.
    try {
      job();
    } catch (error) {
      reportUncaught(error);
    }
    if (!loop.fatal) drainTicks();
    return loop.fatal ? 'exit' : 'more';
  }
  for (;;) {
    if (loop.phase === 'timers') {
      const rec = nextDueTimer();
      if (rec !== null) {
        runTimer(rec);
        if (!loop.fatal) drainTicks();
        return loop.fatal ? 'exit' : 'more';
      }
      loop.phase = 'poll';
    }
    if (loop.phase === 'poll') {
      if (!loopAlive()) {
        if (emitBeforeExit()) return loop.fatal ? 'exit' : 'more';
        finishIdle();
        return 'idle';
      }
      loop.beforeExitEmitted = false;
      // Poll blocks (the clock jumps) only when no ref'ed immediate is waiting.
      if (immediateCounts.refed === 0 && listHeap.length > 0 && !advanceClockTo(listHeap[0].expiry))
        return 'exit';
      takeImmediates();
      loop.phase = 'check';
    }
    if (loop.phase === 'check') {
      const rec = runningImmediates.head;
      if (rec !== null) {
        runImmediate(rec);
        if (!loop.fatal) drainTicks();
        return loop.fatal ? 'exit' : 'more';
      }
      loop.phase = 'timers';
      loop.phaseNow = clock.now;
    }
  }
}
/**
 * Node emits 'beforeExit' each time the loop drains (not on process.exit or a crash); work its listeners
 * schedule keeps the loop going, and the loop exits when it drains again with nothing new.
 */
function emitBeforeExit() {
  if (loop.beforeExitEmitted || loop.exiting || processListenerCount('beforeExit') === 0) return false;
  loop.beforeExitEmitted = true;
  try {
    emitProcessEvent('beforeExit', loop.requestedExitCode);
  } catch (error) {
    reportUncaught(error);
  }
  if (!loop.fatal) drainTicks();
  return true;
}
/** Runs after the main script: libuv runs due timers once before the first iteration. */
function startLoop() {
  advanceClockTo(clock.now + cfg.startupLatencyMs);
  loop.phase = 'timers';
  loop.phaseNow = clock.now;
}

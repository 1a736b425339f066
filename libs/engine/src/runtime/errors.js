// Trusted prelude: Node-style crash reports. Every read of a student value is typeof-guarded and try-wrapped.
const NODE_VERSION = 'v24.21.0';
const MAX_ERROR_TEXT = 8192;

function readProperty(value, key) {
  try {
    return value[key];
  } catch {
    return undefined;
  }
}
function readString(value, key) {
  const text = readProperty(value, key);
  return typeof text === 'string' ? StringSlice(text, 0, MAX_ERROR_TEXT) : null;
}
function looksLikeError(value) {
  return isObjectLike(value) && typeof readProperty(value, 'stack') === 'string';
}
/** The first `file:line:column` of the student's file in a stack trace. */
function locateInStack(stack) {
  if (typeof stack !== 'string') return null;
  const marker = cfg.displayName + ':';
  let at = StringIndexOf(stack, marker);
  while (at !== -1) {
    const before = at === 0 ? '' : StringSlice(stack, at - 1, at);
    if (before === '(' || before === ' ' || before === '/') {
      const rest = StringSlice(stack, at + marker.length, at + marker.length + 24);
      const parts = splitOn(rest, ':');
      const line = NumberCtor(parts[0]);
      let columnText = '';
      const tail = parts.length > 1 ? parts[1] : '';
      for (let i = 0; i < tail.length; i++) {
        const c = StringCharCodeAt(tail, i);
        if (c < 48 || c > 57) break;
        columnText += StringSlice(tail, i, i + 1);
      }
      if (NumberIsInteger(line) && line > 0 && columnText !== '') {
        const location = record();
        location.line = line;
        location.column = NumberCtor(columnText);
        return location;
      }
    }
    at = StringIndexOf(stack, marker, at + 1);
  }
  return null;
}
function sourceLine(line) {
  const lines = splitOn(cfg.source, '\n');
  const text = line >= 1 && line <= lines.length ? lines[line - 1] : '';
  return StringEndsWith(text, '\r') ? StringSlice(text, 0, -1) : text;
}
/**
 * Node prints the line with a caret under the throw. We only know where the error was created; for
 * `throw new X(...)` on that line the caret goes under `throw`, as in Node.
 */
function excerpt(location, preferThrow) {
  const text = sourceLine(location.line);
  let column = location.column - 1;
  if (preferThrow) {
    const before = StringTrim(StringSlice(text, 0, column));
    if (StringEndsWith(before, 'throw new') || StringEndsWith(before, 'throw')) {
      column = StringLastIndexOf(text, 'throw', column);
    }
  }
  return (
    cfg.displayName + ':' + location.line + '\n' + text + '\n' + StringRepeat(' ', MathMax(0, column)) + '^\n'
  );
}
function errorInfo(name, message, location) {
  const info = record();
  info.name = name;
  info.message = typeof message === 'string' ? StringSlice(message, 0, MAX_ERROR_TEXT) : message;
  info.line = location === null ? null : location.line;
  info.column = location === null ? null : location.column;
  return info;
}
function describeValue(value) {
  try {
    return inspectValue(value);
  } catch {
    return safeToString(value);
  }
}
/** Drops the runtime's own stack frames (and anything past the isolate boundary) from printed traces. */
function withoutRuntimeFrames(text) {
  const lines = splitOn(text, '\n');
  const kept = newList();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (StringIndexOf(line, '<isolated-vm boundary>') !== -1) {
      // host frames follow; keep only a trailing `{ ... }` block of own properties if there is one
      while (i + 1 < lines.length && StringStartsWith(lines[i + 1], '    at ')) i++;
      continue;
    }
    if (StringStartsWith(StringTrim(line), 'at ') && StringIndexOf(line, RUNTIME_FILENAME) !== -1) {
      // inspect ends the last frame with ' {' when the error has own properties: keep that brace
      if (StringEndsWith(line, ' {') && kept.length > 0) kept[kept.length - 1] += ' {';
      continue;
    }
    listPush(kept, line);
  }
  return joinList(kept, '\n');
}
/**
 * Uncaught exception: stop at once, print like Node, exit code 1. `thrownDirectly` is false where Node
 * catches and re-raises (queueMicrotask, listeners): its caret then points at the error, not the throw.
 */
function reportUncaught(error, thrownDirectly = true) {
  if (loop.fatal) return;
  if (!loop.exiting && processListenerCount('uncaughtException') > 0) {
    // The handler takes over and the loop goes on; a throw inside it is fatal.
    try {
      emitProcessEvent('uncaughtException', error, 'uncaughtException');
      return;
    } catch (handlerError) {
      error = handlerError;
    }
  }
  emitExit(1);
  if (loop.fatal) return; // an 'exit' listener crashed and reported itself
  let text;
  let info;
  if (looksLikeError(error)) {
    const stack = readString(error, 'stack');
    const location = locateInStack(stack);
    const name = readString(error, 'name') || 'Error';
    const message = readString(error, 'message') || '';
    info = errorInfo(name, message, location);
    text =
      (location === null ? '' : excerpt(location, thrownDirectly) + '\n') +
      withoutRuntimeFrames(describeValue(error)) +
      emittedAt(error);
  } else {
    // Node prints the throw's location first; without it, only the value, and for a primitive the hint.
    const shown = typeof error === 'string' ? error : describeValue(error);
    info = errorInfo('Uncaught', shown, null);
    text = isObjectLike(error)
      ? shown
      : shown + '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
  }
  loop.error = info;
  emitFinal('stderr', text + '\n\nNode.js ' + NODE_VERSION);
  stopWith('crashed', processExitStatus(loop.requestedExitCode) || 1, null);
}
/**
 * An unhandled rejection (detected by isolated-vm at the end of a call) or an error thrown by an ES-module
 * evaluation, described by the host as plain data: an error's name/message/stack, or a non-error reason.
 */
function reportHostError(descriptionJson, isRejection) {
  if (loop.fatal) return;
  const d = JSONParse(descriptionJson);
  // Node's default mode ('throw') raises an unhandled rejection as an uncaught exception, origin named.
  const asUncaught = !isRejection || processListenerCount('unhandledRejection') === 0;
  const event = asUncaught ? 'uncaughtException' : 'unhandledRejection';
  if (!loop.exiting && processListenerCount(event) > 0) {
    // Only a copy crossed the isolate boundary: the handler sees an equivalent error (or the reason's text).
    const reason = d.kind === 'error' ? rebuiltError(d) : d.reason;
    const promise = PromiseReject(reason);
    ReflectApply(PromiseThen, promise, [undefined, () => undefined]);
    try {
      emitProcessEvent(
        event,
        reason,
        asUncaught ? (isRejection ? 'unhandledRejection' : 'uncaughtException') : promise,
      );
    } catch (handlerError) {
      reportUncaught(handlerError);
    }
    return;
  }
  emitExit(1);
  if (loop.fatal) return; // an 'exit' listener crashed and reported itself
  let text;
  if (d.kind === 'error') {
    const location = locateInStack(d.stack);
    loop.error = errorInfo(d.name, d.message, location);
    const stack = withoutRuntimeFrames(d.stack);
    // inspect() brackets an error whose stack shows no frame
    const shown = StringIndexOf(stack, '\n    at ') === -1 ? '[' + stack + ']' : stack;
    text = (location === null ? '' : excerpt(location, false) + '\n') + shown;
  } else {
    const message =
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      d.reason +
      '".';
    loop.error = errorInfo('UnhandledPromiseRejection', message, null);
    text =
      'node:internal/process/promises:392\n      new UnhandledPromiseRejection(reason);\n      ^\n\n' +
      'UnhandledPromiseRejection: ' +
      message +
      '\n    at throwUnhandledRejectionsMode (node:internal/process/promises:392:7)' +
      '\n    at processPromiseRejections (node:internal/process/promises:475:17)' +
      '\n    at process.processTicksAndRejections (node:internal/process/task_queues:106:37) {\n' +
      "  code: 'ERR_UNHANDLED_REJECTION'\n}";
  }
  emitFinal('stderr', text + '\n\nNode.js ' + NODE_VERSION);
  loop.unhandledRejection = isRejection;
  stopWith('crashed', processExitStatus(loop.requestedExitCode) || 1, null);
}
function rebuiltError(d) {
  const error = new ErrorCtor(d.message);
  defineHidden(error, 'name', d.name);
  defineHidden(error, 'stack', d.stack);
  return error;
}
/** Node's ERR_INVALID_ARG_TYPE, with the `TypeError [CODE]: message` header in its stack. */
function describeReceived(value) {
  if (value === null || value === undefined) return 'Received ' + value;
  if (typeof value === 'function') {
    const name = readString(value, 'name');
    return 'Received function ' + (name || '<anonymous>');
  }
  if (typeof value === 'object') {
    const ctor = readProperty(value, 'constructor');
    const name = isObjectLike(ctor) ? readString(ctor, 'name') : null;
    if (name) return 'Received an instance of ' + name;
    return 'Received ' + describeValue(value);
  }
  let shown = describeValue(value);
  if (shown.length > 28) shown = StringSlice(shown, 0, 25) + '...';
  return 'Received type ' + typeof value + ' (' + shown + ')';
}
function nodeError(Ctor, code, message) {
  const error = new Ctor(message);
  defineHidden(error, 'name', Ctor.name + ' [' + code + ']');
  readProperty(error, 'stack'); // V8 formats the header lazily: force it while the name carries the code
  delete error.name;
  ObjectDefineProperty(error, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return error;
}
function invalidArgType(name, expected, value) {
  return nodeError(
    TypeErrorCtor,
    'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" argument must be ' + expected + '. ' + describeReceived(value),
  );
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

// Trusted prelude: console. Each call records exactly one output event; formatting comes from inspect.js.
const inspector = createInspect(undefined);
const inspectFunction = inspector.inspect;
const formatFunction = inspector.format;
function inspectValue(value, options) {
  return ReflectApply(inspectFunction, undefined, options === undefined ? [value] : [value, options]);
}
function formatList(args) {
  return ReflectApply(formatFunction, undefined, args);
}
function replaceAllText(text, search, replacement) {
  return joinList(splitOn(text, search), replacement);
}
/** Node's console.time format (lib/internal/util/debuglog.js formatTime). */
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = MathFloor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = MathFloor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = splitOn(NumberToFixed(seconds, 3), '.');
    const pad = (value) => StringPadStart(StringCtor(value), 2, '0');
    const head = hours !== 0 ? hours + ':' + pad(minutes) : StringCtor(minutes);
    return head + ':' + pad(parts[0]) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return NumberToFixed(seconds, 3) + 's';
  return NumberCtor(NumberToFixed(ms, 3)) + 'ms';
}
function renderTable(head, columns) {
  const widths = newList();
  const rows = newList();
  let longest = 0;
  for (let i = 0; i < columns.length; i++) longest = MathMax(longest, columns[i].length);
  for (let i = 0; i < head.length; i++) {
    widths[i] = head[i].length;
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = newList();
      const cell = columns[i][j] === undefined ? '' : columns[i][j];
      rows[j][i] = cell;
      widths[i] = MathMax(widths[i], cell.length);
    }
  }
  const divider = newList();
  for (let i = 0; i < widths.length; i++) divider[i] = StringRepeat('─', widths[i] + 2);
  const renderRow = (row) => {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      out += row[i] + StringRepeat(' ', widths[i] - row[i].length);
      if (i !== row.length - 1) out += ' │ ';
    }
    return out + ' │';
  };
  let result =
    '┌' + joinList(divider, '┬') + '┐\n' + renderRow(head) + '\n├' + joinList(divider, '┼') + '┤\n';
  for (let i = 0; i < rows.length; i++) result += renderRow(rows[i]) + '\n';
  return result + '└' + joinList(divider, '┴') + '┘';
}
/** Node tabulates a Map as iteration index, Key, Values and a Set as iteration index, Values (no filter). */
function collectionTableText(collection, cellText) {
  const items = listFromIterable(collection);
  const entries = isMap(collection);
  const index = newList();
  const keys = newList();
  const values = newList();
  for (let i = 0; i < items.length; i++) {
    listPush(index, cellText(i));
    if (entries) {
      listPush(keys, cellText(items[i][0]));
      listPush(values, cellText(items[i][1]));
    } else listPush(values, cellText(items[i]));
  }
  const head = newList();
  const columns = newList();
  listPush(head, '(iteration index)');
  listPush(columns, index);
  if (entries) {
    listPush(head, 'Key');
    listPush(columns, keys);
  }
  listPush(head, 'Values');
  listPush(columns, values);
  return renderTable(head, columns);
}
function tableText(data, properties) {
  const cellText = (value) => {
    const nested = isObjectLike(value) && !ArrayIsArray(value) && ObjectKeys(value).length > 2;
    return inspectValue(value, {
      depth: nested ? -1 : 0,
      maxArrayLength: 3,
      breakLength: Infinity,
      colors: false,
    });
  };
  if (isMap(data) || isSet(data)) return collectionTableText(data, cellText);
  const columns = record();
  const columnOrder = newList();
  const valuesColumn = newList();
  let hasPrimitives = false;
  const indexKeys = ObjectKeys(data);
  const wanted = properties === undefined ? undefined : listFrom(properties, 0);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = data[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (wanted === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = cellText(item);
      continue;
    }
    const keys = wanted === undefined ? ObjectKeys(item) : wanted;
    for (let k = 0; k < keys.length; k++) {
      const key = StringCtor(keys[k]);
      if (columns[key] === undefined) {
        columns[key] = newList();
        listPush(columnOrder, key);
      }
      const own = !primitive && ObjectGetOwnPropertyDescriptor(item, key) !== undefined;
      columns[key][i] = own ? cellText(item[key]) : '';
    }
  }
  const head = newList();
  const values = newList();
  listPush(head, '(index)');
  listPush(values, listFrom(indexKeys, 0));
  for (let i = 0; i < columnOrder.length; i++) {
    listPush(head, columnOrder[i]);
    listPush(values, columns[columnOrder[i]]);
  }
  if (hasPrimitives) {
    listPush(head, 'Values');
    listPush(values, valuesColumn);
  }
  return renderTable(head, values);
}
function traceFrames() {
  const stack = withoutRuntimeFrames(readString(new ErrorCtor(), 'stack') || '');
  const newline = StringIndexOf(stack, '\n');
  return newline === -1 ? '' : StringSlice(stack, newline + 1);
}

function createConsole() {
  const counts = record();
  const timers = record();
  let indent = '';
  const write = (stream, text) => {
    emitOutput(stream, indent === '' ? text : indent + replaceAllText(text, '\n', '\n' + indent));
  };
  const label = (value) => (value === undefined ? 'default' : safeToString(value));
  const console = {
    log(...args) {
      write('stdout', formatList(args));
    },
    dirxml(...args) {
      write('stdout', formatList(args));
    },
    warn(...args) {
      write('stderr', formatList(args));
    },
    dir(value, options) {
      const merged = { customInspect: false };
      if (isObjectLike(options)) {
        const keys = ObjectKeys(options);
        for (let i = 0; i < keys.length; i++) defineData(merged, keys[i], options[keys[i]]);
      }
      write('stdout', inspectValue(value, merged));
    },
    table(data, properties) {
      if (data === null || typeof data !== 'object') write('stdout', formatList([data]));
      else write('stdout', tableText(data, properties));
    },
    group(...labels) {
      if (labels.length > 0) write('stdout', formatList(labels));
      indent += '  ';
    },
    groupEnd() {
      indent = StringSlice(indent, 0, MathMax(0, indent.length - 2));
    },
    trace(...args) {
      const message = formatList(args);
      write('stderr', 'Trace' + (args.length > 0 ? ': ' + message : '') + '\n' + traceFrames());
    },
    assert(condition, ...args) {
      if (condition) return;
      const parts = newList();
      const custom = args.length > 0 && typeof args[0] === 'string';
      listPush(parts, custom ? 'Assertion failed: ' + args[0] : 'Assertion failed');
      for (let i = custom ? 1 : 0; i < args.length; i++) listPush(parts, args[i]);
      write('stderr', formatList(parts));
    },
    count(name) {
      const key = label(name);
      counts[key] = (counts[key] || 0) + 1;
      write('stdout', key + ': ' + counts[key]);
    },
    countReset(name) {
      const key = label(name);
      if (counts[key] === undefined) emitWarning("Count for '" + key + "' does not exist");
      else counts[key] = 0;
    },
    time(name) {
      const key = label(name);
      if (timers[key] !== undefined) emitWarning("Label '" + key + "' already exists for console.time()");
      else timers[key] = clock.now;
    },
    timeEnd(name) {
      const key = label(name);
      if (timers[key] === undefined) emitWarning("No such label '" + key + "' for console.timeEnd()");
      else {
        write('stdout', key + ': ' + formatTime(clock.now - timers[key]));
        delete timers[key];
      }
    },
    timeLog(name, ...data) {
      const key = label(name);
      if (timers[key] === undefined) emitWarning("No such label '" + key + "' for console.timeLog()");
      else
        write(
          'stdout',
          key + ': ' + formatTime(clock.now - timers[key]) + (data.length > 0 ? ' ' + formatList(data) : ''),
        );
    },
  };
  console.info = console.log;
  console.debug = console.log;
  console.error = console.warn;
  console.groupCollapsed = console.group;
  return console;
}

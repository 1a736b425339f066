// Trusted prelude: a small WHATWG-style URL and URLSearchParams (special schemes, relative resolution,
// dot-segment removal, percent-encoding, default ports). Enough for exercises that build and read URLs.
const DEFAULT_PORTS = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
  'ftp:': '21',
  'file:': '',
};
ObjectSetPrototypeOf(DEFAULT_PORTS, null);
const HEX = '0123456789ABCDEF';

function percentEncode(text, keep) {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const ch = StringFromCharCode(b);
    if (b > 0x20 && b < 0x7f && StringIndexOf(keep, ch) === -1) out += ch;
    else out += '%' + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}
function percentDecode(text) {
  const bytes = newList();
  for (let i = 0; i < text.length; i++) {
    const c = StringCharCodeAt(text, i);
    if (c === 37 && i + 2 < text.length + 0) {
      const value = NumberCtor('0x' + StringSlice(text, i + 1, i + 3));
      if (NumberIsInteger(value) && StringSlice(text, i + 1, i + 3).length === 2) {
        listPush(bytes, value);
        i += 2;
        continue;
      }
    }
    const encoded = utf8Encode(StringSlice(text, i, c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1));
    if (c >= 0xd800 && c <= 0xdbff) i++;
    for (let j = 0; j < encoded.length; j++) listPush(bytes, encoded[j]);
  }
  return utf8Decode(bytes);
}
const PATH_ESCAPES = ' "<>`#?{}';
const QUERY_ESCAPES = ' "<>#';
const FRAGMENT_ESCAPES = ' "<>`';
const USERINFO_ESCAPES = ' "<>`#?{}/:;=@[\\]^|';

function invalidUrl(input) {
  const error = nodeError(TypeErrorCtor, 'ERR_INVALID_URL', 'Invalid URL');
  defineData(error, 'input', input);
  return error;
}
function removeDotSegments(path) {
  const segments = splitOn(path, '/');
  const out = newList();
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === '..' || StringToLowerCase(segment) === '%2e%2e') {
      if (out.length > 0) out.length--;
      if (last) listPush(out, '');
    } else if (segment === '.' || StringToLowerCase(segment) === '%2e') {
      if (last) listPush(out, '');
    } else listPush(out, segment);
  }
  return '/' + joinList(out, '/');
}
/** Parses `input` (relative to the parsed `base` record if given) into a record of URL parts, or null. */
function parseUrl(input, base) {
  let rest = StringTrim(StringCtor(input));
  let text = '';
  for (let i = 0; i < rest.length; i++) {
    const ch = StringSlice(rest, i, i + 1);
    if (ch !== '\t' && ch !== '\n' && ch !== '\r') text += ch;
  }
  rest = text;
  const parts = record();
  const schemeMatch = RegExpExec(/^([a-zA-Z][a-zA-Z0-9+.-]*):/, rest);
  if (schemeMatch !== null) {
    parts.protocol = StringToLowerCase(schemeMatch[1]) + ':';
    rest = StringSlice(rest, schemeMatch[0].length);
  } else {
    if (base === null) return null;
    parts.protocol = base.protocol;
  }
  const special = DEFAULT_PORTS[parts.protocol] !== undefined;
  const hashAt = StringIndexOf(rest, '#');
  parts.hash = hashAt === -1 ? '' : StringSlice(rest, hashAt);
  if (hashAt !== -1) rest = StringSlice(rest, 0, hashAt);
  const queryAt = StringIndexOf(rest, '?');
  parts.search = queryAt === -1 ? '' : StringSlice(rest, queryAt);
  if (queryAt !== -1) rest = StringSlice(rest, 0, queryAt);
  if (special) rest = replaceAllText(rest, '\\', '/');
  parts.username = '';
  parts.password = '';
  parts.hostname = '';
  parts.port = '';
  parts.opaque = false;
  const hasAuthority =
    StringStartsWith(rest, '//') ||
    (special && schemeMatch !== null && (base === null || base.protocol !== parts.protocol));
  if (hasAuthority) {
    // Special schemes ignore any number of slashes before the host; file: takes exactly two (file:///p has
    // an empty host), and without them has none.
    if (parts.protocol !== 'file:') {
      while (StringStartsWith(rest, '/')) rest = StringSlice(rest, 1);
    } else if (StringStartsWith(rest, '//')) rest = StringSlice(rest, 2);
    else rest = '/' + (StringStartsWith(rest, '/') ? StringSlice(rest, 1) : rest);
    let slashAt = StringIndexOf(rest, '/');
    if (slashAt === -1) slashAt = rest.length;
    let authority = StringSlice(rest, 0, slashAt);
    rest = StringSlice(rest, slashAt);
    const atAt = StringLastIndexOf(authority, '@');
    if (atAt !== -1) {
      const userinfo = StringSlice(authority, 0, atAt);
      authority = StringSlice(authority, atAt + 1);
      const colon = StringIndexOf(userinfo, ':');
      parts.username = percentEncode(
        colon === -1 ? userinfo : StringSlice(userinfo, 0, colon),
        USERINFO_ESCAPES,
      );
      parts.password = colon === -1 ? '' : percentEncode(StringSlice(userinfo, colon + 1), USERINFO_ESCAPES);
    }
    const portAt = StringLastIndexOf(authority, ':');
    if (portAt !== -1 && StringIndexOf(authority, ']', portAt) === -1) {
      const port = StringSlice(authority, portAt + 1);
      authority = StringSlice(authority, 0, portAt);
      if (port !== '') {
        if (RegExpExec(/^[0-9]+$/, port) === null || NumberCtor(port) > 65535) return null;
        parts.port = StringCtor(NumberCtor(port));
      }
    }
    if (parts.port === DEFAULT_PORTS[parts.protocol]) parts.port = '';
    parts.hostname = special ? StringToLowerCase(percentDecode(authority)) : authority;
    if (special && parts.protocol !== 'file:' && parts.hostname === '') return null;
    if (RegExpExec(/[\s<>^|%\/?#@]/, parts.hostname) !== null) return null;
    parts.pathname = rest === '' ? (special ? '/' : '') : rest;
  } else if (schemeMatch !== null && !special) {
    parts.opaque = !StringStartsWith(rest, '/');
    parts.pathname = rest;
  } else {
    if (base === null || base.opaque) return null;
    parts.username = base.username;
    parts.password = base.password;
    parts.hostname = base.hostname;
    parts.port = base.port;
    if (rest === '') {
      parts.pathname = base.pathname;
      if (queryAt === -1) parts.search = base.search;
    } else if (StringStartsWith(rest, '/')) parts.pathname = rest;
    else parts.pathname = StringSlice(base.pathname, 0, StringLastIndexOf(base.pathname, '/') + 1) + rest;
  }
  if (!parts.opaque && parts.pathname !== '')
    parts.pathname = percentEncode(removeDotSegments(parts.pathname), PATH_ESCAPES + '%');
  parts.pathname = parts.opaque ? parts.pathname : replaceAllText(parts.pathname, '%25', '%');
  if (parts.search === '?') parts.search = '';
  parts.search =
    parts.search === ''
      ? ''
      : '?' + percentEncode(StringSlice(parts.search, 1), QUERY_ESCAPES + (special ? "'" : ''));
  if (parts.hash === '#') parts.hash = '';
  parts.hash = parts.hash === '' ? '' : '#' + percentEncode(StringSlice(parts.hash, 1), FRAGMENT_ESCAPES);
  parts.special = special;
  return parts;
}
function hrefOf(parts) {
  const auth =
    parts.username !== '' || parts.password !== ''
      ? parts.username + (parts.password !== '' ? ':' + parts.password : '') + '@'
      : '';
  const host = parts.hostname + (parts.port !== '' ? ':' + parts.port : '');
  const authority =
    parts.opaque || (!parts.special && parts.hostname === '' && !StringStartsWith(parts.pathname, '//'))
      ? ''
      : '//' + auth + host;
  return parts.protocol + authority + parts.pathname + parts.search + parts.hash;
}
const urlState = new WeakMapCtor();
function urlParts(url) {
  const parts = ReflectApply(WeakMapGet, urlState, [url]);
  if (parts === undefined) throw new TypeErrorCtor('Receiver is not a URL');
  return parts;
}
class URL {
  constructor(input, base) {
    let baseParts = null;
    if (base !== undefined) {
      baseParts = parseUrl(base, null);
      if (baseParts === null) throw invalidUrl(StringCtor(input));
    }
    const parts = parseUrl(input, baseParts);
    if (parts === null) throw invalidUrl(StringCtor(input));
    ReflectApply(WeakMapSet, urlState, [this, parts]);
    parts.searchParams = newSearchParams(StringSlice(parts.search, 1), this);
  }
  static canParse(input, base) {
    try {
      new URL(input, base);
      return true;
    } catch {
      return false;
    }
  }
  get href() {
    return hrefOf(urlParts(this));
  }
  get origin() {
    const parts = urlParts(this);
    return parts.special && parts.protocol !== 'file:' ? parts.protocol + '//' + this.host : 'null';
  }
  get protocol() {
    return urlParts(this).protocol;
  }
  get username() {
    return urlParts(this).username;
  }
  get password() {
    return urlParts(this).password;
  }
  get host() {
    const parts = urlParts(this);
    return parts.hostname + (parts.port !== '' ? ':' + parts.port : '');
  }
  get hostname() {
    return urlParts(this).hostname;
  }
  get port() {
    return urlParts(this).port;
  }
  get pathname() {
    return urlParts(this).pathname;
  }
  set pathname(value) {
    const parts = urlParts(this);
    if (!parts.opaque)
      parts.pathname = percentEncode(
        removeDotSegments(StringStartsWith(StringCtor(value), '/') ? StringCtor(value) : '/' + value),
        PATH_ESCAPES,
      );
  }
  get search() {
    return urlParts(this).search;
  }
  set search(value) {
    const parts = urlParts(this);
    let text = StringCtor(value);
    if (StringStartsWith(text, '?')) text = StringSlice(text, 1);
    parts.search = text === '' ? '' : '?' + percentEncode(text, QUERY_ESCAPES);
    parts.searchParams = newSearchParams(text, this);
  }
  get searchParams() {
    return urlParts(this).searchParams;
  }
  get hash() {
    return urlParts(this).hash;
  }
  set hash(value) {
    let text = StringCtor(value);
    if (StringStartsWith(text, '#')) text = StringSlice(text, 1);
    urlParts(this).hash = text === '' ? '' : '#' + percentEncode(text, FRAGMENT_ESCAPES);
  }
  toString() {
    return this.href;
  }
  toJSON() {
    return this.href;
  }
}
defineHidden(URL.prototype, SymbolToStringTag, 'URL');

// ---- URLSearchParams ----
const paramsState = new WeakMapCtor();
function paramsList(params) {
  const state = ReflectApply(WeakMapGet, paramsState, [params]);
  if (state === undefined) throw new TypeErrorCtor('Receiver is not a URLSearchParams');
  return state;
}
function formEncode(text) {
  let out = '';
  const bytes = utf8Encode(text);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const ch = StringFromCharCode(b);
    if (b === 0x20) out += '+';
    else if (
      (b >= 48 && b <= 57) ||
      (b >= 65 && b <= 90) ||
      (b >= 97 && b <= 122) ||
      ch === '*' ||
      ch === '-' ||
      ch === '.' ||
      ch === '_'
    )
      out += ch;
    else out += '%' + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}
function parseQuery(text, pairs) {
  const chunks = splitOn(text, '&');
  for (let i = 0; i < chunks.length; i++) {
    if (chunks[i] === '') continue;
    const eq = StringIndexOf(chunks[i], '=');
    const name = eq === -1 ? chunks[i] : StringSlice(chunks[i], 0, eq);
    const value = eq === -1 ? '' : StringSlice(chunks[i], eq + 1);
    listPush(pairs, [
      percentDecode(replaceAllText(name, '+', ' ')),
      percentDecode(replaceAllText(value, '+', ' ')),
    ]);
  }
}
function newSearchParams(query, url) {
  const params = new URLSearchParams(query);
  paramsList(params).url = url;
  return params;
}
/** After a change, a URL's search string follows its searchParams. */
function syncUrl(state) {
  if (state.url === null) return;
  const parts = urlParts(state.url);
  const text = serializeParams(state.pairs);
  parts.search = text === '' ? '' : '?' + text;
}
function serializeParams(pairs) {
  let out = '';
  for (let i = 0; i < pairs.length; i++)
    out += (i === 0 ? '' : '&') + formEncode(pairs[i][0]) + '=' + formEncode(pairs[i][1]);
  return out;
}
class URLSearchParams {
  constructor(init = '') {
    const state = record();
    state.pairs = newList();
    state.url = null;
    ReflectApply(WeakMapSet, paramsState, [this, state]);
    if (typeof init === 'string')
      parseQuery(StringStartsWith(init, '?') ? StringSlice(init, 1) : init, state.pairs);
    else if (isObjectLike(init) && typeof init[SymbolIterator] === 'function') {
      for (const pair of init) listPush(state.pairs, [StringCtor(pair[0]), StringCtor(pair[1])]);
    } else if (isObjectLike(init)) {
      const keys = ObjectKeys(init);
      for (let i = 0; i < keys.length; i++) listPush(state.pairs, [keys[i], StringCtor(init[keys[i]])]);
    }
  }
  get size() {
    return paramsList(this).pairs.length;
  }
  append(name, value) {
    const state = paramsList(this);
    listPush(state.pairs, [StringCtor(name), StringCtor(value)]);
    syncUrl(state);
  }
  delete(name) {
    const state = paramsList(this);
    const kept = newList();
    for (let i = 0; i < state.pairs.length; i++)
      if (state.pairs[i][0] !== StringCtor(name)) listPush(kept, state.pairs[i]);
    state.pairs = kept;
    syncUrl(state);
  }
  get(name) {
    const pairs = paramsList(this).pairs;
    for (let i = 0; i < pairs.length; i++) if (pairs[i][0] === StringCtor(name)) return pairs[i][1];
    return null;
  }
  getAll(name) {
    const pairs = paramsList(this).pairs;
    const out = newList();
    for (let i = 0; i < pairs.length; i++) if (pairs[i][0] === StringCtor(name)) listPush(out, pairs[i][1]);
    return publicArray(out);
  }
  has(name) {
    return this.get(name) !== null;
  }
  set(name, value) {
    const state = paramsList(this);
    const key = StringCtor(name);
    const kept = newList();
    let placed = false;
    for (let i = 0; i < state.pairs.length; i++) {
      if (state.pairs[i][0] !== key) listPush(kept, state.pairs[i]);
      else if (!placed) {
        listPush(kept, [key, StringCtor(value)]);
        placed = true;
      }
    }
    if (!placed) listPush(kept, [key, StringCtor(value)]);
    state.pairs = kept;
    syncUrl(state);
  }
  sort() {
    const state = paramsList(this);
    const sorted = ArraySort(publicArray(state.pairs), (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    state.pairs = listFrom(sorted, 0);
    syncUrl(state);
  }
  forEach(callback, thisArg) {
    const pairs = paramsList(this).pairs;
    for (let i = 0; i < pairs.length; i++) ReflectApply(callback, thisArg, [pairs[i][1], pairs[i][0], this]);
  }
  entries() {
    const pairs = listFrom(paramsList(this).pairs, 0);
    const out = newList();
    for (let i = 0; i < pairs.length; i++) listPush(out, [pairs[i][0], pairs[i][1]]);
    return ReflectApply(ArrayPrototypeValues, publicArray(out), newList());
  }
  keys() {
    const pairs = paramsList(this).pairs;
    const out = newList();
    for (let i = 0; i < pairs.length; i++) listPush(out, pairs[i][0]);
    return ReflectApply(ArrayPrototypeValues, publicArray(out), newList());
  }
  values() {
    const pairs = paramsList(this).pairs;
    const out = newList();
    for (let i = 0; i < pairs.length; i++) listPush(out, pairs[i][1]);
    return ReflectApply(ArrayPrototypeValues, publicArray(out), newList());
  }
  [SymbolIterator]() {
    return this.entries();
  }
  toString() {
    return serializeParams(paramsList(this).pairs);
  }
}
defineHidden(URLSearchParams.prototype, SymbolToStringTag, 'URLSearchParams');
const INSPECT_CUSTOM = SymbolFor('nodejs.util.inspect.custom');
const URL_FIELDS = [
  'href',
  'origin',
  'protocol',
  'username',
  'password',
  'host',
  'hostname',
  'port',
  'pathname',
  'search',
  'searchParams',
  'hash',
];
/** Node prints a URL as its class name and its fields (lib/internal/url.js). */
defineHidden(URL.prototype, INSPECT_CUSTOM, function inspectUrl(depth, options, inspect) {
  if (typeof depth === 'number' && depth < 0) return this;
  urlParts(this);
  const fields = {};
  for (let i = 0; i < URL_FIELDS.length; i++) {
    const getter = ObjectGetOwnPropertyDescriptor(URL.prototype, URL_FIELDS[i]).get;
    defineData(fields, URL_FIELDS[i], ReflectApply(getter, this, []));
  }
  return 'URL ' + ReflectApply(inspect, undefined, [fields, options]);
});
/** `URLSearchParams { 'a' => '1', 'b' => '2' }`, on several lines past breakLength, as Node prints it. */
defineHidden(URLSearchParams.prototype, INSPECT_CUSTOM, function inspectParams(depth, options, inspect) {
  const pairs = paramsList(this).pairs;
  if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
  const inner = {};
  const keys = ObjectKeys(options);
  for (let i = 0; i < keys.length; i++) defineData(inner, keys[i], options[keys[i]]);
  if (depth !== null) defineData(inner, 'depth', depth - 1);
  const shown = newList();
  let length = -2;
  for (let i = 0; i < pairs.length; i++) {
    const entry =
      ReflectApply(inspect, undefined, [pairs[i][0], inner]) +
      ' => ' +
      ReflectApply(inspect, undefined, [pairs[i][1], inner]);
    listPush(shown, entry);
    length += entry.length + 2;
  }
  if (shown.length === 0) return 'URLSearchParams {}';
  if (length > options.breakLength) return 'URLSearchParams {\n  ' + joinList(shown, ',\n  ') + ' }';
  return 'URLSearchParams { ' + joinList(shown, ', ') + ' }';
});

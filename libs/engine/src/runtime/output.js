// Trusted prelude: the recorded timeline. Events are serialised to JSON text as they happen, by concatenating
// primitives, and handed to the host in the result string of each call (so a memory-limit kill loses little).
const output = record();
output.pending = '';
output.bytes = 0;
output.lines = 0;
output.truncated = false;
output.silenced = false; // set once the program has died: later output is unobservable, as in Node
// process.stdout/stderr.write() without a newline: the line becomes one event when it is completed.
output.partial = record();
output.partial.stdout = '';
output.partial.stderr = '';

function utf8Length(text, stopAt) {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAt; i++) {
    const code = StringCharCodeAt(text, i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
function countLines(text) {
  let lines = 1;
  let at = StringIndexOf(text, '\n');
  while (at !== -1) {
    lines++;
    at = StringIndexOf(text, '\n', at + 1);
  }
  return lines;
}
function appendEvent(stream, text) {
  output.pending += '[' + clock.now + ',"' + stream + '",' + quote(text) + '],';
}
/** Records one console/stdout/stderr call. `text` is a primitive string built by trusted code. */
function emitOutput(stream, text) {
  if (output.silenced || output.truncated) return;
  const partial = output.partial[stream];
  if (partial !== '') output.partial[stream] = '';
  recordEvent(stream, partial + text);
}
/** A raw write: complete lines become events, the rest waits for the next write or console call. */
function writeStream(stream, chunk) {
  if (output.silenced || output.truncated) return;
  const text = output.partial[stream] + chunk;
  const lastNewline = StringLastIndexOf(text, '\n');
  if (lastNewline === -1) {
    // an endless line still counts against the output cap
    if (text.length > cfg.maxOutputBytes) recordEvent(stream, text);
    else output.partial[stream] = text;
    return;
  }
  output.partial[stream] = StringSlice(text, lastNewline + 1);
  recordEvent(stream, StringSlice(text, 0, lastNewline));
}
function flushPartialLines() {
  const streams = ['stdout', 'stderr'];
  for (let i = 0; i < streams.length; i++) {
    const partial = output.partial[streams[i]];
    if (partial !== '') emitFinal(streams[i], '');
  }
}
function recordEvent(stream, text) {
  const bytes = utf8Length(text, cfg.maxOutputBytes + 1) + 1;
  const lines = countLines(text);
  if (output.bytes + bytes > cfg.maxOutputBytes || output.lines + lines > cfg.maxOutputLines) {
    output.truncated = true;
    appendEvent(
      'stderr',
      '[loopgrade: output truncated after ' +
        cfg.maxOutputBytes +
        ' bytes / ' +
        cfg.maxOutputLines +
        ' lines]',
    );
    return;
  }
  output.bytes += bytes;
  output.lines += lines;
  appendEvent(stream, text);
}
/** Output that must appear even after the program died (the crash report itself). */
function emitFinal(stream, text) {
  if (output.truncated) return;
  const wasSilenced = output.silenced;
  output.silenced = false;
  emitOutput(stream, text);
  output.silenced = wasSilenced;
}
/** The host confirms how much of the last reply it received; the rest is sent again with the next reply. */
function acknowledgeOutput(length) {
  if (length > 0) output.pending = StringSlice(output.pending, length);
}

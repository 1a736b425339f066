/**
 * Normalises stderr before comparing real Node with the engine. It removes only what necessarily differs
 * between a Node process and a sandbox, and applies the same rules to both sides:
 *
 * 1. The source excerpt Node prints above an uncaught error: a location line (`/path/x.js:3`,
 *    `file:///…/x.mjs:3`, `node:internal/…:392`, or any `name:line`), the source line and the `^` caret
 *    line, plus the blank line that follows (and, for `throw 42`, the blank line that precedes it).
 *    When the location ends a longer line ("… top-level await at file:///…:1") only the location
 *    becomes `<location>`.
 * 2. Stack frames (`    at …`): their files and internal frames differ. A frame ending in ` {` (an error
 *    with extra properties) hands its `{` to the line before it.
 * 3. The `Node.js v24.x.y` trailer and the blank line before it.
 * 4. Process ids in warnings: `(node:12345)` becomes `(node:PID)`.
 * 5. Trailing blank lines.
 * Everything else (error names and messages, warning texts, hints, blank lines in between) must match.
 */
export function normaliseStderr(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const location = /(^|\sat )\S+:\d+$/.exec(line);
    if (location && isCaretLine(lines[index + 2])) {
      const prefix = line.slice(0, location.index + location[1].length);
      if (prefix === '') {
        if (kept.at(-1) === '') kept.pop();
      } else {
        kept.push(`${prefix}<location>`);
      }
      index += 2;
      if (lines[index + 1] === '') index++;
      continue;
    }
    if (/^\s+at /.test(line)) {
      if (line.endsWith(' {') && kept.length > 0) kept[kept.length - 1] += ' {';
      continue;
    }
    if (/^Node\.js v\d+\.\d+\.\d+$/.test(line)) {
      if (kept.at(-1) === '') kept.pop();
      continue;
    }
    kept.push(line.replace(/\(node:\d+\)/g, '(node:PID)'));
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

function isCaretLine(line: string | undefined): boolean {
  return line !== undefined && /^\s*\^\s*$/.test(line);
}

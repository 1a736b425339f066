const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `250ms`, `5s`, `30m`, `2h`, `5d` or a bare number of milliseconds, as used in configuration. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!match) throw new Error(`Invalid duration "${text}" (use e.g. 500ms, 5s, 30m, 2h, 3d)`);
  return Math.round(Number(match[1]) * UNIT_MS[match[2] ?? 'ms']);
}

import type { HostileCase } from '../hostile-case';
import type { RunResult } from '@loopgrade/engine';

const limits = { memoryMb: 64, cpuMs: 3_000 };
/** The engine's own wall deadline for 3 s of CPU is 3 x 3 s + 3 s; a memory verdict should come well before. */
const deadlineMs = 12_000;

/** A refused buffer allocation may surface as a catchable RangeError or be counted as the memory verdict. */
const refusedAllocation = (result: RunResult) => {
  if (result.status === 'crashed') expect(result.error?.name).toMatch(/^(RangeError|TypeError)$/);
};

/** Heap growth, string bombs and every off-heap buffer path. */
export const memoryCases: HostileCase[] = [
  {
    name: 'array of arrays grows forever',
    source: 'const keep = []; for (;;) keep.push(new Array(100000).fill(1.5));',
    options: limits,
    status: 'memory-limit',
    deadlineMs,
  },
  {
    name: 'Map grows forever',
    source: "const m = new Map(); for (let i = 0; ; i++) m.set(i, { i, s: 'v' + i });",
    options: limits,
    status: 'memory-limit',
    deadlineMs,
  },
  {
    name: 'object with ever more keys',
    source: "const o = {}; for (let i = 0; ; i++) o['k' + i] = [i];",
    options: limits,
    status: 'memory-limit',
    deadlineMs,
  },
  {
    name: 'string doubling hits the maximum string length',
    source: "let s = 'x'; for (;;) s += s;",
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^RangeError: Invalid string length/,
  },
  // Runs right after the case above in the same child on purpose: a child whose previous program died
  // with "Invalid string length" was seen to stop enforcing the memory limit for later programs.
  {
    name: 'doubled string flattened by a search',
    source: "let s = 'ab'; for (let i = 0; i < 27; i++) s += s; console.log(s.indexOf('c'));",
    options: limits,
    status: 'memory-limit',
    deadlineMs,
  },
  {
    name: 'huge lazily built string printed',
    source: "let s = 'ab'; for (let i = 0; i < 26; i++) s += s; console.log(s);",
    options: { ...limits, maxOutputBytes: 1_000_000 },
    status: ['memory-limit', 'ok'],
    deadlineMs,
    check: (result) => {
      const bytes = result.events.reduce((sum, event) => sum + event.text.length, 0);
      expect(bytes).toBeLessThanOrEqual(1_100_000);
      if (result.status === 'ok') expect(result.truncated).toBe(true);
    },
  },
  {
    name: 'Array.from with fifty million slots',
    source: 'const a = Array.from({ length: 5e7 }, () => 1); console.log(a.length);',
    options: limits,
    status: 'memory-limit',
    deadlineMs,
  },
  {
    name: 'split of a 20 MB string into characters, kept',
    source: "globalThis.parts = 'a'.repeat(2e7).split(''); console.log(parts.length);",
    options: limits,
    status: 'memory-limit',
    deadlineMs,
  },
  {
    // The 160 MB array is garbage once the line ends: the limit is enforced on the heap V8 keeps live,
    // and whether a collection happens before the run ends (ok) or not (memory-limit) is V8's choice.
    // Either way the run ends cleanly and the host is untouched.
    name: 'split of a 20 MB string into characters, dropped at once',
    source: "const parts = 'a'.repeat(2e7).split(''); console.log(parts.length);",
    options: limits,
    status: ['memory-limit', 'ok'],
    deadlineMs,
  },
  {
    name: 'deep recursion',
    source: 'function f(n) { return f(n + 1) + 1; } f(0);',
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^RangeError: Maximum call stack size exceeded/,
  },
  {
    name: 'one 1 GiB ArrayBuffer',
    source: 'const b = new ArrayBuffer(2 ** 30); console.log(b.byteLength);',
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
  {
    name: 'ArrayBuffers of 16 MiB kept forever',
    source: 'const keep = []; for (;;) keep.push(new ArrayBuffer(16 * 1024 * 1024));',
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
  {
    name: 'a 2 GiB Float64Array',
    source: 'const a = new Float64Array(2 ** 28); console.log(a.length);',
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
  {
    name: 'WebAssembly.Memory grown towards 4 GiB',
    source: 'const m = new WebAssembly.Memory({ initial: 1, maximum: 65536 }); m.grow(60000);',
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^ReferenceError: WebAssembly is not defined/,
  },
  {
    name: 'WebAssembly found through a computed global name',
    source:
      "console.log(typeof globalThis['Web' + 'Assembly'], typeof globalThis.FinalizationRegistry, typeof globalThis.WeakRef);",
    options: limits,
    status: 'ok',
    deadlineMs,
    check: (result) => expect(result.events.map((e) => e.text)).toEqual(['undefined undefined undefined']),
  },
  {
    name: 'growable SharedArrayBuffer',
    source: 'const s = new SharedArrayBuffer(1, { maxByteLength: 2 ** 32 }); s.grow(2 ** 31);',
    options: limits,
    status: 'crashed',
    deadlineMs,
    explanation: /^ReferenceError: SharedArrayBuffer is not defined/,
  },
  {
    name: 'resizable ArrayBuffer resized to 1 GiB',
    source:
      'const b = new ArrayBuffer(1, { maxByteLength: 4 * 2 ** 30 }); b.resize(2 ** 30); console.log(b.byteLength);',
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
  {
    name: 'many resizable ArrayBuffers, each resized to 512 MiB',
    source: `
      const keep = [];
      for (let i = 0; i < 64; i++) {
        const b = new ArrayBuffer(1, { maxByteLength: 2 ** 30 });
        b.resize(2 ** 29);
        keep.push(b);
      }
      console.log(keep.length);`,
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
  {
    name: 'resizable ArrayBuffer through the original constructor of an existing buffer',
    source: `
      const Original = Object.getPrototypeOf(new Uint8Array(8).buffer).constructor;
      const b = new Original(1, { maxByteLength: 2 ** 32 });
      b.resize(2 ** 31);
      console.log(b.byteLength);`,
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
  {
    name: 'resizable ArrayBuffer found through a DataView and Reflect.construct',
    source: `
      const AB = Reflect.getPrototypeOf(new DataView(new ArrayBuffer(1)).buffer).constructor;
      const b = Reflect.construct(AB, [1, { maxByteLength: 2 ** 32 }]);
      b.resize(2 ** 31);
      console.log(b.byteLength);`,
    options: limits,
    status: ['memory-limit', 'crashed'],
    deadlineMs,
    check: refusedAllocation,
  },
];

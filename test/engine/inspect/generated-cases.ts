/**
 * Pseudo-random nested values (a fixed seed, so every run builds the same table) mixing everything the hand-written
 * tables cover one at a time: line breaking, grouping and depth limits interact in ways no short list anticipates.
 */
import { FormatCase } from './harness';

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = [
  'a',
  'bb',
  'key',
  'longer_key_name',
  'x-y',
  '1',
  "it's",
  'ünï',
  '日本',
  'with space',
  'emoji😀',
];
const OPTIONS = [
  undefined,
  '{ depth: 4 }',
  '{ compact: false }',
  '{ breakLength: 40 }',
  '{ compact: 1 }',
  '{ sorted: true }',
  '{ breakLength: Infinity }',
  '{ compact: true }',
  '{ maxArrayLength: 5 }',
  '{ depth: null, breakLength: 120 }',
];
const SPECIFIERS = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', ' ', 'x', '%'];

export function generateCases(seed: number, count: number): FormatCase[] {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const int = (below: number) => Math.floor(random() * below);
  const word = () => JSON.stringify(pick(WORDS));

  const leaves: Array<() => string> = [
    () => String(int(2000) - 1000),
    () => (random() * 100).toFixed(int(4)),
    () => JSON.stringify(pick(WORDS).repeat(1 + int(random() < 0.1 ? 30 : 3))),
    () => JSON.stringify(`line of text ${pick(WORDS)}\n`.repeat(int(6))),
    () => 'null',
    () => 'undefined',
    () => 'true',
    () => '-0',
    () => `${int(1e6)}n`,
    () => `Symbol(${word()})`,
    () => `new Date(${int(1e12)})`,
    () => '/ab+c/g',
    () => `(function f${int(9)}() {})`,
    () => '[1, , 3, , , 6]',
    () => 'new Uint8Array([1, 2, 250])',
    () => '(() => { const o = { v: 1 }; o.self = o; o.list = [o]; return o; })()',
    () => '({ get g() { return 1; }, set s(v) {} })',
    () => `trimStack(new Error(${word()}))`,
    () => `Array.from({ length: ${int(130)} }, (_, i) => i * ${int(1000)})`,
    () => `Array.from({ length: ${int(30)} }, (_, i) => 's' + 'x'.repeat(i % 7))`,
  ];

  function value(depth: number): string {
    if (depth > 3 || random() < 0.35) return pick(leaves)();
    const items = Array.from({ length: int(random() < 0.2 ? 25 : 7) }, () => value(depth + 1));
    const containers: Array<() => string> = [
      () => `[${items.join(', ')}]`,
      () => `({ ${items.map((item, i) => `${JSON.stringify(pick(WORDS) + i)}: ${item}`).join(', ')} })`,
      () =>
        `new Map([${items.map((item, i) => `[${JSON.stringify(pick(WORDS) + i)}, ${item}]`).join(', ')}])`,
      () => `new Set([${items.join(', ')}])`,
      () => `Object.assign(Object.create(null), { ${items.map((item, i) => `k${i}: ${item}`).join(', ')} })`,
      () =>
        `new (class Thing${int(3)} { constructor() { ${items.map((item, i) => `this.p${i} = ${item};`).join(' ')} } })()`,
    ];
    return pick(containers)();
  }

  return Array.from({ length: count }, (_, index): FormatCase => {
    if (index % 4 === 3) {
      const template = JSON.stringify(Array.from({ length: int(5) }, () => pick(SPECIFIERS)).join(''));
      const args = Array.from({ length: int(4) }, () => value(2));
      return {
        name: `generated format #${index}`,
        call: 'format',
        code: `[${[template, ...args].join(', ')}]`,
      };
    }
    return { name: `generated value #${index}`, call: 'inspect', code: value(0), options: pick(OPTIONS) };
  });
}

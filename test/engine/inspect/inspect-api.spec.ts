import * as vm from 'node:vm';
import { expectedResults, inspectCase, inspectSource, IsolateSandbox, runInNode } from './harness';

describe('in-isolate inspect: interface and behaviour beyond single calls', () => {
  const sandbox = new IsolateSandbox();
  afterAll(() => sandbox.dispose());

  it('is one expression evaluating to createInspect, which works without intrinsics', () => {
    type CreateInspect = (intrinsics?: unknown) => { inspect: (value: unknown) => string };
    const asScript = vm.runInNewContext(inspectSource) as CreateInspect;
    const asReturnedExpression = vm.runInNewContext(`new Function('return ' + source)()`, {
      source: inspectSource,
    }) as CreateInspect;
    for (const createInspect of [asScript, asReturnedExpression]) {
      expect(createInspect.name).toBe('createInspect');
      expect(createInspect().inspect({ a: [1] })).toBe('{ a: [ 1 ] }');
    }
  });

  it('exposes inspect.custom as the shared nodejs.util.inspect.custom symbol', () => {
    expect(
      sandbox.withApi<boolean>(`(api) => api.inspect.custom === Symbol.for('nodejs.util.inspect.custom')`),
    ).toBe(true);
  });

  it("exposes Node's default options", () => {
    const ours = sandbox.withApi<string>('(api) => JSON.stringify(api.inspect.defaultOptions)');
    const node = runInNode(
      "process.stdout.write(JSON.stringify(require('node:util').inspect.defaultOptions))",
    );
    expect(ours).toBe(node);
  });

  it('applies changed default options to later calls like Node', () => {
    const script = (inspect: string) => `
      ${inspect}.defaultOptions = { depth: 0, breakLength: 20 };
      const shown = ${inspect}({ a: { b: 1 }, list: ['one', 'two', 'three'] });
      ${inspect}.defaultOptions = { depth: 2, breakLength: 80 };
      shown;`;
    const ours = sandbox.withApi<string>(`(api) => { ${script('api.inspect')} return shown; }`);
    const node = runInNode(
      `const util = require('node:util'); process.stdout.write(eval(\`${script('util.inspect')}\`));`,
    );
    expect(ours).toBe(node);
  });

  it('rejects non-object default options with the same TypeError as Node', () => {
    const attempt = (inspect: string) =>
      `(() => { try { ${inspect}.defaultOptions = 5; return 'no error'; } catch (e) { return e.name + ': ' + e.message + ' ' + e.code; } })()`;
    const ours = sandbox.withApi<string>(`(api) => ${attempt('api.inspect')}`);
    const node = runInNode(`process.stdout.write(${attempt("require('node:util').inspect")})`);
    expect(ours).toBe(node);
  });

  it('propagates a throw from a custom inspect function and keeps working afterwards', () => {
    const thrown = sandbox.withApi<string>(`(api) => {
      try { api.inspect({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new RangeError('from student'); } }); }
      catch (e) { return e.name + ': ' + e.message; }
      return 'no error';
    }`);
    expect(thrown).toBe('RangeError: from student');
    const circular = inspectCase(
      'circular after a throw',
      `(() => { const a = { n: [1] }; a.self = a; a.n.push(a); return a; })()`,
    );
    const [expected] = expectedResults([circular]);
    const built = sandbox.buildValues([circular]);
    expect(sandbox.format(circular, built[0])).toEqual(expected);
  });

  it('gives up on a proxy that fakes an endless prototype chain instead of hanging', () => {
    // V8 itself answers `instanceof` on such a chain with a RangeError; anything but a hang is acceptable.
    const shown = sandbox.withApi<string[]>(`(api) => {
      const endless = new Proxy({}, { getPrototypeOf: () => endless });
      const attempt = (fn) => { try { return fn(); } catch (e) { return e.name; } };
      return [attempt(() => api.inspect({ child: Object.create(endless) })), attempt(() => api.format('%s', Object.create(endless)))];
    }`);
    expect(shown).toEqual([expect.any(String), expect.any(String)]);
  });

  it('reports a stack overflow on absurdly deep values instead of crashing, like Node', () => {
    const shown = sandbox.withApi<string>(`(api) => {
      let value = {};
      for (let i = 0; i < 100000; i++) value = { value };
      return api.inspect(value, { depth: null });
    }`);
    expect(shown).toContain(
      '[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]',
    );
  });
});

describe('in-isolate inspect without engine hooks (documented limitations)', () => {
  const sandbox = new IsolateSandbox({ hooks: false });
  afterAll(() => sandbox.dispose());

  it('prints every promise as pending, since plain JavaScript cannot read a promise state', () => {
    const shown = sandbox.withApi<string>(
      `(api) => api.inspect([Promise.resolve(1), Promise.reject(new Error('x')).catch(() => {})])`,
    );
    expect(shown).toBe('[ Promise { <pending> }, Promise { <pending> } ]');
  });

  it('inspects a proxy through its traps, since plain JavaScript cannot see its target', () => {
    const shown = sandbox.withApi<string>(`(api) => {
      const quiet = api.inspect(new Proxy({ a: 1 }, {}));
      try { api.inspect(new Proxy({}, { ownKeys() { throw new Error('trap ran'); } })); return quiet + ' / no error'; }
      catch (e) { return quiet + ' / ' + e.message; }
    }`);
    expect(shown).toBe('{ a: 1 } / trap ran');
  });

  it('cannot list the entries of weak collections even with showHidden', () => {
    const shown = sandbox.withApi<string>(
      `(api) => api.inspect(new WeakMap(), { showHidden: true }) + ' ' + api.inspect(new WeakSet(), { showHidden: true })`,
    );
    expect(shown).toBe('WeakMap { <items unknown> } WeakSet { <items unknown> }');
  });

  it('cannot list the entries of Map and Set iterators', () => {
    const shown = sandbox.withApi<string>(
      `(api) => api.inspect([new Map([[1, 2]]).entries(), new Set([1]).values()])`,
    );
    expect(shown).toBe('[ Object [Map Iterator] {}, Object [Set Iterator] {} ]');
  });
});

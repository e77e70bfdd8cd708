// Security properties seen from the JS host (docs/security.md): a secret in the host's environment
// never reaches a program; host-protecting limits cannot be caught and leave the Moat usable; host
// functions that return hostile values (cycles, deep nesting, huge strings, odd throws) end in a
// clean Python exception; a host function may start another run while its own run is paused.
// The hostile-program suite itself is tests/security/ (tests/run_security.py).
import { Moat, PythonError, LimitError } from '../../js/src/index.js';
import { wasmBytes } from './helpers.js';

const CANARY = `MOAT-JS-CANARY-${Math.random().toString(16).slice(2)}`;
let moat;
beforeAll(async () => {
  process.env.MOAT_CANARY = CANARY;
  moat = await Moat.load({ wasm: wasmBytes() });
});
afterAll(() => {
  delete process.env.MOAT_CANARY;
});

async function outcome(code, opts = {}) {
  try {
    const r = await moat.run(code, opts);
    return { ok: true, stdout: r.stdout, stderr: r.stderr, value: r.value };
  } catch (err) {
    return { ok: false, err, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

function lastLine(err) {
  const lines = String(err.traceback ?? '').trim().split('\n');
  return lines[lines.length - 1];
}

const ESCAPES = [
  'import os\nprint(os.environ)',
  "print(open('/proc/self/environ').read())",
  "print(__import__('os').environ)",
  "print(__builtins__)",
  "def f(): pass\nprint(f.__globals__)",
  "print(().__class__.__bases__[0].__subclasses__())",
  "try:\n    1/0\nexcept Exception as e:\n    print(e.__traceback__.tb_frame.f_globals)",
  "print('{0.__class__.__mro__}'.format(1))",
  'print(MOAT_CANARY)',
  "print(globals(), vars(), dir())",
];

describe('the host environment is out of reach', () => {
  test.each(ESCAPES)('escape attempt %#', async (code) => {
    const r = await outcome(code, { functions: { env: () => 'not the env' } });
    expect(r.stdout).not.toContain(CANARY);
    expect(r.stderr).not.toContain(CANARY);
    if (!r.ok) expect(String(r.err.message)).not.toContain(CANARY);
    if (!r.ok) expect(String(r.err.traceback ?? '')).not.toContain(CANARY);
  });
});

describe('host limits cannot be caught and the next run works', () => {
  const cases = [
    ['instructions', 'while True:\n    try:\n        pass\n    except BaseException:\n        pass', { instructions: 100000 }],
    ['memory', "try:\n    x = 'a' * 10**9\nexcept MemoryError:\n    print('caught')", { memoryBytes: 8 << 20 }],
    ['output', "while True:\n    try:\n        print('x' * 100)\n    except BaseException:\n        pass", { outputBytes: 10000 }],
    ['host_calls', 'for i in range(100):\n    try:\n        f(i)\n    except BaseException:\n        pass', { hostCalls: 3 }],
  ];
  test.each(cases)('%s', async (kind, code, limits) => {
    const r = await outcome(code, { limits, functions: { f: (x) => x } });
    expect(r.ok).toBe(false);
    expect(r.err).toBeInstanceOf(LimitError);
    expect(r.err.kind).toBe(kind);
    expect(r.stdout).not.toContain('caught');
    const next = await moat.run('print("fine")\n6 * 7');
    expect(next.value).toBe(42);
  });
});

describe('hostile values from host functions', () => {
  test('a cyclic array becomes a Python exception', async () => {
    const cyc = [];
    cyc.push(cyc);
    const r = await outcome('try:\n    f()\nexcept Exception as e:\n    print(type(e).__name__)', { functions: { f: () => cyc } });
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('TypeError\n');
  });

  test('deep nesting becomes a Python exception', async () => {
    let deep = 0;
    for (let i = 0; i < 100000; i++) deep = [deep];
    const r = await outcome('try:\n    f()\nexcept Exception as e:\n    print(type(e).__name__)', { functions: { f: () => deep } });
    expect(r.ok).toBe(true);
    expect(r.stdout).toBe('TypeError\n');
  });

  test('a huge string is counted against the memory limit', async () => {
    const big = 'y'.repeat(32 << 20);
    const r = await outcome('x = f()\nprint(len(x))', { functions: { f: () => big }, limits: { memoryBytes: 8 << 20 } });
    expect(r.ok).toBe(false);
    expect(r.err).toBeInstanceOf(LimitError);
    expect(r.err.kind).toBe('memory');
  });

  test.each([
    ['a string', () => { throw 'plain string'; }],
    ['null', () => { throw null; }],
    ['an object without message', () => { throw { pythonType: 'os.system' }; }],
    ['a rejected promise', () => Promise.reject(new Error('nope'))],
  ])('throwing %s gives a clean Python exception', async (_, fn) => {
    const r = await outcome('try:\n    f()\nexcept Exception as e:\n    print("caught", type(e).__name__)', { functions: { f: fn } });
    expect(r.ok).toBe(true);
    expect(r.stdout).toMatch(/^caught [A-Za-z]+Error\n$/);
  });

  test('an unregistered name is a NameError', async () => {
    const r = await outcome('nothere(1)', { functions: { f: () => 1 } });
    expect(r.err).toBeInstanceOf(PythonError);
    expect(lastLine(r.err)).toMatch(/^NameError/);
  });
});

test('a host function may start another run while its own run is paused', async () => {
  const r = await moat.run('print(inner(20))', {
    functions: { inner: async (n) => (await moat.run(`${n} + 1`)).value },
  });
  expect(r.stdout).toBe('21\n');
});

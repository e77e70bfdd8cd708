// The harness (issue 5): step-by-step runs, policy and event log, the mediated OS (clock, env,
// random seed), limits and errors, snapshots, sessions, and values across host calls.
import {
  Moat, MoatError, PythonError, LimitError, Tuple, FrozenSet,
} from '../../js/src/index.js';
import { wasmBytes } from './helpers.js';

let moat;
beforeAll(async () => {
  moat = await Moat.load({ wasm: wasmBytes() });
});

async function rejection(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the run to fail');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('step by step', () => {
  test('start returns the calls, resume answers them, the last step is done', async () => {
    const step = await moat.start('a = f(1, x=2)\nprint("a is", a)\na * 2', { functions: ['f'] });
    expect(step.kind).toBe('calls');
    expect(step.calls).toHaveLength(1);
    const call = step.calls[0];
    expect(call.name).toBe('f');
    expect(call.args).toEqual([1]);
    expect({ ...call.kwargs }).toEqual({ x: 2 });
    const done = await step.resume({ [call.id]: { value: 21 } });
    expect(done.kind).toBe('done');
    expect(done.value).toBe(42);
    expect(done.stdout).toBe('a is 21\n');
  });

  test('a program without host calls is done at once', async () => {
    const step = await moat.start('1 + 1');
    expect(step).toMatchObject({ kind: 'done', value: 2, stdout: '' });
  });

  test('an error answer raises that exception in Python, where it can be caught', async () => {
    const step = await moat.start('try:\n    f()\nexcept KeyError as e:\n    r = "caught " + str(e)\nr', { functions: ['f'] });
    const done = await step.resume({ [step.calls[0].id]: { error: { type: 'KeyError', message: 'k' } } });
    expect(done.value).toBe("caught 'k'");
  });

  test('start throws PythonError for an uncaught exception', async () => {
    const err = await rejection(moat.start('1/0'));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('ZeroDivisionError');
  });

  test('a step can wait far longer than the time limit: waiting is not running', async () => {
    const step = await moat.start('x = f()\nx + 1', { functions: ['f'], limits: { timeMs: 50 } });
    await sleep(400);
    const done = await step.resume({ [step.calls[0].id]: { value: 1 } });
    expect(done.value).toBe(2);
  });

  test('a step is resumed once; answers must match the pending calls', async () => {
    const step = await moat.start('f() + f()', { functions: ['f'] });
    const id = step.calls[0].id;
    await expect(step.resume({})).rejects.toThrow(TypeError);
    await expect(step.resume({ [id]: { value: 1 }, 999: { value: 2 } })).rejects.toThrow(/no pending call/);
    await expect(step.resume({ [id]: 5 })).rejects.toThrow(/must be \{ value \}/);
    const next = await step.resume({ [id]: { value: 1 } });
    await expect(step.resume({ [id]: { value: 1 } })).rejects.toThrow(MoatError);
    expect(next.kind).toBe('calls');
    const done = await next.resume({ [next.calls[0].id]: { value: 2 } });
    expect(done.value).toBe(3);
  });

  test('run() is the step loop with options.functions', async () => {
    const r = await moat.run('g(f(2))', { functions: { f: (x) => x * 10, g: async (x) => x + 1 } });
    expect(r.value).toBe(21);
  });
});

describe('host modules (options.modules)', () => {
  test('import tools / from tools import name call the JS functions', async () => {
    const r = await moat.run('import tools\nfrom tools import fetch as f\n(tools.fetch(1), f(2), tools.add(1, b=2))', {
      modules: { tools: { fetch: (x) => x * 10, add: (a, kw) => a + kw.b } },
    });
    expect(r.value).toEqual(Tuple.from([10, 20, 3]));
  });

  test('module calls are named "module.function" for the policy and in step mode', async () => {
    const seen = [];
    const step = await moat.start('import tools\ntools.fetch("u")', {
      modules: { tools: ['fetch'] },
      policy: (c) => { seen.push(c.name); return 'allow'; },
    });
    expect(step.calls.map((c) => [c.name, c.args])).toEqual([['tools.fetch', ['u']]]);
    expect(seen).toEqual(['tools.fetch']);
    const done = await step.resume({ [step.calls[0].id]: { value: 'body' } });
    expect(done.value).toBe('body');
  });

  test('bad modules options are TypeErrors', async () => {
    await expect(moat.run('1', { modules: { time: { f: () => 1 } } })).rejects.toThrow(/built-in module/);
    await expect(moat.run('1', { modules: { tools: {} } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { modules: { tools: { f: 1 } } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { modules: { 'a-b': { f: () => 1 } } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { modules: { tools: { f: () => 1 } }, inputs: { tools: 1 } })).rejects.toThrow(TypeError);
  });
});

describe('policy and event log', () => {
  test("'deny' raises PermissionError in Python and the function is never called", async () => {
    let called = false;
    const r = await moat.run(
      'try:\n    rm("/")\nexcept PermissionError as e:\n    msg = str(e)\nmsg',
      { functions: { rm: () => { called = true; } }, policy: () => 'deny' },
    );
    expect(called).toBe(false);
    expect(r.value).toMatch(/denied/);
  });

  test('uncaught denial is a PythonError of type PermissionError', async () => {
    const err = await rejection(moat.run('rm("/")', { functions: { rm: () => 1 }, policy: () => 'deny' }));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('PermissionError');
  });

  test('{ value } and { error } mock the call without calling the function', async () => {
    const policy = (c) => (c.name === 'price' ? { value: 9.5 } : c.name === 'boom' ? { error: { type: 'ValueError', message: 'mocked' } } : 'allow');
    const r = await moat.run(
      'p = price("x")\ntry:\n    boom()\nexcept ValueError as e:\n    m = str(e)\n(p, m, real())',
      { functions: { price: () => { throw new Error('not me'); }, boom: () => 1, real: () => 'real' }, policy },
    );
    expect(r.value).toEqual(Tuple.from([9.5, 'mocked', 'real']));
  });

  test('an async policy can wait (a person approving) and sees id, name, args, kwargs', async () => {
    const seen = [];
    const policy = async (c) => { seen.push(c); await sleep(20); return 'allow'; };
    const r = await moat.run('send("bob", body="hi")', { functions: { send: (to, kw) => `${to}:${kw.body}` }, policy });
    expect(r.value).toBe('bob:hi');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: 'send', args: ['bob'] });
    expect({ ...seen[0].kwargs }).toEqual({ body: 'hi' });
    expect(typeof seen[0].id).toBe('number');
  });

  test('onEvent gets call, decision, result with duration, print, done; result.events is the same list', async () => {
    const got = [];
    const r = await moat.run('print("before")\nx = f(3)\nprint(x)', {
      functions: { f: async (v) => { await sleep(30); return v * 2; } },
      onEvent: (e) => got.push(e),
    });
    expect(r.events).toEqual(got);
    const types = got.map((e) => e.type);
    expect(types).toEqual(['print', 'call', 'decision', 'result', 'print', 'done']);
    const result = got.find((e) => e.type === 'result');
    expect(result).toMatchObject({ name: 'f', value: 6 });
    expect(result.durationMs).toBeGreaterThanOrEqual(25);
    expect(got.find((e) => e.type === 'decision').decision).toBe('allow');
    expect(got[0]).toMatchObject({ type: 'print', stream: 'stdout', text: 'before\n' });
    expect(got.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('errors and denials are events too', async () => {
    const r = await moat.run(
      'try:\n    f()\nexcept RuntimeError:\n    pass\ntry:\n    g()\nexcept PermissionError:\n    pass',
      { functions: { f: () => { throw new Error('bad'); }, g: () => 1 }, policy: (c) => (c.name === 'g' ? 'deny' : 'allow') },
    );
    const err = r.events.filter((e) => e.type === 'error');
    expect(err.map((e) => [e.name, e.error.type])).toEqual([['f', 'RuntimeError'], ['g', 'PermissionError']]);
    expect(r.events.filter((e) => e.type === 'decision').map((e) => e.decision)).toEqual(['allow', 'deny']);
  });

  test('a limit hit is an event, and the LimitError carries the events', async () => {
    const got = [];
    const err = await rejection(moat.run('while True:\n    pass', { limits: { instructions: 10000 }, onEvent: (e) => got.push(e) }));
    expect(err).toBeInstanceOf(LimitError);
    expect(got[got.length - 1]).toMatchObject({ type: 'limit', kind: 'instructions' });
    expect(err.events).toEqual(got);
  });

  test('a throwing policy becomes the error of that call; a throwing observer is ignored', async () => {
    const r = await moat.run('try:\n    f()\nexcept ValueError as e:\n    m = str(e)\nm', {
      functions: { f: () => 1 },
      policy: () => { const e = new Error('policy says no'); e.pythonType = 'ValueError'; throw e; },
      onEvent: () => { throw new Error('observer bug'); },
    });
    expect(r.value).toBe('policy says no');
  });

  test('step mode: the policy answers some calls itself, only the rest reach the embedder', async () => {
    const step = await moat.start('(a(), b())', { functions: ['a', 'b'], policy: (c) => (c.name === 'a' ? { value: 1 } : 'allow') });
    expect(step.calls.map((c) => c.name)).toEqual(['b']);
    const done = await step.resume({ [step.calls[0].id]: { value: 2 } });
    expect(done.value).toEqual(Tuple.from([1, 2]));
  });

  test('invalid policy/onEvent options are TypeErrors', async () => {
    await expect(moat.run('1', { policy: 'allow' })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { onEvent: 5 })).rejects.toThrow(TypeError);
  });
});

describe('the OS, mediated', () => {
  test('os.getenv and os.environ see only options.env (nothing by default)', async () => {
    // os.environ is fetched on its first use through a method (docs/modules.md).
    const code = 'import os\nos.environ.get("X")\n(os.getenv("HOME"), os.getenv("TOKEN"), dict(os.environ))';
    const bare = await moat.run(code);
    expect(bare.value[0]).toBeNull();
    expect(bare.value[1]).toBeNull();
    expect(bare.value[2].size).toBe(0);
    const r = await moat.run(code, { env: { TOKEN: 'abc' } });
    expect(r.value[1]).toBe('abc');
    expect([...r.value[2]]).toEqual([['TOKEN', 'abc']]);
  });

  test('a fixed clock: time.time, time.monotonic and time.sleep are virtual and replayable', async () => {
    const code = 'import time\nt0 = time.time()\nm0 = time.monotonic()\ntime.sleep(5)\n(t0, time.time() - t0, time.monotonic() - m0)';
    const started = Date.now();
    const r = await moat.run(code, { clock: Date.UTC(2024, 0, 1) });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r.value).toEqual(Tuple.from([Date.UTC(2024, 0, 1) / 1000, 5, 5]));
  });

  test('the host clock is the real time', async () => {
    const r = await moat.run('import time\ntime.time()');
    expect(Math.abs(r.value - Date.now() / 1000)).toBeLessThan(5);
  });

  test('host clock: time.sleep really waits, at most timeMs in total', async () => {
    const t = Date.now();
    const r = await moat.run('import time\ntime.sleep(0.15)\ntry:\n    time.sleep(5)\nexcept RuntimeError as e:\n    m = str(e)\nm', { limits: { timeMs: 1000 } });
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    expect(Date.now() - t).toBeLessThan(4000);
    expect(r.value).toMatch(/longer than its time limit/);
  });

  test('a custom clock object answers time, monotonic and sleep', async () => {
    const slept = [];
    const clock = { time: () => 1000.5, monotonic: () => 7, sleep: async (s) => { slept.push(s); } };
    const r = await moat.run('import time\ntime.sleep(2)\n(time.time(), time.monotonic())', { clock });
    expect(r.value).toEqual(Tuple.from([1000.5, 7]));
    expect(slept).toEqual([2]);
  });

  test('options.seed makes random replayable and equal to CPython random.seed(seed)', async () => {
    const code = 'import random\n[random.random() for _ in range(3)]';
    const a = await moat.run(code, { seed: 42 });
    const b = await moat.run(code, { seed: 42 });
    expect(a.value).toEqual(b.value);
    // python3 -c 'import random; random.seed(42); print(random.random())'
    expect(a.value[0]).toBe(0.6394267984578837);
    const c = await moat.run(code);
    expect(c.value).not.toEqual(a.value);
  });

  test('OS calls are events and pass through the policy', async () => {
    const r = await moat.run('import os\ntry:\n    os.getenv("A")\nexcept PermissionError:\n    x = "denied"\nx', {
      env: { A: '1' },
      policy: (c) => (c.name === 'os.getenv' ? 'deny' : 'allow'),
    });
    expect(r.value).toBe('denied');
    expect(r.events.filter((e) => e.type === 'call').map((e) => [e.name, e.args])).toEqual([['os.getenv', ['A']]]);
  });

  test('a policy can mock the clock', async () => {
    const r = await moat.run('import time\ntime.time()', { policy: (c) => (c.name === 'time.time' ? { value: 123.5 } : 'allow') });
    expect(r.value).toBe(123.5);
  });

  test('reserved names cannot be user functions; bad env/clock/seed are TypeErrors', async () => {
    await expect(moat.run('1', { functions: { 'time.time': () => 1 } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { env: { A: 1 } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { clock: 'tomorrow' })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { seed: 1.5 })).rejects.toThrow(TypeError);
  });
});

describe('limits and errors', () => {
  test('PythonError and LimitError are MoatErrors', async () => {
    const p = await rejection(moat.run('raise ValueError("v")'));
    expect(p).toBeInstanceOf(PythonError);
    expect(p).toBeInstanceOf(MoatError);
    const l = await rejection(moat.run('while True: pass', { limits: { instructions: 1000 } }));
    expect(l).toBeInstanceOf(LimitError);
    expect(l).toBeInstanceOf(MoatError);
    expect(l.kind).toBe('instructions');
  });

  test('a run without options cannot hang: the default limits stop an endless loop', async () => {
    const err = await rejection(moat.run('while True:\n    pass'));
    expect(err).toBeInstanceOf(LimitError);
    expect(['instructions', 'time']).toContain(err.kind);
  });

  test('each limit has its kind', async () => {
    const cases = [
      ['x = []\nwhile True:\n    x.append("a" * 100000)', { memoryBytes: 5_000_000 }, 'memory'],
      ['while True:\n    print("x" * 1000)', { outputBytes: 10_000 }, 'output'],
      ['while True:\n    f()', { hostCalls: 5 }, 'host_calls'],
    ];
    for (const [code, limits, kind] of cases) {
      const err = await rejection(moat.run(code, { limits, functions: { f: () => 1 } }));
      expect(err).toBeInstanceOf(LimitError);
      expect(err.kind).toBe(kind);
    }
  });

  test('recursionDepth raises a catchable RecursionError', async () => {
    const r = await moat.run('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    x = "deep"\nx', { limits: { recursionDepth: 50 } });
    expect(r.value).toBe('deep');
  });

  test('time spent waiting for a host function does not count against timeMs', async () => {
    const r = await moat.run('f()\nf()\n"ok"', { functions: { f: () => sleep(150) }, limits: { timeMs: 100 } });
    expect(r.value).toBe('ok');
  });
});

describe('snapshots', () => {
  const code = 'import os\nprint("start")\ntoken = os.getenv("T")\nx = ask("q")\nprint("got", x)\n(token, x)';

  test('dump and load give the same step; loading twice forks two independent runs', async () => {
    const step = await moat.start(code, { functions: ['ask'], env: { T: 'tok' } });
    expect(step.kind).toBe('calls');
    const bytes = step.dump();
    expect(bytes).toBeInstanceOf(Uint8Array);
    const a = await moat.load(bytes);
    const b = await moat.load(bytes);
    expect(a.calls).toEqual(step.calls);
    const da = await a.resume({ [a.calls[0].id]: { value: 'A' } });
    const db = await b.resume({ [b.calls[0].id]: { value: 'B' } });
    expect(da.value).toEqual(Tuple.from(['tok', 'A']));
    expect(db.value).toEqual(Tuple.from(['tok', 'B']));
    expect(da.stdout).toBe('start\ngot A\n');
    const orig = await step.resume({ [step.calls[0].id]: { value: 'O' } });
    expect(orig.value).toEqual(Tuple.from(['tok', 'O']));
  });

  test('a restored run goes on through its later steps', async () => {
    const step = await moat.start('x = 0\nfor i in range(3):\n    x += f(i)\nx', { functions: ['f'] });
    let s = await step.resume({ [step.calls[0].id]: { value: 10 } });
    const restored = await moat.load(s.dump());
    s = restored;
    while (s.kind === 'calls') s = await s.resume({ [s.calls[0].id]: { value: 1 } });
    expect(s.value).toBe(12);
  });

  test('step.run(functions) continues a restored step like run()', async () => {
    const step = await moat.start('a = f(1)\nb = f(a)\nprint(b)\nb', { functions: ['f'] });
    const restored = await moat.load(step.dump());
    const done = await restored.run({ f: async (x) => x + 10 });
    expect(done).toMatchObject({ kind: 'done', value: 21, stdout: '21\n' });
  });

  test('a big heap restores too (100,000-item list)', async () => {
    const step = await moat.start('data = list(range(100000))\nf()\nsum(data)', { functions: ['f'] });
    const bytes = step.dump();
    const r = await moat.load(bytes);
    const done = await r.resume({ [r.calls[0].id]: { value: null } });
    expect(done.value).toBe(4999950000);
  });

  test('corrupt, truncated, foreign and non-snapshot bytes are MoatErrors', async () => {
    const step = await moat.start('f()', { functions: ['f'] });
    const bytes = step.dump();
    const truncated = bytes.slice(0, bytes.length - 10);
    const flipped = bytes.slice();
    flipped[bytes.length - 5] ^= 0xff;
    const foreign = bytes.slice();
    foreign[20] ^= 0x01; // inside the module's SHA-256
    const version = bytes.slice();
    version[8] = 99;
    for (const [bad, re] of [[truncated, /truncated/], [flipped, /checksum/], [foreign, /another build/],
      [version, /version/], [new Uint8Array(3), /too short/], [new TextEncoder().encode('MOATSNAPxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), /.*/]]) {
      const err = await rejection(moat.load(bad));
      expect(err).toBeInstanceOf(MoatError);
      expect(err.message).toMatch(re);
    }
    await expect(moat.load('nope')).rejects.toThrow(TypeError);
    // The original step still works after all that.
    const done = await step.resume({ [step.calls[0].id]: { value: 7 } });
    expect(done.value).toBe(7);
  });

  test('a Moat loaded from a compiled Module cannot make or read snapshots (no bytes to hash)', async () => {
    const m2 = await Moat.load({ wasm: moat.module });
    const step = await m2.start('f()', { functions: ['f'] });
    expect(() => step.dump()).toThrow(MoatError);
  });
});

describe('sessions', () => {
  let hasFeed = false;
  beforeAll(async () => {
    hasFeed = WebAssembly.Module.exports(moat.module).some((e) => e.name === 'moat_feed');
  });

  test('feed keeps globals across calls; errors do not end the session', async () => {
    const s = moat.session({ functions: { f: (x) => x + 1 } });
    if (!hasFeed) {
      await expect(s.feed('x = 1')).rejects.toThrow(/moat_feed/);
      return;
    }
    expect((await s.feed('x = f(1)')).value).toBeNull();
    expect((await s.feed('def g(y):\n    return x * y')).value).toBeNull();
    const r = await s.feed('print("p")\ng(10)');
    expect(r.value).toBe(20);
    expect(r.stdout).toBe('p\n');
    const err = await rejection(s.feed('1/0'));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.frames[0].filename).toMatch(/^<feed-\d+>$/);
    expect((await s.feed('x')).value).toBe(2);
  });

  test('limits apply per feed; a limit does not end the session; inputs are globals', async () => {
    const s = moat.session({ limits: { instructions: 20000 }, inputs: { base: 5 } });
    if (!hasFeed) return;
    expect((await s.feed('y = base * 2')).value).toBeNull();
    const err = await rejection(s.feed('while True:\n    pass'));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.kind).toBe('instructions');
    for (let i = 0; i < 3; i++) await s.feed('for i in range(1000):\n    pass'); // each feed has its own budget
    expect((await s.feed('y')).value).toBe(10);
  });
});

describe('values across host calls', () => {
  const echo = (v) => v;

  test('ints, BigInt beyond 2^53, floats (NaN, ±inf, -0), str, bytes, None round-trip', async () => {
    const r = await moat.run(
      '(e(2**53 - 1), e(2**53 + 1), e(-2**70), e(float("nan")), e(float("inf")), e(float("-inf")), e(-0.0), e("é"), e(b"\\x00\\xff"), e(None))',
      { functions: { e: echo } },
    );
    const v = r.value;
    expect(v[0]).toBe(2 ** 53 - 1);
    expect(v[1]).toBe(2n ** 53n + 1n);
    expect(v[2]).toBe(-(2n ** 70n));
    expect(Number.isNaN(v[3])).toBe(true);
    expect(v[4]).toBe(Infinity);
    expect(v[5]).toBe(-Infinity);
    expect(Object.is(v[6], -0)).toBe(true);
    expect(v[7]).toBe('é');
    expect(v[8]).toEqual(Uint8Array.of(0, 255));
    expect(v[9]).toBeNull();
  });

  test('list <-> Array, tuple <-> Tuple, dict <-> Map, set <-> Set, frozenset <-> FrozenSet; types survive in Python', async () => {
    const r = await moat.run(
      'a = e([1, 2])\nb = e((1, "x"))\nc = e({"k": 1, 2: "two"})\nd = e({3})\nf = e(frozenset([4]))\n' +
      '(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, type(f).__name__, c[2], a, b, c, d, f)',
      { functions: { e: echo } },
    );
    const v = r.value;
    expect(v.slice(0, 6)).toEqual(['list', 'tuple', 'dict', 'set', 'frozenset', 'two']);
    expect(v[6]).toEqual([1, 2]);
    expect(v[7]).toBeInstanceOf(Tuple);
    expect(v[8]).toEqual(new Map([['k', 1], [2, 'two']]));
    expect(v[9]).toEqual(new Set([3]));
    expect(v[10]).toBeInstanceOf(FrozenSet);
  });

  test('plain objects are accepted as dicts; undefined is None', async () => {
    const r = await moat.run('(f()["a"]["b"], g() is None)', { functions: { f: () => ({ a: { b: 5 } }), g: () => undefined } });
    expect(r.value).toEqual(Tuple.from([5, true]));
  });

  test.each([
    ['a function', () => () => 1],
    ['a Symbol', () => Symbol('s')],
    ['a cyclic structure', () => { const a = []; a.push(a); return a; }],
    ['a Promise inside a value', () => ({ p: Promise.resolve(1) })],
    ['a Date', () => new Date()],
  ])('%s returned by a host function is a TypeError inside Python', async (what, fn) => {
    const r = await moat.run('try:\n    f()\nexcept TypeError as e:\n    m = str(e)\nm', { functions: { f: fn } });
    expect(r.value).toMatch(/cannot be passed to Python/);
  });

  test('an unconvertible value in a step answer is a TypeError inside Python too', async () => {
    const step = await moat.start('try:\n    f()\nexcept TypeError:\n    r = "te"\nr', { functions: ['f'] });
    const done = await step.resume({ [step.calls[0].id]: { value: Symbol('x') } });
    expect(done.value).toBe('te');
  });
});

describe('snapshot memory encoding', () => {
  test('zero-run encoding round-trips and rejects malformed input', async () => {
    const { zeroRunEncode, zeroRunDecode } = await import('../../js/src/snapshot.js');
    const cases = [new Uint8Array(0), new Uint8Array(64), Uint8Array.of(1, 2, 3), new Uint8Array(1003)];
    const mixed = new Uint8Array(4096 + 3);
    mixed[5] = 7; mixed[200] = 9; mixed[4096] = 1; mixed[4098] = 2;
    cases.push(mixed);
    const dense = new Uint8Array(1000).map((_, i) => (i % 7) + 1);
    cases.push(dense);
    for (const mem of cases) {
      const buf = new Uint8Array(mem.length + 8).subarray(0, mem.length); // a view with spare bytes after it
      buf.set(mem);
      const enc = zeroRunEncode(new Uint8Array(buf));
      const out = new Uint8Array(mem.length);
      expect(zeroRunDecode(enc, out)).toBe(true);
      expect(out).toEqual(mem);
    }
    expect(zeroRunEncode(new Uint8Array(1 << 16)).length).toBeLessThan(8);
    const enc = zeroRunEncode(mixed);
    expect(zeroRunDecode(enc, new Uint8Array(mixed.length - 1))).toBe(false); // overflows the target
    expect(zeroRunDecode(enc, new Uint8Array(mixed.length + 1))).toBe(false); // does not fill it
    expect(zeroRunDecode(enc.subarray(0, 3), new Uint8Array(mixed.length))).toBe(false); // truncated
    expect(zeroRunDecode(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), new Uint8Array(10))).toBe(false);
  });
});

describe('snapshot fuzz', () => {
  test('single-byte corruptions anywhere in a snapshot are refused with a MoatError', async () => {
    const step = await moat.start('x = [1, 2, 3]\ny = f(len(x))\ny + sum(x)', { functions: ['f'] });
    const bytes = step.dump();
    // Positions across header, metadata and memory; each flipped copy must never crash the host.
    const positions = new Set([0, 7, 8, 9, 10, 11, 12, 44, 45, 46, 47, 48, 50, 60, 80]);
    for (let i = 0; i < 40; i++) positions.add(Math.floor((i / 40) * bytes.length));
    positions.add(bytes.length - 1);
    for (const p of positions) {
      const bad = bytes.slice();
      bad[p] ^= 0x5a;
      let err = null;
      try {
        await moat.load(bad);
      } catch (e) {
        err = e;
      }
      expect([p, err instanceof MoatError]).toEqual([p, true]);
    }
  });
});

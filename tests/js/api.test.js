// The public JS API: values in and out, errors, host functions (sync, async, kwargs, failures),
// isolation between runs, and limits.
import { jest } from '@jest/globals';
import {
  Moat, MoatError, PythonError, LimitError, Kwargs, Tuple,
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

describe('results', () => {
  test('returns the value of the last expression and the output', async () => {
    const r = await moat.run('print("hello")\nprint("a", 1, sep="-")\n1 + 2');
    expect(r.value).toBe(3);
    expect(r.stdout).toBe('hello\na-1\n');
    expect(r.stderr).toBe('');
  });

  test('value is null when the program does not end with an expression', async () => {
    const r = await moat.run('x = 1');
    expect(r.value).toBeNull();
  });

  test('stderr is separate from stdout, and a traceback goes to the error, not to stderr', async () => {
    const r = await moat.run('print("out")');
    expect(r.stdout).toBe('out\n');
    expect(r.stderr).toBe('');
    const err = await rejection(moat.run('print("out")\n1/0'));
    expect(err.stdout).toBe('out\n');
    expect(err.stderr).toBe('');
    expect(err.traceback).toContain('ZeroDivisionError');
  });

  test('non-ASCII output is decoded as UTF-8', async () => {
    const r = await moat.run('print("héllo wörld ✓ 🐍")');
    expect(r.stdout).toBe('héllo wörld ✓ 🐍\n');
  });

  test('Python values come back as JS values', async () => {
    const r = await moat.run('[1, 2.5, "s", None, True, (1, 2), {"a": 1}, b"xy", 2**70, -3]');
    const [i, f, s, n, b, t, d, bytes, big, neg] = r.value;
    expect(i).toBe(1);
    expect(f).toBe(2.5);
    expect(s).toBe('s');
    expect(n).toBeNull();
    expect(b).toBe(true);
    expect(t).toBeInstanceOf(Tuple);
    expect([...t]).toEqual([1, 2]);
    expect(d).toBeInstanceOf(Map);
    expect(d.get('a')).toBe(1);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([0x78, 0x79]);
    expect(big).toBe(2n ** 70n);
    expect(neg).toBe(-3);
  });

  test('result: false discards the last value (script semantics), even one that cannot cross', async () => {
    const r = await moat.run('class A:\n    pass\nprint("x")\nA()', { result: false });
    expect(r.value).toBeNull();
    expect(r.stdout).toBe('x\n');
    expect((await moat.run('41 + 1', { result: false })).value).toBeNull();
    expect((await moat.run('41 + 1', { result: true })).value).toBe(42);
    await expect(moat.run('1', { result: 'no' })).rejects.toThrow(TypeError);
    // Without it, a last value that cannot cross is an error rather than a silent null.
    const err = await rejection(moat.run('class A:\n    pass\nA()'));
    expect(err).toBeInstanceOf(MoatError);
  });

  test('sets come back as Set', async () => {
    const r = await moat.run('{1, 2, 3}');
    expect(r.value).toBeInstanceOf(Set);
    expect([...r.value].sort()).toEqual([1, 2, 3]);
  });

  test('source may be given as UTF-8 bytes', async () => {
    const r = await moat.run(new TextEncoder().encode('"é" * 2'));
    expect(r.value).toBe('éé');
  });
});

describe('errors', () => {
  const code = 'print("before")\ndef f(x):\n    return 10 // x\n\nf(0)\n';

  test('an uncaught exception rejects with PythonError', async () => {
    const err = await rejection(moat.run(code, { filename: 'prog.py' }));
    expect(err).toBeInstanceOf(PythonError);
    expect(err).toBeInstanceOf(MoatError);
    expect(err.type).toBe('ZeroDivisionError');
    expect(err.message).toBe('integer division or modulo by zero');
    expect(err.stdout).toBe('before\n');
    expect(err.traceback.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(err.traceback).toContain('  File "prog.py", line 5, in <module>\n');
    expect(err.traceback).toContain('  File "prog.py", line 3, in f\n');
    expect(err.traceback.trimEnd().split('\n').pop()).toBe('ZeroDivisionError: integer division or modulo by zero');
    expect(err.frames).toEqual([
      { filename: 'prog.py', line: 5, name: '<module>' },
      { filename: 'prog.py', line: 3, name: 'f' },
    ]);
  });

  test('an uncaught SystemExit carries its exit code', async () => {
    const cases = [['raise SystemExit(3)', 3, ''], ['raise SystemExit', 0, ''], ['raise SystemExit("bye")', 1, 'bye\n']];
    for (const [code, exitCode, traceback] of cases) {
      const err = await rejection(moat.run(code));
      expect(err).toBeInstanceOf(PythonError);
      expect(err.type).toBe('SystemExit');
      expect(err.exitCode).toBe(exitCode);
      expect(err.traceback).toBe(traceback);
    }
    const other = await rejection(moat.run('1/0'));
    expect(other.exitCode).toBeUndefined();
  });

  test('the default filename is <string>', async () => {
    const err = await rejection(moat.run('raise ValueError("bad")'));
    expect(err.type).toBe('ValueError');
    expect(err.message).toBe('bad');
    expect(err.frames[0]).toEqual({ filename: '<string>', line: 1, name: '<module>' });
  });

  test('a syntax error rejects with PythonError of type SyntaxError', async () => {
    const err = await rejection(moat.run('x = (1,\n', { filename: 'bad.py' }));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('SyntaxError');
    expect(err.traceback).toContain('File "bad.py", line 1');
    expect(err.traceback.trimEnd().split('\n').pop()).toBe("SyntaxError: '(' was never closed");
  });

  test('bad options are TypeErrors before anything runs', async () => {
    await expect(moat.run('1', { limit: {} })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { limits: { timeMS: 5 } })).rejects.toThrow(/unknown limit/);
    await expect(moat.run('1', { limits: { timeMs: -1 } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { functions: { f: 42 } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { inputs: { f: () => 1 } })).rejects.toThrow(/input 'f'/);
    await expect(moat.run(42)).rejects.toThrow(TypeError);
  });
});

describe('inputs', () => {
  test('inputs become globals', async () => {
    const r = await moat.run('x * 2', { inputs: { x: 21 } });
    expect(r.value).toBe(42);
  });

  test('inputs of every kind arrive as the matching Python types', async () => {
    const inputs = {
      n: null,
      b: false,
      i: -7,
      big: 2n ** 80n,
      f: 1.5,
      s: 'héllo',
      by: new Uint8Array([1, 2, 255]),
      l: [1, [2, 3]],
      t: Tuple.from([1, 'a']),
      d: { k: 'v', nested: { x: 1 } },
      m: new Map([[1, 'one'], ['two', 2]]),
      st: new Set([1, 2]),
    };
    const code = `[type(v).__name__ for v in (n, b, i, big, f, s, by, l, t, d, m, st)] + [
        big + 1, f * 2, len(s), by[2], l[1][0], t[1], d["nested"]["x"], m[1], m["two"], 2 in st]`;
    const r = await moat.run(code, { inputs });
    expect(r.value).toEqual([
      'NoneType', 'bool', 'int', 'int', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'dict', 'set',
      2n ** 80n + 1n, 3, 5, 255, 2, 'a', 1, 'one', 2, true,
    ]);
  });

  test('inputs may be a Map', async () => {
    const r = await moat.run('a + b', { inputs: new Map([['a', 1], ['b', 2]]) });
    expect(r.value).toBe(3);
  });
});

describe('host functions', () => {
  test('a sync host function returns a value Python uses', async () => {
    const add = jest.fn((a, b) => a + b);
    const r = await moat.run('r = add(2, 3)\nprint(r)\nr * 10', { functions: { add } });
    expect(r.value).toBe(50);
    expect(r.stdout).toBe('5\n');
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0]).toEqual([2, 3]);
  });

  test('an async host function is awaited and its result used', async () => {
    const fetchData = async (n) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { items: Array.from({ length: n }, (_, i) => i * i) };
    };
    const code = 'data = fetch_data(4)\ntotal = sum(data["items"])\nprint(total)\ntotal';
    const r = await moat.run(code, { functions: { fetch_data: fetchData } });
    expect(r.value).toBe(0 + 1 + 4 + 9);
    expect(r.stdout).toBe('14\n');
  });

  test('many calls in a loop', async () => {
    let calls = 0;
    const r = await moat.run('s = 0\nfor i in range(50):\n    s += inc(i)\ns', {
      functions: { inc: async (x) => { calls += 1; return x + 1; } },
    });
    expect(r.value).toBe(50 * 51 / 2);
    expect(calls).toBe(50);
  });

  test('keyword arguments arrive as a final Kwargs argument only when given', async () => {
    const seen = [];
    const f = (...argv) => { seen.push(argv); return argv.length; };
    const r = await moat.run('[f(1, 2), f(1, b=2, c="x"), f(), f({"k": 1})]', { functions: { f } });
    expect(r.value).toEqual([2, 2, 0, 1]);
    expect(seen[0]).toEqual([1, 2]);
    expect(seen[1][0]).toBe(1);
    expect(seen[1][1]).toBeInstanceOf(Kwargs);
    expect({ ...seen[1][1] }).toEqual({ b: 2, c: 'x' });
    expect(seen[2]).toEqual([]);
    // A positional dict is a Map, never mistaken for keyword arguments.
    expect(seen[3][0]).toBeInstanceOf(Map);
    expect(seen[3][0]).not.toBeInstanceOf(Kwargs);
  });

  test('a throwing host function raises a catchable Python exception', async () => {
    const functions = {
      check: (x) => {
        const err = new Error(`bad value ${x}`);
        err.pythonType = 'ValueError';
        throw err;
      },
      boom: async () => { throw new Error('kaboom'); },
    };
    const code = `
try:
    check(3)
except ValueError as e:
    print("caught", type(e).__name__, e)
try:
    boom()
except RuntimeError as e:
    print("caught", type(e).__name__, e)
"ok"`;
    const r = await moat.run(code, { functions });
    expect(r.stdout).toBe('caught ValueError bad value 3\ncaught RuntimeError kaboom\n');
    expect(r.value).toBe('ok');
  });

  test('an uncaught host error becomes a PythonError with a traceback', async () => {
    const err = await rejection(moat.run('x = 1\nboom()', {
      functions: { boom: () => { throw new Error('nope'); } },
    }));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('RuntimeError');
    expect(err.message).toBe('nope');
    expect(err.frames.at(-1).line).toBe(2);
  });

  test('a return value that cannot cross becomes a TypeError inside Python', async () => {
    const functions = {
      give_fn: () => () => 1,
      give_symbol: () => Symbol('s'),
      give_cycle: () => { const a = []; a.push(a); return a; },
    };
    const code = `
out = []
for f in (give_fn, give_symbol, give_cycle):
    try:
        f()
        out.append("no error")
    except TypeError as e:
        out.append("TypeError")
out`;
    const r = await moat.run(code, { functions });
    expect(r.value).toEqual(['TypeError', 'TypeError', 'TypeError']);
  });

  test('undefined from a host function is None', async () => {
    const r = await moat.run('nothing() is None', { functions: { nothing: () => {} } });
    expect(r.value).toBe(true);
  });

  test('host values of every kind arrive in Python', async () => {
    const functions = {
      get: () => ({ list: [1, 2], tuple: Tuple.from([3, 4]), big: 2n ** 64n, bytes: new Uint8Array([9]), set: new Set(['a']) }),
    };
    const r = await moat.run('d = get()\n(d["list"][1], d["tuple"][0], type(d["tuple"]).__name__, d["big"], d["bytes"][0], "a" in d["set"])', { functions });
    expect([...r.value]).toEqual([2, 3, 'tuple', 2n ** 64n, 9, true]);
  });

  test('onCall observes each call', async () => {
    const seen = [];
    await moat.run('add(1, 2)\ntry:\n    fail()\nexcept Exception:\n    pass', {
      functions: { add: (a, b) => a + b, fail: () => { throw new Error('x'); } },
      onCall: (c) => seen.push(c),
    });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ name: 'add', args: [1, 2], value: 3 });
    expect(seen[1]).toMatchObject({ name: 'fail', error: { type: 'RuntimeError', message: 'x' } });
  });

  test('onStdout streams output while the run is paused in a host call', async () => {
    const chunks = [];
    let seenAtCall = null;
    await moat.run('print("a")\nwait()\nprint("b")', {
      functions: { wait: () => { seenAtCall = chunks.join(''); } },
      onStdout: (t) => chunks.push(t),
    });
    expect(seenAtCall).toBe('a\n');
    expect(chunks.join('')).toBe('a\nb\n');
  });

  test('concurrent runs on one Moat do not interfere', async () => {
    const slow = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
    const [a, b] = await Promise.all([
      moat.run('x = get(1)\nx + get(2)', { functions: { get: (v) => slow(30, v * 10) } }),
      moat.run('x = get(5)\nx * 2', { functions: { get: (v) => slow(5, v) } }),
    ]);
    expect(a.value).toBe(30);
    expect(b.value).toBe(10);
  });
});

describe('isolation', () => {
  test('a global set in one run is absent in the next', async () => {
    await moat.run('secret = 42');
    const err = await rejection(moat.run('secret'));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('NameError');
    expect(err.message).toBe("name 'secret' is not defined");
  });

  test('changes to builtins do not leak into the next run', async () => {
    await moat.run('import builtins\nbuiltins.len = None').catch(() => {});
    await moat.run('len = None');
    const r = await moat.run('len([1, 2, 3])');
    expect(r.value).toBe(3);
  });

  test('an input mutated by a run is not changed on the host', async () => {
    const data = [1, 2];
    await moat.run('data.append(3)', { inputs: { data } });
    expect(data).toEqual([1, 2]);
  });
});

describe('limits', () => {
  test('instruction limit rejects with LimitError and the next run works', async () => {
    const err = await rejection(moat.run('while True:\n    pass', { limits: { instructions: 10000 } }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toBeInstanceOf(MoatError);
    expect(err.kind).toBe('instructions');
    const r = await moat.run('6 * 7');
    expect(r.value).toBe(42);
  });

  test('a limit cannot be caught by the program', async () => {
    const code = 'try:\n    while True:\n        pass\nexcept BaseException:\n    print("caught")\nfinally:\n    print("finally")';
    const err = await rejection(moat.run(code, { limits: { instructions: 5000 } }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.stdout).toBe('');
  });

  test('time limit', async () => {
    const t0 = Date.now();
    const err = await rejection(moat.run('while True:\n    pass', { limits: { timeMs: 100, instructions: 1e15 } }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.kind).toBe('time');
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test('time spent awaiting host functions does not count', async () => {
    const r = await moat.run('sleep()\nsleep()\n"ok"', {
      functions: { sleep: () => new Promise((resolve) => setTimeout(resolve, 150)) },
      limits: { timeMs: 100 },
    });
    expect(r.value).toBe('ok');
  });

  test('memory limit', async () => {
    const err = await rejection(moat.run('x = []\nwhile True:\n    x.append("a" * 1000)', {
      limits: { memoryBytes: 2 * 1024 * 1024 },
    }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.kind).toBe('memory');
    expect((await moat.run('len("a" * 1000000)')).value).toBe(1000000);
  });

  test('output limit keeps the output written before it fired', async () => {
    const err = await rejection(moat.run('while True:\n    print("0123456789")', { limits: { outputBytes: 100 } }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.kind).toBe('output');
    expect(err.stdout.length).toBeLessThanOrEqual(100);
    expect(err.stdout.startsWith('0123456789\n')).toBe(true);
  });

  test('host call limit', async () => {
    let calls = 0;
    const err = await rejection(moat.run('while True:\n    f()', {
      functions: { f: () => { calls += 1; } },
      limits: { hostCalls: 3 },
    }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.kind).toBe('host_calls');
    expect(calls).toBe(3);
  });

  test('recursion depth raises RecursionError (a Python exception)', async () => {
    const code = 'def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught")\n"done"';
    const r = await moat.run(code, { limits: { recursionDepth: 50 } });
    expect(r.stdout).toBe('caught\n');
    expect(r.value).toBe('done');
  });

  test('an aborted signal stops the run between host calls', async () => {
    const ctl = new AbortController();
    const err = await rejection(moat.run('f()\nprint("after")', {
      functions: { f: () => ctl.abort() },
      signal: ctl.signal,
    }));
    expect(err).toBeInstanceOf(MoatError);
    expect(err.stdout).toBe('');
  });
});

// Hostile or careless input from the embedder's side: source that is not UTF-8, contains NUL bytes,
// is too big or too deeply nested; names that are not Python names or were never registered; host
// functions that return what cannot cross or throw odd things. Each must end in a clean, documented
// error (PythonError / LimitError / TypeError), never a crash of the module, and the next run must
// work.
import { Moat, MoatError, PythonError, LimitError } from '../../js/src/index.js';
import { MAX_SOURCE_BYTES } from '../../js/src/run.js';
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

async function expectNextRunWorks() {
  const r = await moat.run('print("fine")\n6 * 7');
  expect(r.value).toBe(42);
  expect(r.stdout).toBe('fine\n');
}

/** The last line of a traceback ("Type: message"). */
const lastLine = (err) => err.traceback.trimEnd().split('\n').pop();

describe('source', () => {
  test('invalid UTF-8 is a SyntaxError', async () => {
    for (const bytes of [
      Uint8Array.of(0x78, 0x20, 0x3d, 0x20, 0x27, 0xff, 0x27), // x = '\xff'
      Uint8Array.of(0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x31, 0x29, 0x0a, 0xc3), // truncated sequence
      Uint8Array.of(0x23, 0x20, 0xed, 0xa0, 0x80, 0x0a, 0x31), // a UTF-8-encoded surrogate in a comment
      Uint8Array.of(0x23, 0x20, 0xc0, 0xaf, 0x0a, 0x31), // overlong encoding in a comment
    ]) {
      const err = await rejection(moat.run(bytes, { filename: 'bad.py' }));
      expect(err).toBeInstanceOf(PythonError);
      expect(err.type).toBe('SyntaxError');
      expect(err.stdout).toBe('');
    }
    await expectNextRunWorks();
  });

  test('NUL bytes are a SyntaxError, as in CPython 3.11', async () => {
    for (const code of ['print(1)\0\n', 'x = "a\0b"\n', '\0', '# comment \0\nprint(2)\n']) {
      const err = await rejection(moat.run(code));
      expect(err).toBeInstanceOf(PythonError);
      expect(err.type).toBe('SyntaxError');
      expect(lastLine(err)).toBe('SyntaxError: source code cannot contain null bytes');
      expect(err.stdout).toBe('');
    }
    await expectNextRunWorks();
  });

  test('source over the size limit is refused with LimitError kind "source"', async () => {
    const big = `x = 1\n${'#'.repeat(MAX_SOURCE_BYTES)}\n`;
    const err = await rejection(moat.run(big));
    expect(err).toBeInstanceOf(LimitError);
    expect(err.kind).toBe('source');
    const huge = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const err2 = await rejection(moat.run(huge));
    expect(err2).toBeInstanceOf(LimitError);
    expect(err2.kind).toBe('source');
    await expectNextRunWorks();
  });

  test('source just under the size limit runs', async () => {
    const line = `s = "${'a'.repeat(1000)}"\n`;
    const code = line.repeat(Math.floor((MAX_SOURCE_BYTES - 100) / line.length)) + 'len(s)';
    expect(code.length).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
    const r = await moat.run(code);
    expect(r.value).toBe(1000);
  });

  test('10,000-deep brackets are a SyntaxError, not a stack overflow', async () => {
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']]) {
      const err = await rejection(moat.run(`x = ${open.repeat(10000)}1${close.repeat(10000)}\n`));
      expect(err).toBeInstanceOf(PythonError);
      expect(err.type).toBe('SyntaxError');
      expect(lastLine(err)).toBe('SyntaxError: too many nested parentheses');
    }
    await expectNextRunWorks();
  });

  test('10,000-deep unary operators and unclosed brackets do not crash', async () => {
    for (const code of [`x = ${'-'.repeat(10000)}1\n`, `x = ${'not '.repeat(10000)}1\n`,
      `${'('.repeat(10000)}\n`, `x = ${'1 + ('.repeat(10000)}\n`]) {
      const err = await rejection(moat.run(code));
      // CPython raises RecursionError or SyntaxError or MemoryError here, depending on the input.
      expect(err).toBeInstanceOf(PythonError);
      expect(['SyntaxError', 'RecursionError', 'MemoryError']).toContain(err.type);
    }
    await expectNextRunWorks();
  });

  test('10,000-deep nested data built at run time cannot crash repr or the result encoder', async () => {
    const build = 'x = []\nfor i in range(10000):\n    x = [x]\n';
    const err = await rejection(moat.run(`${build}print(x)\n`));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('RecursionError');
    // Returning it: the value cannot cross the boundary (nesting limit); a clean error, no trap.
    const err2 = await rejection(moat.run(`${build}x\n`));
    expect(err2).toBeInstanceOf(MoatError);
    expect(err2.message).not.toMatch(/crashed|corrupt result/);
    await expectNextRunWorks();
  });

  test('code that is neither a string nor bytes is a TypeError', async () => {
    for (const code of [undefined, null, 42, {}, ['print(1)']]) {
      await expect(moat.run(code)).rejects.toThrow(TypeError);
    }
  });
});

describe('names', () => {
  test('calling a name that is not registered is a NameError', async () => {
    const err = await rejection(moat.run('fetch("x")', { functions: { get: () => 1 } }));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('NameError');
    expect(err.message).toBe("name 'fetch' is not defined");
  });

  test('host function and input names must be Python identifiers', async () => {
    for (const name of ['', '1abc', 'a-b', 'has space', 'for', 'None', 'a.b', 'x\0']) {
      await expect(moat.run('1', { functions: { [name]: () => 1 } })).rejects.toThrow(/not a Python identifier/);
      await expect(moat.run('1', { inputs: { [name]: 1 } })).rejects.toThrow(/not a Python identifier/);
    }
    const r = await moat.run('café + _x2', { inputs: { café: 1, _x2: 2 } });
    expect(r.value).toBe(3);
  });

  test('a name may not be both an input and a host function', async () => {
    await expect(moat.run('f', { inputs: { f: 1 }, functions: { f: () => 1 } })).rejects.toThrow(/both/);
  });

  test('a host function may shadow a builtin, like any global', async () => {
    const r = await moat.run('len("abc")', { functions: { len: () => 'host' } });
    expect(r.value).toBe('host');
  });
});

describe('host functions', () => {
  test('return values that cannot cross become a catchable TypeError', async () => {
    class Point { constructor() { this.x = 1; } }
    const deep = [];
    let cur = deep;
    for (let i = 0; i < 1000; i++) { const next = []; cur.push(next); cur = next; }
    const functions = {
      give_date: () => new Date(0),
      give_instance: () => new Point(),
      give_promise_of_fn: async () => () => 1,
      give_nested_fn: () => ({ ok: 1, bad: [() => 1] }),
      give_weakmap: () => new WeakMap(),
      give_deep: () => deep,
      give_lone_surrogate: () => 'a\uD800b',
    };
    const names = Object.keys(functions);
    const code = `
out = []
for f in (${names.join(', ')},):
    try:
        f()
        out.append("no error")
    except TypeError as e:
        out.append("TypeError")
out`;
    const r = await moat.run(code, { functions });
    expect(r.value).toEqual(names.map(() => 'TypeError'));
  });

  test('throwing odd values raises RuntimeError with a message', async () => {
    const functions = {
      throw_string: () => { throw 'just a string'; },
      throw_null: () => { throw null; },
      throw_object: () => { throw { pythonType: 'KeyError', message: 'plain object' }; },
      throw_unknown_type: () => { const e = new Error('m'); e.pythonType = 'NotAnException'; throw e; },
      throw_bad_type: () => { const e = new Error('m'); e.pythonType = 'not valid!'; throw e; },
      reject_async: async () => { throw new TypeError('async failure'); },
    };
    const names = Object.keys(functions);
    const code = `
out = []
for f in (${names.join(', ')},):
    try:
        f()
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
out`;
    const r = await moat.run(code, { functions });
    expect(r.value).toEqual([
      'RuntimeError: just a string',
      'RuntimeError: null',
      "KeyError: 'plain object'",
      'RuntimeError: m',
      'RuntimeError: m',
      'RuntimeError: async failure',
    ]);
  });

  test('an exception type name that is not an exception class becomes RuntimeError', async () => {
    // "int" names a builtin but not an exception class: the VM must not instantiate it.
    const boom = () => { const e = new Error('x'); e.pythonType = 'int'; throw e; };
    const r = await moat.run('try:\n    boom()\nexcept Exception as e:\n    r = type(e).__name__\nr', { functions: { boom } });
    expect(r.value).toBe('RuntimeError');
  });

  test('a host function that never settles can be abandoned with an AbortSignal', async () => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 50);
    const err = await rejection(moat.run('hang()', {
      functions: { hang: () => new Promise(() => {}) },
      signal: ctl.signal,
    }));
    expect(err).toBeInstanceOf(MoatError);
    expect(err.message).toMatch(/aborted/);
  });
});

describe('PythonError shape', () => {
  test('carries type, message, traceback, frames and output', async () => {
    const code = 'print("out")\ndef inner(d):\n    return d["missing"]\ndef outer():\n    return inner({})\nouter()\n';
    const err = await rejection(moat.run(code, { filename: 'shape.py' }));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.name).toBe('PythonError');
    expect(err.type).toBe('KeyError');
    expect(err.message).toBe("'missing'");
    expect(err.stdout).toBe('out\n');
    expect(err.stderr).toBe('');
    // Exactly what CPython 3.11 prints for this file, source lines and carets included.
    expect(err.traceback).toBe([
      'Traceback (most recent call last):',
      '  File "shape.py", line 6, in <module>',
      '    outer()',
      '  File "shape.py", line 5, in outer',
      '    return inner({})',
      '           ^^^^^^^^^',
      '  File "shape.py", line 3, in inner',
      '    return d["missing"]',
      '           ~^^^^^^^^^^^',
      "KeyError: 'missing'",
      '',
    ].join('\n'));
    expect(err.frames).toEqual([
      { filename: 'shape.py', line: 6, name: '<module>' },
      { filename: 'shape.py', line: 5, name: 'outer' },
      { filename: 'shape.py', line: 3, name: 'inner' },
    ]);
  });

  test('a SyntaxError has the caret report and no frames', async () => {
    const err = await rejection(moat.run('x = 1\nif x\n    pass\n', { filename: 'syn.py' }));
    expect(err.type).toBe('SyntaxError');
    expect(err.message).toMatch(/^expected ':'/);
    expect(err.traceback).toContain('  File "syn.py", line 2\n');
    expect(err.traceback).toContain('    if x\n');
    expect(lastLine(err)).toBe("SyntaxError: expected ':'");
    expect(err.frames).toEqual([]);
  });
});

describe('isolation', () => {
  test('state changed by one run (globals, mutated inputs, builtins) never reaches the next', async () => {
    const shared = { items: [1] };
    await moat.run('items = cfg["items"]\nitems.append(2)\nleak = items', { inputs: { cfg: shared } });
    expect(shared.items).toEqual([1]);
    const err = await rejection(moat.run('leak'));
    expect(err.type).toBe('NameError');
    const r = await moat.run('cfg["items"]', { inputs: { cfg: shared } });
    expect(r.value).toEqual([1]);
  });

  test('a failed run (limit, error, crash) does not affect the next', async () => {
    await rejection(moat.run('x = []\nwhile True:\n    x.append(x)', { limits: { memoryBytes: 1 << 20 } }));
    await rejection(moat.run('raise ValueError("v")'));
    await expectNextRunWorks();
  });

  test('100 runs in a row stay isolated and do not leak', async () => {
    for (let i = 0; i < 100; i++) {
      const r = await moat.run(`try:\n    n\nexcept NameError:\n    n = ${i}\nn`);
      expect(r.value).toBe(i);
    }
  });
});

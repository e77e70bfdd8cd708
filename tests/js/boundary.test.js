// The boundary is on the security perimeter in both directions (DESIGN.md section 2):
// - whatever the module hands back (result bytes, pointers, statuses) may be corrupt: the host must
//   turn it into a clear MoatError, never crash or hang;
// - whatever the host feeds the module (responses) may be corrupt: the VM must answer with a clean
//   status (FATAL or a Python exception), never trap, and the next run must work.
// The corruptions are injected by wrapping the exports of the instance a run creates.
import { Moat, MoatError, PythonError } from '../../js/src/index.js';
import { encode, decode } from '../../js/src/cbor.js';
import { wasmBytes } from './helpers.js';

let moat;
let mod;
beforeAll(async () => {
  mod = new WebAssembly.Module(wasmBytes());
  moat = await Moat.load({ wasm: mod });
});

/** Runs `fn` while every new instance's exports are replaced by `patch(realExports, memory)`. */
async function withPatchedExports(patch, fn) {
  const orig = WebAssembly.instantiate;
  WebAssembly.instantiate = async function patched(m, imports) {
    const inst = await orig.call(WebAssembly, m, imports);
    if (!(m instanceof WebAssembly.Module)) return inst;
    const real = inst.exports;
    return { exports: Object.freeze({ ...real, ...patch(real, real.memory) }) };
  };
  try {
    return await fn();
  } finally {
    WebAssembly.instantiate = orig;
  }
}

/** Copies `bytes` into a new block of the instance's heap. */
function put(real, bytes) {
  const ptr = real.moat_alloc(Math.max(bytes.length, 1));
  new Uint8Array(real.memory.buffer, ptr, bytes.length).set(bytes);
  return ptr;
}

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

/** Replaces the result the module reports by `bytes` (and optionally the status by `status`). */
function fakeResult(bytes, status) {
  return (real) => {
    let ptr = 0;
    const wrap = (f) => (...a) => {
      const s = f(...a);
      ptr = put(real, bytes);
      return status === undefined ? s : status;
    };
    return {
      moat_start: wrap(real.moat_start),
      moat_resume: wrap(real.moat_resume),
      moat_result_ptr: () => ptr,
      moat_result_len: () => bytes.length,
    };
  };
}

describe('corrupt results from the module become MoatError', () => {
  const cases = [
    ['invalid CBOR', Uint8Array.of(0xff, 0xff)],
    ['truncated map', Uint8Array.of(0xa1, 0x65, 0x76, 0x61)],
    ['trailing bytes', Uint8Array.of(...encode(new Map([['value', 1]])), 0x00)],
    ['empty result', new Uint8Array(0)],
    ['not a map', encode(42)],
    ['invalid UTF-8 text', Uint8Array.of(0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x62, 0xc3, 0x28)],
    ['huge array length', Uint8Array.of(0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)],
    ['deep nesting', Uint8Array.of(0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, ...new Array(5000).fill(0x81), 0x00)],
    ['unknown tag', Uint8Array.of(0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0xd9, 0x12, 0x34, 0x00)],
  ];
  test.each(cases)('%s', async (_name, bytes) => {
    const err = await withPatchedExports(fakeResult(bytes), () => rejection(moat.run('1')));
    expect(err).toBeInstanceOf(MoatError);
    expect(err).not.toBeInstanceOf(PythonError);
    expect(err.message).toMatch(/corrupt result|internal error/);
    await expectNextRunWorks();
  });

  test('a result that does not match its status', async () => {
    const done = encode(new Map([['value', 1]]));
    for (const status of [1, 2, 3]) {
      const err = await withPatchedExports(fakeResult(done, status), () => rejection(moat.run('1')));
      expect(err).toBeInstanceOf(MoatError);
      expect(err.message).toMatch(/corrupt result/);
    }
    await expectNextRunWorks();
  });

  test('an unknown status', async () => {
    const err = await withPatchedExports(fakeResult(encode(new Map()), 99), () => rejection(moat.run('1')));
    expect(err).toBeInstanceOf(MoatError);
    expect(err.message).toMatch(/unknown status 99/);
  });

  test('malformed calls', async () => {
    const bad = [
      new Map([['calls', []]]),
      new Map([['calls', [42]]]),
      new Map([['calls', [new Map([['id', 'x'], ['name', 'f'], ['args', []]])]]]),
      new Map([['calls', [new Map([['id', 1], ['name', 7], ['args', []]])]]]),
      new Map([['calls', [new Map([['id', 1], ['name', 'f'], ['args', 5]])]]]),
      new Map([['calls', [new Map([['id', 1], ['name', 'f'], ['args', []], ['kwargs', new Map([[1, 2]])]])]]]),
      new Map([['calls', [new Map([['id', 1], ['name', 'f']]), new Map([['id', 1], ['name', 'f']])]]]),
    ];
    for (const msg of bad) {
      let called = false;
      const err = await withPatchedExports(fakeResult(encode(msg), 1),
        () => rejection(moat.run('f()', { functions: { f: () => { called = true; } } })));
      expect(err).toBeInstanceOf(MoatError);
      expect(err.message).toMatch(/corrupt result/);
      expect(called).toBe(false);
    }
    await expectNextRunWorks();
  });

  test('a call naming a function the host never registered is refused with NameError', async () => {
    // The module (untrusted) asks for "evil" instead of the registered "f": the host must not call
    // anything and must answer with an error the program sees as an exception.
    let called = false;
    const rename = (real) => {
      let bytes = null;
      const patchResult = () => {
        const msg = decode(new Uint8Array(real.memory.buffer, real.moat_result_ptr(), real.moat_result_len()).slice());
        const calls = msg instanceof Map ? msg.get('calls') : undefined;
        if (Array.isArray(calls)) for (const c of calls) c.set('name', 'evil');
        bytes = encode(msg);
      };
      return {
        moat_start: (...a) => { const s = real.moat_start(...a); patchResult(); return s; },
        moat_resume: (...a) => { const s = real.moat_resume(...a); patchResult(); return s; },
        moat_result_ptr: () => put(real, bytes),
        moat_result_len: () => bytes.length,
      };
    };
    const seen = [];
    const err = await withPatchedExports(rename, () => rejection(moat.run('x = f()\nprint("resumed")', {
      functions: { f: () => { called = true; return 1; } },
      onCall: (c) => seen.push(c),
    })));
    expect(called).toBe(false);
    expect(seen).toEqual([expect.objectContaining({ name: 'evil', error: expect.objectContaining({ type: 'NameError' }) })]);
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('NameError');
    expect(err.stdout).toBe('');
    await expectNextRunWorks();
  });

  test('a result pointer or length outside memory', async () => {
    for (const [ptr, len] of [[0xfffffff0, 64], [16, 0xffffffff], [-1, 10]]) {
      const err = await withPatchedExports(() => ({ moat_result_ptr: () => ptr, moat_result_len: () => len }),
        () => rejection(moat.run('1')));
      expect(err).toBeInstanceOf(MoatError);
      expect(err.message).toMatch(/outside its memory/);
    }
    await expectNextRunWorks();
  });

  test('a trap inside the module becomes MoatError and the next run works', async () => {
    const trap = () => { throw new WebAssembly.RuntimeError('unreachable'); };
    const err = await withPatchedExports(() => ({ moat_start: trap }), () => rejection(moat.run('print("x")')));
    expect(err).toBeInstanceOf(MoatError);
    expect(err.message).toMatch(/internal error.*crashed.*unreachable/);
    const err2 = await withPatchedExports(() => ({ moat_resume: trap }),
      () => rejection(moat.run('f()', { functions: { f: () => 1 } })));
    expect(err2).toBeInstanceOf(MoatError);
    await expectNextRunWorks();
  });

  test('moat_alloc failing is a MoatError', async () => {
    const err = await withPatchedExports(() => ({ moat_alloc: () => 0 }), () => rejection(moat.run('1')));
    expect(err).toBeInstanceOf(MoatError);
    expect(err.message).toMatch(/could not allocate/);
  });
});

describe('corrupt responses fed to moat_resume get a clean answer from the VM', () => {
  /** Runs a program that calls f() and feeds moat_resume `bytes` instead of the real response. */
  async function runWithResponse(bytes) {
    return withPatchedExports((real) => ({
      moat_resume: () => real.moat_resume(put(real, bytes), bytes.length),
    }), () => moat.run('x = f()\nprint("resumed", x)', { functions: { f: () => 1 } }).then((r) => r, (e) => e));
  }

  const cases = [
    ['invalid CBOR', Uint8Array.of(0xff)],
    ['empty', new Uint8Array(0)],
    ['truncated map', Uint8Array.of(0xa1)],
    ['not a map', encode([1, 2, 3])],
    ['unknown call id', encode(new Map([[999999, new Map([['value', 1]])]]))],
    ['entry not a map', encode(new Map([[0, 5]]))],
    ['entry with neither value nor error', encode(new Map([[0, new Map([['nothing', 1]])]]))],
    ['error with non-string type', encode(new Map([[0, new Map([['error', new Map([['type', 3], ['message', 'm']])]])]]))],
    ['error without message', encode(new Map([[0, new Map([['error', new Map([['type', 'ValueError']])]])]]))],
    ['huge length claim', Uint8Array.of(0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)],
    ['deep nesting', Uint8Array.of(0xa1, 0x00, 0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, ...new Array(100000).fill(0x81), 0x00)],
    ['invalid UTF-8', Uint8Array.of(0xa1, 0x00, 0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x62, 0xff, 0xfe)],
    ['half float', Uint8Array.of(0xa1, 0x00, 0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0xf9, 0x3c, 0x00)],
    ['undefined', Uint8Array.of(0xa1, 0x00, 0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0xf7)],
    ['indefinite length', Uint8Array.of(0xbf, 0x00, 0xa1, 0x65, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x01, 0xff)],
    ['trailing bytes', Uint8Array.of(0xa0, 0x00)],
  ];
  test.each(cases)('%s', async (_name, bytes) => {
    const result = await runWithResponse(bytes);
    if (result instanceof Error) {
      expect(result).toBeInstanceOf(MoatError);
      // A clean refusal, not a crash of the module.
      expect(result.message).not.toMatch(/crashed|outside its memory|corrupt result/);
    } else {
      // Only acceptable if the VM took a sensible reading of the bytes (never for garbage).
      expect(result.stdout).toMatch(/^resumed/);
    }
    await expectNextRunWorks();
  });

  test('random responses never trap the module', async () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let i = 0; i < 60; i++) {
      const n = rand() % 48;
      const bytes = Uint8Array.from({ length: n }, () => rand() & 0xff);
      if (i % 3 === 0 && n > 0) bytes[0] = 0xa1; // mostly one-entry maps: deeper into the decoder
      const result = await runWithResponse(bytes);
      if (result instanceof Error) {
        expect(result).toBeInstanceOf(MoatError);
        expect(result.message).not.toMatch(/crashed|outside its memory|corrupt result/);
      }
    }
    await expectNextRunWorks();
  });
});

describe('misuse of the raw exports', () => {
  async function raw() {
    const instance = await WebAssembly.instantiate(mod, { moat: { write() {}, now: () => 0 } });
    instance.exports._initialize();
    return instance.exports;
  }

  test('moat_resume with nothing pending is FATAL', async () => {
    const ex = await raw();
    const resp = encode(new Map());
    const ptr = put(ex, resp);
    expect(ex.moat_resume(ptr, resp.length)).toBe(4);
  });

  test('a garbage config is refused without a trap', async () => {
    const ex = await raw();
    const cfg = Uint8Array.of(0xff, 0x00, 0x13);
    const src = new TextEncoder().encode('1');
    const status = ex.moat_start(put(ex, cfg), cfg.length, put(ex, src), src.length);
    expect([2, 4]).toContain(status);
  });

  test('a config of the wrong shape is refused without a trap', async () => {
    const ex = await raw();
    const src = new TextEncoder().encode('1');
    for (const cfgValue of [42, new Map([['limits', 'x']]), new Map([['inputs', [1]]]), new Map([['functions', [1]]])]) {
      const cfg = encode(cfgValue);
      const status = ex.moat_start(put(ex, cfg), cfg.length, put(ex, src), src.length);
      expect([2, 4]).toContain(status);
    }
  });

  test('invalid UTF-8 source is a SyntaxError, not a crash', async () => {
    const err = await rejection(moat.run(Uint8Array.of(0x78, 0x20, 0x3d, 0x20, 0x27, 0xff, 0x27)));
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('SyntaxError');
  });
});

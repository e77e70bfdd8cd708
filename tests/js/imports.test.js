// The sandbox's whole attack surface towards the host is its import table (DESIGN.md section 2):
// exactly moat.write and moat.now. Anything else appearing (WASI, env.*, Emscripten glue) fails here.
import { wasmBytes, wasmPath } from './helpers.js';
import { Moat, MoatError } from '../../js/src/index.js';
import { checkModule } from '../../js/src/loader.js';

const mod = new WebAssembly.Module(wasmBytes());
// The listing is part of the test's name, so every run shows what the built module imports.
const listed = WebAssembly.Module.imports(mod).map((d) => `${d.module}.${d.name}:${d.kind}`).sort();

test(`imports of ${wasmPath()} are [${listed.join(', ')}]: exactly moat.write and moat.now`, () => {
  expect(listed).toEqual(['moat.now:function', 'moat.write:function']);
});

test('the imports are called as write(i32, i32, i32) and now() -> f64', async () => {
  // The JS API gives no signatures, so run a program that prints and look at how it calls us.
  const writes = [];
  let nowArgs = null;
  let memory;
  const { instance } = await WebAssembly.instantiate(wasmBytes(), {
    moat: {
      write: (...a) => {
        writes.push(a);
        const [stream, ptr, len] = a;
        writes.at(-1).text = new TextDecoder().decode(new Uint8Array(memory.buffer, ptr, len));
        writes.at(-1).stream = stream;
      },
      now: (...a) => { nowArgs = a; return 0.5; },
    },
  });
  const ex = instance.exports;
  memory = ex.memory;
  ex._initialize();
  const src = new TextEncoder().encode('print("hi")');
  const ptr = ex.moat_alloc(src.length);
  new Uint8Array(memory.buffer, ptr, src.length).set(src);
  expect(ex.moat_start(0, 0, ptr, src.length)).toBe(0);
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) {
    expect(w).toHaveLength(3);
    expect(w.every((x) => Number.isInteger(x))).toBe(true);
  }
  expect(writes.map((w) => w.text).join('')).toBe('hi\n');
  expect(writes.every((w) => w.stream === 1)).toBe(true);
  if (nowArgs !== null) expect(nowArgs).toEqual([]);
});

test('exports include the documented functions and memory', () => {
  const exports = new Map(WebAssembly.Module.exports(mod).map((d) => [d.name, d.kind]));
  const expected = {
    memory: 'memory',
    _initialize: 'function',
    moat_alloc: 'function',
    moat_dealloc: 'function',
    moat_start: 'function',
    moat_resume: 'function',
    moat_result_ptr: 'function',
    moat_result_len: 'function',
    moat_abi_version: 'function',
  };
  for (const [name, kind] of Object.entries(expected)) {
    expect([name, exports.get(name)]).toEqual([name, kind]);
  }
  // Nothing that would hand the host's objects in or expose a table for writing.
  for (const [name, kind] of exports) {
    expect([name, kind]).not.toEqual([name, 'global-mutable']);
  }
});

test('moat_abi_version() is 1', async () => {
  const { instance } = await WebAssembly.instantiate(wasmBytes(), { moat: { write() {}, now: () => 0 } });
  instance.exports._initialize();
  expect(instance.exports.moat_abi_version()).toBe(1);
});

test('the loader refuses a module with any other import', async () => {
  // A minimal module importing env.foo: (module (import "env" "foo" (func))).
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
    0x02, 0x0b, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x66, 0x6f, 0x6f, 0x00, 0x00, // import env.foo
  ]);
  const bad = new WebAssembly.Module(bytes);
  expect(() => checkModule(bad)).toThrow(MoatError);
  await expect(Moat.load({ wasm: bytes })).rejects.toThrow(/imports/);
});

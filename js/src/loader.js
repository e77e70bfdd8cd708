// Compiling the module once and instantiating it once per run.
//
// The module is on the security perimeter in both directions: it must not be able to reach the
// host (so its import table is checked to be exactly moat.write and moat.now before anything runs,
// DESIGN.md section 2), and nothing it says can be trusted (so every pointer/length it hands back is
// bounds-checked against its memory before the host reads a byte).

import { MoatError } from './errors.js';

/** The ABI version this host speaks (MOAT_ABI_VERSION in src/moat.h). */
export const ABI_VERSION = 1;

/** Exactly the imports the module may declare: module, name, kind. */
export const EXPECTED_IMPORTS = Object.freeze([
  Object.freeze({ module: 'moat', name: 'write', kind: 'function' }),
  Object.freeze({ module: 'moat', name: 'now', kind: 'function' }),
]);

/** The exports the host needs (the module may export more, e.g. Emscripten's stack helpers). */
export const REQUIRED_EXPORTS = Object.freeze({
  memory: 'memory',
  _initialize: 'function',
  moat_alloc: 'function',
  moat_dealloc: 'function',
  moat_start: 'function',
  moat_resume: 'function',
  moat_result_ptr: 'function',
  moat_result_len: 'function',
  moat_abi_version: 'function',
});

const BAD_SOURCE = Symbol('bad source');
const DEFAULT_WASM_URL = new URL('../dist/moat.wasm', import.meta.url);

function isNode() {
  return typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
}

async function readFileUrl(url) {
  const fs = await import('node:fs/promises');
  try {
    return await fs.readFile(url);
  } catch (err) {
    throw new MoatError(`cannot read the Moat wasm module at ${url.pathname ?? url}: ${err.message}` +
      ' (build it with scripts/build.sh)', { cause: err });
  }
}

// Every path keeps the module's bytes (`lastBytes`): snapshots carry their SHA-256 so that bytes
// from another build are refused.
async function compileBytes(bytes, box) {
  box.bytes = bytes;
  return WebAssembly.compile(bytes);
}

async function compileFromUrl(url, box) {
  if (url.protocol === 'file:') {
    if (!isNode()) throw new MoatError(`cannot load ${url.href}: file: URLs need Node.js`);
    return compileBytes(await readFileUrl(url), box);
  }
  const res = await fetch(url);
  if (!res.ok) throw new MoatError(`cannot fetch the Moat wasm module at ${url.href}: HTTP ${res.status}`);
  return compileBytes(new Uint8Array(await res.arrayBuffer()), box);
}

/**
 * Compiles the Moat module from `source`: a WebAssembly.Module, bytes (ArrayBuffer or a view),
 * a Response (or a Promise of one), a URL, or a string (a URL; in Node also a file path).
 * With no source, loads ../dist/moat.wasm next to this package.
 */
export async function compileModule(source) {
  return (await compileModuleWithBytes(source)).mod;
}

/** As compileModule; also returns the module's bytes (null when given a compiled Module). */
export async function compileModuleWithBytes(source) {
  let mod;
  const box = { bytes: null };
  try {
    if (source === undefined || source === null) {
      mod = await compileFromUrl(DEFAULT_WASM_URL, box);
    } else if (source instanceof WebAssembly.Module) {
      mod = source;
    } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
      const bytes = source instanceof ArrayBuffer ? new Uint8Array(source)
        : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
      mod = await compileBytes(bytes, box);
    } else if (source instanceof URL) {
      mod = await compileFromUrl(source, box);
    } else if (typeof source === 'string') {
      let url;
      if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(source)) url = new URL(source);
      else if (isNode()) {
        const { pathToFileURL } = await import('node:url');
        url = pathToFileURL(source);
      } else url = new URL(source, globalThis.location?.href);
      mod = await compileFromUrl(url, box);
    } else if (typeof source.then === 'function' || (typeof Response !== 'undefined' && source instanceof Response)) {
      const res = await source;
      mod = await compileBytes(new Uint8Array(await res.arrayBuffer()), box);
    } else {
      mod = BAD_SOURCE;
    }
  } catch (err) {
    if (err instanceof MoatError) throw err;
    throw new MoatError(`cannot compile the Moat wasm module: ${err.message}`, { cause: err });
  }
  if (mod === BAD_SOURCE) {
    throw new TypeError('opts.wasm must be a WebAssembly.Module, bytes, a Response, a URL or a path');
  }
  checkModule(mod);
  return { mod, bytes: box.bytes };
}

/** Throws a MoatError unless the module's imports are exactly ours and its exports are complete. */
export function checkModule(mod) {
  const imports = WebAssembly.Module.imports(mod);
  const key = (d) => `${d.module}.${d.name}:${d.kind}`;
  const got = imports.map(key).sort();
  const want = EXPECTED_IMPORTS.map(key).sort();
  if (got.length !== want.length || got.some((k, i) => k !== want[i])) {
    throw new MoatError(`the wasm module's imports are [${got.join(', ')}], expected exactly [${want.join(', ')}]`);
  }
  const exports = new Map(WebAssembly.Module.exports(mod).map((d) => [d.name, d.kind]));
  for (const [name, kind] of Object.entries(REQUIRED_EXPORTS)) {
    if (exports.get(name) !== kind) {
      throw new MoatError(`the wasm module does not export ${kind} '${name}'`);
    }
  }
}

/**
 * Instantiates `mod` with our two imports and runs its reactor initialisation.
 * `host.write(stream, bytes)` receives a copy of each output chunk; `host.now()` returns ms.
 * Returns { exports, memory }. Throws a MoatError if instantiation or _initialize fails.
 */
export async function instantiate(mod, host) {
  let memory = null;
  const imports = {
    moat: {
      write(stream, ptr, len) {
        // Never throw into the module: a bad pointer is reported once the run returns.
        try {
          const bytes = readBytes(memory, ptr, len);
          host.write(stream, bytes);
        } catch (err) {
          host.fault(err);
        }
      },
      now() {
        return host.now();
      },
    },
  };
  let instance;
  try {
    instance = await WebAssembly.instantiate(mod, imports);
  } catch (err) {
    throw new MoatError(`cannot instantiate the Moat wasm module: ${err.message}`, { cause: err });
  }
  const exports = instance.exports;
  memory = exports.memory;
  try {
    exports._initialize();
  } catch (err) {
    throw new MoatError(`internal error: the Moat wasm module failed to initialise: ${err.message}`, { cause: err });
  }
  return { exports, memory };
}

/** Copies `len` bytes at `ptr` out of `memory`, checking the range (the module is untrusted). */
export function readBytes(memory, ptr, len) {
  const buf = memory.buffer;
  ptr >>>= 0;
  len >>>= 0;
  if (ptr + len > buf.byteLength) {
    throw new MoatError(`internal error: the module pointed outside its memory (${ptr}+${len} > ${buf.byteLength})`);
  }
  return new Uint8Array(buf, ptr, len).slice();
}

/** Copies `bytes` into a fresh block of the module's heap; returns the pointer. */
export function writeBytes(exports, memory, bytes) {
  const n = bytes.length;
  let ptr;
  try {
    ptr = exports.moat_alloc(n === 0 ? 1 : n) >>> 0;
  } catch (err) {
    throw new MoatError(`internal error in moat_alloc: ${err.message}`, { cause: err });
  }
  if (ptr === 0) throw new MoatError(`the Moat module could not allocate ${n} bytes for a message`);
  const buf = memory.buffer;
  if (ptr + n > buf.byteLength) throw new MoatError('internal error: moat_alloc returned a block outside memory');
  new Uint8Array(buf, ptr, n).set(bytes);
  return ptr;
}

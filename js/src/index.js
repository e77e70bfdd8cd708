// moat-python: run untrusted Python (a 3.11 subset) in a WebAssembly sandbox.
//
//   import { Moat } from 'moat-python';
//   const moat = await Moat.load();
//   const { value, stdout } = await moat.run('x * 2', { inputs: { x: 21 } });   // value === 42
//
// The module is compiled once per Moat; every run gets a fresh instance (its own linear memory),
// so runs are isolated from each other. See js/README.md and docs/DESIGN.md sections 1 and 2.

import { compileModule, instantiate, ABI_VERSION } from './loader.js';
import { runProgram, Status } from './run.js';
import { MoatError, PythonError, LimitError } from './errors.js';
import { Kwargs } from './values.js';
import { Tuple, FrozenSet, PyFloat } from './cbor.js';

export { MoatError, PythonError, LimitError, Kwargs, Tuple, FrozenSet, PyFloat, Status, ABI_VERSION };

const CONSTRUCT = Symbol('Moat.construct');

export class Moat {
  #module;

  /** Use Moat.load(). */
  constructor(token, mod) {
    if (token !== CONSTRUCT) throw new TypeError('use `await Moat.load()` to create a Moat');
    this.#module = mod;
  }

  /**
   * Compiles the interpreter module and checks it: its imports must be exactly moat.write and
   * moat.now, and its ABI version must be ours.
   * opts.wasm: a WebAssembly.Module, the module's bytes, a Response (or a Promise of one), a URL,
   * or a string (URL, or in Node a file path). Default: ../dist/moat.wasm beside this file.
   */
  static async load(opts = {}) {
    if (opts === null || typeof opts !== 'object') throw new TypeError('options must be an object');
    const mod = await compileModule(opts.wasm);
    const { exports } = await instantiate(mod, { write() {}, now: () => 0, fault() {} });
    let version;
    try {
      version = exports.moat_abi_version();
    } catch (err) {
      throw new MoatError(`internal error: moat_abi_version failed: ${err.message}`, { cause: err });
    }
    if (version !== ABI_VERSION) {
      throw new MoatError(`the wasm module speaks ABI version ${version}, this host speaks ${ABI_VERSION}`);
    }
    return new Moat(CONSTRUCT, mod);
  }

  /** The compiled WebAssembly.Module (e.g. to post it to a worker). */
  get module() {
    return this.#module;
  }

  /**
   * Runs `code` (a string, or UTF-8 bytes) in a fresh sandbox.
   *
   * opts.inputs     {name: value} or Map: global variables the program starts with.
   * opts.functions  {name: fn} or Map: host functions the program may call. A function receives
   *                 Python's positional arguments and, only if the call passed keyword arguments,
   *                 one final Kwargs argument. It may return a value or a Promise. A thrown error
   *                 becomes a Python exception of class `err.pythonType` (a builtin exception
   *                 name) or RuntimeError, with `err.message`. A return value that cannot be
   *                 passed to Python becomes a TypeError inside Python.
   * opts.limits     { instructions, timeMs, memoryBytes, recursionDepth, outputBytes, hostCalls }.
   * opts.filename   name shown in tracebacks (default "<string>").
   * opts.result     false discards the last expression's value (script semantics, value null).
   * opts.onStdout / opts.onStderr   called with each decoded chunk of output as it is written.
   * opts.onCall     called after each host call with { name, args, kwargs, value | error }.
   * opts.signal     an AbortSignal, checked before the run and while host calls are pending.
   *
   * Resolves to { value, stdout, stderr } (value: the last expression statement's value, else
   * null). Rejects with PythonError (uncaught exception; an uncaught SystemExit also sets
   * exitCode), LimitError (a limit stopped the run) or MoatError (anything else); all carry the
   * stdout/stderr written so far.
   */
  async run(code, opts = {}) {
    return runProgram(this.#module, code, opts);
  }
}

let defaultMoat = null;

/** Runs `code` with a Moat loaded from the default location (loaded once, on first use). */
export async function run(code, opts = {}) {
  if (defaultMoat === null) {
    defaultMoat = Moat.load();
    defaultMoat.catch(() => { defaultMoat = null; });
  }
  return (await defaultMoat).run(code, opts);
}

export default Moat;

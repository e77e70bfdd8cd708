// moat-python: run untrusted Python (a 3.11 subset) in a WebAssembly sandbox.
//
//   import { Moat } from 'moat-python';
//   const moat = await Moat.load();
//   const { value, stdout } = await moat.run('x * 2', { inputs: { x: 21 } });   // value === 42
//
// The module is compiled once per Moat; every run gets a fresh instance (its own linear memory),
// so runs are isolated from each other. See js/README.md and docs/DESIGN.md sections 1 and 2.

import { compileModuleWithBytes, instantiate, ABI_VERSION } from './loader.js';
import { runProgram, startProgram, drive } from './run.js';
import { Instance, prepare, Status } from './harness.js';
import { MoatError, PythonError, LimitError } from './errors.js';
import { Kwargs } from './values.js';
import { Tuple, FrozenSet, PyFloat } from './cbor.js';
import { SandboxFs, Mount, mount, normalizePath } from './fs.js';
import { dumpInstance, parseSnapshot, moduleHash } from './snapshot.js';

export {
  MoatError, PythonError, LimitError, Kwargs, Tuple, FrozenSet, PyFloat, Status, ABI_VERSION,
  SandboxFs, Mount, mount, normalizePath,
};

const CONSTRUCT = Symbol('Moat.construct');

export class Moat {
  #module;
  #ctx;

  /** Use Moat.load(). */
  constructor(token, mod, hash) {
    if (token !== CONSTRUCT) throw new TypeError('use `await Moat.load()` to create a Moat');
    this.#module = mod;
    this.#ctx = {
      module: mod,
      hash,
      dump: (inst, answers) => dumpInstance(inst, answers, hash),
    };
  }

  /**
   * Compiles the interpreter module and checks it: its imports must be exactly moat.write and
   * moat.now, and its ABI version must be ours.
   * opts.wasm: a WebAssembly.Module, the module's bytes, a Response (or a Promise of one), a URL,
   * or a string (URL, or in Node a file path). Default: ../dist/moat.wasm beside this file.
   */
  static async load(opts = {}) {
    if (opts === null || typeof opts !== 'object') throw new TypeError('options must be an object');
    const { mod, bytes } = await compileModuleWithBytes(opts.wasm);
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
    return new Moat(CONSTRUCT, mod, bytes === null ? null : await moduleHash(bytes));
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
    return runProgram(this.#ctx, code, opts);
  }

  /**
   * Starts `code` step by step (docs/api.md "Step by step"). Resolves to
   * { kind: 'done', value, stdout, stderr, events } or { kind: 'calls', calls: [{ id, name, args,
   * kwargs }], resume(answers), dump(), events }; rejects like run(). opts as for run(), except that
   * `functions` may be just the names (an array): start() never calls them, it hands them to you.
   */
  async start(code, opts = {}) {
    return startProgram(this.#ctx, code, opts);
  }

  /**
   * Restores a snapshot made by step.dump() into a fresh instance: resolves to the same 'calls'
   * step. Each load is an independent run (loading the same bytes twice forks). opts: the run
   * options that are not in the snapshot (policy, onEvent, env, clock, seed, fs, onStdout, ...);
   * `inputs` and `limits` are part of the snapshot and are refused. To continue like run(), call
   * `step.run({ name: fn })` on the restored step.
   */
  async load(bytes, opts = {}) {
    if (opts === null || typeof opts !== 'object') throw new TypeError('options must be an object');
    const snap = await parseSnapshot(bytes, this.#ctx.hash);
    const { inputs, limits, ...rest } = opts;
    if (inputs !== undefined || limits !== undefined) throw new TypeError('moat.load(): inputs and limits come from the snapshot');
    const prepared = prepare('', rest);
    const inst = await Instance.create(rest, prepared, this.#ctx);
    const buf = inst.memory.buffer.byteLength;
    if (snap.memoryBytes > buf) {
      try {
        inst.memory.grow((snap.memoryBytes - buf) / 65536);
      } catch (e) {
        throw new MoatError(`cannot restore the snapshot: memory of ${snap.memoryBytes} bytes not available`, { cause: e });
      }
    } else if (snap.memoryBytes < buf) {
      throw new MoatError('not a valid Moat snapshot: its memory is smaller than a fresh instance\'s');
    }
    const mem = new Uint8Array(inst.memory.buffer);
    mem.fill(0);
    mem.set(snap.memory, 0);
    inst.out.parts = snap.stdout ? [snap.stdout] : [];
    inst.err.parts = snap.stderr ? [snap.stderr] : [];
    const preset = new Map([...snap.answers].map(([k, v]) => [k, [v, { restored: true }]]));
    const step = await inst.advance(Status.CALL, preset);
    return step;
  }

  /**
   * A session (REPL): `await s.feed(code)` runs code in the same interpreter, keeping globals,
   * imports and functions; resolves to { value, stdout, stderr, events } of that feed (stdout of
   * the feed only) or rejects like run(); after an error or a limit the session goes on.
   * opts as for run(); `functions` are performed as in run().
   */
  session(opts = {}) {
    return new Session(this.#ctx, opts);
  }
}

/** See Moat.session(). Feeds run one at a time, in the order they were given. */
class Session {
  #ctx;
  #opts;
  #inst = null;
  #queue = Promise.resolve();
  #prepared;
  #dead = null;

  constructor(ctx, opts) {
    this.#ctx = ctx;
    this.#opts = opts;
    this.#prepared = prepare('', opts);
  }

  feed(code) {
    const p = this.#queue.then(() => this.#feed(code));
    this.#queue = p.catch(() => {});
    return p;
  }

  async #feed(code) {
    if (this.#dead !== null) {
      throw new MoatError(`the session ended after an internal error: ${this.#dead.message}`, { cause: this.#dead });
    }
    if (this.#inst === null) {
      const inst = await Instance.create(this.#opts, this.#prepared, this.#ctx);
      // The empty program only sets up globals, inputs and functions; each feed then adds to them.
      await drive(inst, await inst.start(), this.#prepared.functions);
      this.#inst = inst;
    }
    const inst = this.#inst;
    const before = { out: inst.out.text().length, err: inst.err.text().length, events: inst.events.length };
    const slice = (r) => ({
      stdout: inst.out.text().slice(before.out),
      stderr: inst.err.text().slice(before.err),
      events: inst.events.slice(before.events),
    });
    try {
      const step = await drive(inst, await inst.feed(code), this.#prepared.functions);
      return { value: step.value, ...slice() };
    } catch (e) {
      if (e instanceof MoatError) Object.assign(e, slice());
      // A Python exception or a limit leaves the session usable; anything else (a trap, a corrupt
      // message, an abort) leaves the interpreter in an unknown state: no more feeds.
      if (!(e instanceof PythonError) && !(e instanceof LimitError)) this.#dead = e;
      throw e;
    }
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

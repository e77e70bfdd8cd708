// The harness: one paused-or-running interpreter instance and everything the host does around it.
//
// Every action the sandbox takes that reaches outside it is a host call (DESIGN.md section 1): the
// module returns with status CALL and a list of calls. This file turns that into data the embedder
// sees and decides on:
//
//   start(code)  ->  CALL  ->  for each call: event 'call' -> policy -> event 'decision'
//                               deny        -> PermissionError answer (automatic)
//                               {value}/{error} mock -> that answer (automatic)
//                               allow + reserved name (time.*, os.*, random.seed, fs.*)
//                                           -> answered by the OS layer from options (automatic)
//                               allow + user function -> handed to the embedder (a 'calls' step)
//              once every call has an answer -> moat_resume -> ... -> DONE | ERROR | LIMIT
//
// A 'calls' step holds the instance and nothing else: no timer runs while it waits (the time limit
// is measured by the VM's own clock reads, which happen only while it runs), so a step may wait
// for hours. `run()` (run.js) is a loop over steps that performs user calls with options.functions.
//
// Snapshots (snapshot.js) work because a paused run is entirely the instance's linear memory: the
// C stack is unwound at a pause, so the memory plus the answers already decided for the pending
// step is everything.

import { encode, decode } from './cbor.js';
import { MoatError, PythonError, LimitError } from './errors.js';
import { instantiate, readBytes, writeBytes } from './loader.js';
import {
  Kwargs, toWire, namedMap, corrupt, field, isMessage, expectString, expectInt,
} from './values.js';
import { OsLayer, RESERVED_OS } from './os.js';
import { createFs, FS_CALLS } from './fs.js';

/** Statuses returned by moat_start/moat_resume (MoatStatus in src/moat.h). */
export const Status = Object.freeze({ DONE: 0, CALL: 1, ERROR: 2, LIMIT: 3, FATAL: 4 });

/** JS option name -> config key of the limits map (DESIGN.md section 2). */
export const LIMIT_KEYS = Object.freeze({
  instructions: 'instructions',
  timeMs: 'time_ms',
  memoryBytes: 'memory_bytes',
  recursionDepth: 'recursion_depth',
  outputBytes: 'output_bytes',
  hostCalls: 'host_calls',
});

/** Largest source accepted (MOAT_MAX_SOURCE_BYTES in src/config.h); bigger ones never reach the module. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Options shared by run(), start() and session(). */
export const RUN_OPTIONS = new Set(['inputs', 'functions', 'modules', 'limits', 'filename', 'result', 'onStdout',
  'onStderr', 'onCall', 'signal', 'policy', 'onEvent', 'env', 'clock', 'seed', 'fs']);

const now = typeof performance !== 'undefined' && typeof performance.now === 'function'
  ? () => performance.now()
  : () => Date.now();

/** Collects one output stream, decoding UTF-8 incrementally (a character may span two writes). */
class OutputStream {
  constructor(listener, onText) {
    this.decoder = new TextDecoder('utf-8');
    this.parts = [];
    this.listener = typeof listener === 'function' ? listener : null;
    this.onText = onText;
  }

  push(bytes) {
    const text = this.decoder.decode(bytes, { stream: true });
    if (text.length > 0) this.emit(text);
  }

  finish() {
    const text = this.decoder.decode();
    if (text.length > 0) this.emit(text);
  }

  emit(text) {
    this.parts.push(text);
    this.onText(text);
    if (this.listener !== null) {
      try { this.listener(text); } catch { /* a throwing listener must not break the run */ }
    }
  }

  text() {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts.length === 0 ? '' : this.parts[0];
  }
}

function buildLimits(limits) {
  const m = new Map();
  if (limits === undefined || limits === null) return m;
  if (typeof limits !== 'object') throw new TypeError('opts.limits must be an object');
  for (const key of Object.keys(limits)) {
    const wire = LIMIT_KEYS[key];
    if (wire === undefined) {
      throw new TypeError(`unknown limit '${key}' (known: ${Object.keys(LIMIT_KEYS).join(', ')})`);
    }
    const v = limits[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'bigint') {
      if (v < 0n || v > 0xffffffffffffffffn) throw new RangeError(`limit ${key} out of range`);
      m.set(wire, v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
    } else if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
      m.set(wire, v);
    } else {
      throw new TypeError(`limit ${key} must be a non-negative integer, got ${String(v)}`);
    }
  }
  return m;
}

// Python 3.11's keywords: a global with one of these names could never be referenced.
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
  'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield']);

function checkNames(what, names) {
  for (const name of names) {
    if (typeof name !== 'string' || !/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name) || KEYWORDS.has(name)) {
      throw new TypeError(`${what} name ${JSON.stringify(name)} is not a Python identifier`);
    }
  }
}

/**
 * opts.functions as a Map name -> fn (or null when start() was given only names: an array of
 * names, or an object whose values are `true`).
 */
export function buildFunctions(functions) {
  if (Array.isArray(functions)) {
    checkNames('opts.functions', functions);
    return new Map(functions.map((n) => [n, null]));
  }
  const m = namedMap('opts.functions', functions);
  checkNames('opts.functions', m.keys());
  for (const [name, fn] of m) {
    if (fn === true) m.set(name, null);
    else if (typeof fn !== 'function') throw new TypeError(`opts.functions.${name} is not a function`);
  }
  return m;
}

/** Module names the standard library or the reserved host calls already use. */
const RESERVED_MODULES = new Set(['time', 'os', 'random', 'fs', 'math', 'json', 'itertools', 'functools',
  'collections', 'operator', 'string', 'copy', 'typing', 'sys', 'abc', 'enum', 'dataclasses', 'builtins']);

/**
 * opts.modules ({ tools: { fetch: fn } }) -> entries added to `functions` under dotted names
 * ("tools.fetch"): the interpreter builds `import tools` from the dotted names in config
 * "functions", and its calls arrive named "tools.fetch". In start(), a module's functions may be
 * `true` or the module an array of names (you answer them).
 */
export function addModules(functions, modules) {
  if (modules === undefined || modules === null) return;
  const mods = namedMap('opts.modules', modules);
  checkNames('opts.modules', mods.keys());
  for (const [mod, members] of mods) {
    if (RESERVED_MODULES.has(mod)) throw new TypeError(`opts.modules: '${mod}' is a built-in module name`);
    if (functions.has(mod)) throw new TypeError(`'${mod}' is both a module and a host function`);
    const fns = buildFunctions(members);
    if (fns.size === 0) throw new TypeError(`opts.modules.${mod} has no functions`);
    for (const [name, fn] of fns) functions.set(`${mod}.${name}`, fn);
  }
}

function buildConfig(opts, functions) {
  const inputs = namedMap('opts.inputs', opts.inputs);
  checkNames('opts.inputs', inputs.keys());
  for (const name of inputs.keys()) {
    if (functions.has(name)) throw new TypeError(`'${name}' is both an input and a host function`);
    for (const f of functions.keys()) {
      if (f.startsWith(`${name}.`)) throw new TypeError(`'${name}' is both an input and a host module`);
    }
  }
  const wireInputs = new Map();
  for (const [name, value] of inputs) {
    let wire;
    try {
      wire = toWire(value);
      encode(wire); // refuse unencodable inputs here, naming the culprit
    } catch (err) {
      throw new TypeError(`input '${name}' cannot be passed to Python: ${err.message}`);
    }
    wireInputs.set(name, wire);
  }
  const filename = opts.filename ?? '<string>';
  if (typeof filename !== 'string') throw new TypeError('opts.filename must be a string');
  const config = new Map([
    ['inputs', wireInputs],
    ['functions', [...functions.keys()]],
    ['limits', buildLimits(opts.limits)],
    ['filename', filename],
  ]);
  if (opts.result !== undefined) {
    if (typeof opts.result !== 'boolean') throw new TypeError('opts.result must be a boolean');
    if (!opts.result) config.set('result', false);
  }
  return encode(config);
}

/** Fed after a run that wrote files: writes the files the program left open (io._flush_all). */
const FLUSH_FILES_SRC = "if 'io' in __import__('sys').modules:\n    __import__('sys').modules['io']._flush_all()\n";

export function sourceBytes(code) {
  if (typeof code === 'string') return new TextEncoder().encode(code);
  if (code instanceof Uint8Array) return code;
  if (ArrayBuffer.isView(code)) return new Uint8Array(code.buffer, code.byteOffset, code.byteLength);
  if (code instanceof ArrayBuffer) return new Uint8Array(code);
  throw new TypeError('code must be a string or UTF-8 bytes');
}

function checkSourceSize(src) {
  if (src.length > MAX_SOURCE_BYTES) {
    // Refused before a byte is copied into the module: the limit protects the host's memory too.
    throw new LimitError({
      kind: 'source',
      message: `source of ${src.length} bytes exceeds the limit of ${MAX_SOURCE_BYTES} bytes`,
    }, {});
  }
}

// ---- CBOR framing of the response map {id: entry, ...} ----

function mapHeader(n) {
  if (n < 24) return Uint8Array.of(0xa0 | n);
  if (n < 0x100) return Uint8Array.of(0xb8, n);
  if (n < 0x10000) return Uint8Array.of(0xb9, n >> 8, n & 0xff);
  return Uint8Array.of(0xba, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function concat(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}

function wellFormed(s) {
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const PY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Python exception class named by a thrown JS value (err.pythonType), else RuntimeError. */
export function pythonTypeOf(err) {
  const t = err !== null && typeof err === 'object' ? err.pythonType : undefined;
  return typeof t === 'string' && PY_NAME.test(t) ? t : 'RuntimeError';
}

export function messageOf(err) {
  if (err instanceof Error) return String(err.message);
  if (err !== null && typeof err === 'object' && typeof err.message === 'string') return err.message;
  try { return String(err); } catch { return 'host function failed'; }
}

/**
 * Encodes one answer ({value} or {error: {type, message}}) as a response entry. A value that cannot
 * cross becomes a TypeError answer (raised inside Python at the call); returns [bytes, outcome]
 * where outcome is what was actually sent.
 */
export function encodeAnswer(name, answer) {
  if (answer !== null && typeof answer === 'object' && !Array.isArray(answer) && answer.error !== undefined) {
    const e = answer.error;
    const type = e !== null && typeof e === 'object' && typeof e.type === 'string' && PY_NAME.test(e.type) ? e.type : 'RuntimeError';
    const message = wellFormed(e !== null && typeof e === 'object' && e.message !== undefined ? String(e.message) : String(e));
    const outcome = { error: { type, message } };
    return [encode(new Map([['error', new Map([['type', type], ['message', message]])]])), outcome];
  }
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer) || !Object.hasOwn(answer, 'value')) {
    throw new TypeError(`the answer for '${name}' must be { value } or { error: { type, message } }`);
  }
  try {
    return [encode(new Map([['value', toWire(answer.value)]])), { value: answer.value }];
  } catch (err) {
    return encodeAnswer(name, {
      error: { type: 'TypeError', message: `host function '${name}' returned a value that cannot be passed to Python: ${messageOf(err)}` },
    });
  }
}

/** Parses and checks the {"calls": [...]} message of a CALL status. */
export function parseCalls(msg) {
  if (!isMessage(msg)) throw corrupt('CALL result is not a map');
  const calls = field(msg, 'calls');
  if (!Array.isArray(calls) || calls.length === 0) throw corrupt('CALL result has no calls');
  const seen = new Set();
  return calls.map((c, i) => {
    const ctx = `calls[${i}]`;
    if (!isMessage(c)) throw corrupt(`${ctx} is not a map`);
    const id = expectInt(c, 'id', ctx);
    if (id < 0) throw corrupt(`${ctx}.id is negative`);
    const key = String(id);
    if (seen.has(key)) throw corrupt(`duplicate call id ${key}`);
    seen.add(key);
    const name = expectString(c, 'name', ctx);
    const args = field(c, 'args') ?? [];
    if (!Array.isArray(args)) throw corrupt(`${ctx}.args is not an array`);
    const kwargsRaw = field(c, 'kwargs');
    let kwargs = null;
    if (kwargsRaw !== undefined && kwargsRaw !== null) {
      const entries = kwargsRaw instanceof Map ? [...kwargsRaw]
        : isMessage(kwargsRaw) ? Object.entries(kwargsRaw) : null;
      if (entries === null) throw corrupt(`${ctx}.kwargs is not a map`);
      if (entries.some(([k]) => typeof k !== 'string')) throw corrupt(`${ctx}.kwargs has a non-string key`);
      if (entries.length > 0) kwargs = Kwargs.from(entries);
    }
    return { id, name, args: [...args], kwargs };
  });
}

/** Checks run options; returns the parsed pieces every instance needs. */
export function prepare(code, opts) {
  if (opts === null || typeof opts !== 'object') throw new TypeError('options must be an object');
  for (const k of Object.keys(opts)) {
    if (!RUN_OPTIONS.has(k)) throw new TypeError(`unknown run option '${k}'`);
  }
  const src = sourceBytes(code);
  checkSourceSize(src);
  const functions = buildFunctions(opts.functions);
  addModules(functions, opts.modules);
  for (const name of functions.keys()) {
    if (RESERVED_OS.has(name) || FS_CALLS.has(name)) throw new TypeError(`'${name}' is a reserved host-call name`);
  }
  const config = buildConfig(opts, functions);
  const signal = opts.signal;
  if (signal != null && (typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    throw new TypeError('opts.signal must be an AbortSignal');
  }
  if (opts.policy !== undefined && typeof opts.policy !== 'function') throw new TypeError('opts.policy must be a function');
  if (opts.onEvent !== undefined && typeof opts.onEvent !== 'function') throw new TypeError('opts.onEvent must be a function');
  const os = new OsLayer(opts);
  const fs = createFs(opts.fs);
  return { src, functions, config, signal, os, fs };
}

/**
 * One interpreter instance and its run. Created by `Instance.create`; the step objects handed to
 * the embedder are thin views over it.
 */
export class Instance {
  constructor(opts, prepared, ctx) {
    this.opts = opts;
    this.p = prepared;
    this.ctx = ctx; // { module, moduleHash, zlib }
    this.events = [];
    this.seq = 0;
    this.fault = null;
    this.exports = null;
    this.memory = null;
    this.stepToken = 0; // bumps on each resume: an old step cannot be resumed twice
    this.finished = false;
    this.out = new OutputStream(opts.onStdout, (text) => this.emit({ type: 'print', stream: 'stdout', text }));
    this.err = new OutputStream(opts.onStderr, (text) => this.emit({ type: 'print', stream: 'stderr', text }));
  }

  static async create(opts, prepared, ctx) {
    const inst = new Instance(opts, prepared, ctx);
    const host = {
      write: (stream, bytes) => {
        if (stream === 1) inst.out.push(bytes);
        else if (stream === 2) inst.err.push(bytes);
        else inst.fault ??= new MoatError(`internal error: output to unknown stream ${stream}`);
      },
      now,
      fault: (e) => { inst.fault ??= e; },
    };
    const { exports, memory } = await instantiate(ctx.module, host);
    inst.exports = exports;
    inst.memory = memory;
    return inst;
  }

  /** Records an event and passes it to opts.onEvent (a throwing observer is ignored). */
  emit(event) {
    const e = { seq: this.seq++, time: Date.now(), ...event };
    this.events.push(e);
    if (typeof this.opts.onEvent === 'function') {
      try { this.opts.onEvent(e); } catch { /* observers cannot break the run */ }
    }
    return e;
  }

  output() {
    this.out.finish();
    this.err.finish();
    return { stdout: this.out.text(), stderr: this.err.text() };
  }

  /** Wraps an error with the output and events so far. */
  fail(message, cause) {
    const e = cause instanceof MoatError ? cause : new MoatError(message, { cause });
    const o = this.output();
    e.stdout = o.stdout;
    e.stderr = o.stderr;
    e.events = this.events;
    return e;
  }

  checkAbort() {
    const signal = this.p.signal;
    if (signal != null && signal.aborted) throw this.fail('the run was aborted', signal.reason);
  }

  untilAborted(promise) {
    const signal = this.p.signal;
    if (signal == null) return promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(this.fail('the run was aborted', signal.reason));
      if (signal.aborted) { onAbort(); return; }
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
        (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
      );
    });
  }

  enter(what, f) {
    let r;
    try {
      r = f();
    } catch (e) {
      this.finished = true;
      throw this.fail(`internal error: the Moat interpreter crashed in ${what}: ${e && e.message}`, e);
    }
    if (this.fault !== null) throw this.fail(this.fault.message, this.fault);
    return r;
  }

  readResult() {
    const ptr = this.enter('moat_result_ptr', () => this.exports.moat_result_ptr());
    const len = this.enter('moat_result_len', () => this.exports.moat_result_len());
    let bytes;
    try {
      bytes = readBytes(this.memory, ptr, len);
    } catch (e) {
      throw this.fail(e.message, e);
    }
    try {
      return decode(bytes);
    } catch (e) {
      throw this.fail(`internal error: corrupt result from the Moat module: ${e.message}`, e);
    }
  }

  /** moat_start with the prepared config and source; resolves to the first step. */
  async start() {
    this.checkAbort();
    this.isRun = true; // a run (not a session feed): files left open are written at its end
    let status;
    try {
      const cfgPtr = writeBytes(this.exports, this.memory, this.p.config);
      const srcPtr = writeBytes(this.exports, this.memory, this.p.src);
      status = this.enter('moat_start', () => this.exports.moat_start(cfgPtr, this.p.config.length, srcPtr, this.p.src.length));
      this.enter('moat_dealloc', () => { this.exports.moat_dealloc(cfgPtr); this.exports.moat_dealloc(srcPtr); });
    } catch (e) {
      throw this.fail(e.message, e);
    }
    return this.advance(status);
  }

  /** moat_feed (sessions): more source in the same run once the previous one finished. */
  async feed(code) {
    if (typeof this.exports.moat_feed !== 'function') {
      throw new MoatError('this build of the Moat module has no moat_feed export: sessions need a newer build');
    }
    const src = sourceBytes(code);
    checkSourceSize(src);
    this.isRun = false;
    this.finished = false;
    let status;
    try {
      const ptr = writeBytes(this.exports, this.memory, src);
      status = this.enter('moat_feed', () => this.exports.moat_feed(ptr, src.length));
      this.enter('moat_dealloc', () => this.exports.moat_dealloc(ptr));
    } catch (e) {
      throw this.fail(e.message, e);
    }
    return this.advance(status);
  }

  /**
   * Handles statuses until one needs the embedder: DONE resolves to a 'done' step, ERROR/LIMIT/FATAL
   * reject, CALL either answers every call itself (policy, OS, files) and resumes, or resolves to a
   * 'calls' step for the calls left to the embedder.
   */
  async advance(status, preset = null) {
    for (;;) {
      const msg = this.readResult();
      switch (status) {
        case Status.DONE: {
          if (!isMessage(msg)) throw this.fail(corrupt('DONE result is not a map').message);
          const value = field(msg, 'value');
          await this.flushFiles();
          this.finished = true;
          this.emit({ type: 'done' });
          return { kind: 'done', value: value === undefined ? null : value, ...this.output(), events: this.events };
        }
        case Status.CALL: {
          let calls;
          try {
            calls = parseCalls(msg);
          } catch (e) {
            this.finished = true;
            throw this.fail(e.message, e);
          }
          const answers = preset ?? await this.decide(calls);
          preset = null;
          const open = calls.filter((c) => !answers.has(String(c.id)));
          if (open.length > 0) return new CallsStep(this, calls, answers, open);
          status = this.resumeWith(calls, answers);
          continue;
        }
        case Status.ERROR: {
          await this.flushFiles();
          this.finished = true;
          throw this.pythonError(msg);
        }
        case Status.LIMIT: {
          this.finished = true;
          if (!isMessage(msg)) throw this.fail(corrupt('LIMIT result is not a map').message);
          const info = { kind: expectStringOr(this, msg, 'kind'), message: expectStringOr(this, msg, 'message') };
          this.emit({ type: 'limit', kind: info.kind, message: info.message });
          const e = new LimitError(info, this.output());
          e.events = this.events;
          throw e;
        }
        case Status.FATAL: {
          this.finished = true;
          const why = isMessage(msg) && typeof field(msg, 'message') === 'string' ? field(msg, 'message')
            : typeof msg === 'string' ? msg : 'unknown reason';
          throw this.fail(`the Moat module refused the run: ${why}`);
        }
        default:
          this.finished = true;
          throw this.fail(corrupt(`unknown status ${status}`).message);
      }
    }
  }

  /**
   * CPython writes the files a program left open when it exits (normally or by an uncaught
   * exception). io keeps them in a list: after a run that made file calls, a feed writes them,
   * its fs.* calls going through the policy and the event log like any other; its own outcome
   * is ignored (the run's result stands).
   */
  async flushFiles() {
    if (!this.isRun || !this.usedFiles || typeof this.exports.moat_feed !== 'function') return;
    this.usedFiles = false;
    this.isRun = false;
    try {
      const src = sourceBytes(FLUSH_FILES_SRC);
      const ptr = writeBytes(this.exports, this.memory, src);
      let status = this.enter('moat_feed', () => this.exports.moat_feed(ptr, src.length));
      this.enter('moat_dealloc', () => this.exports.moat_dealloc(ptr));
      while (status === Status.CALL) {
        const calls = parseCalls(this.readResult());
        const answers = await this.decide(calls);
        if (calls.some((c) => !answers.has(String(c.id)))) return; // only fs.* calls are expected
        status = this.resumeWith(calls, answers);
      }
    } catch (e) {
      if (this.p.signal != null && this.p.signal.aborted) throw e;
      // Otherwise the run's own result is what counts.
    }
  }

  pythonError(msg) {
    try {
      if (!isMessage(msg)) throw corrupt('ERROR result is not a map');
      const framesRaw = field(msg, 'frames') ?? [];
      if (!Array.isArray(framesRaw)) throw corrupt('ERROR result frames is not an array');
      const frames = framesRaw.map((f, i) => {
        if (!isMessage(f)) throw corrupt(`frames[${i}] is not a map`);
        const line = expectInt(f, 'line', `frames[${i}]`);
        return {
          filename: expectString(f, 'filename', `frames[${i}]`),
          line: typeof line === 'bigint' ? Number(line) : line,
          name: expectString(f, 'name', `frames[${i}]`),
        };
      });
      const info = {
        type: expectString(msg, 'type', 'error'),
        message: expectString(msg, 'message', 'error'),
        traceback: expectString(msg, 'traceback', 'error'),
        frames,
      };
      const exitCode = field(msg, 'exit_code');
      if (exitCode !== undefined) info.exitCode = Number(expectInt(msg, 'exit_code', 'error'));
      this.emit({ type: 'exception', pythonType: info.type, message: info.message });
      const e = new PythonError(info, this.output());
      e.events = this.events;
      return e;
    } catch (e) {
      if (e instanceof PythonError) return e;
      return this.fail(e.message, e);
    }
  }

  /**
   * Runs the policy and the OS/file layer over a step's calls. Returns a Map id -> [bytes, outcome]
   * of the calls answered here; the rest go to the embedder.
   */
  async decide(calls) {
    const answers = new Map();
    await this.untilAborted(Promise.all(calls.map(async (call) => {
      const view = { id: call.id, name: call.name, args: call.args, kwargs: call.kwargs };
      const asked = now();
      this.emit({ type: 'call', ...view });
      let decision = 'allow';
      if (typeof this.opts.policy === 'function') {
        try {
          decision = await this.opts.policy(view);
        } catch (err) {
          decision = { error: { type: pythonTypeOf(err), message: messageOf(err) } };
        }
      }
      let kind;
      if (decision === 'allow' || decision === undefined) kind = 'allow';
      else if (decision === 'deny') kind = 'deny';
      else if (decision !== null && typeof decision === 'object' && (Object.hasOwn(decision, 'value') || decision.error !== undefined)) kind = 'mock';
      else {
        kind = 'deny';
        decision = 'deny';
      }
      this.emit({ type: 'decision', id: call.id, name: call.name, decision: kind });
      let answer = null;
      if (kind === 'deny') {
        answer = { error: { type: 'PermissionError', message: `host call '${call.name}' denied by policy` } };
      } else if (kind === 'mock') {
        answer = decision;
      } else if (RESERVED_OS.has(call.name)) {
        answer = await settle(() => this.p.os.call(call.name, call.args, this.p.signal));
      } else if (FS_CALLS.has(call.name)) {
        if (call.name === 'fs.write') this.usedFiles = true;
        answer = await settle(() => this.p.fs.call(call.name, call.args));
      }
      if (answer !== null) answers.set(String(call.id), this.record(call, answer, asked));
      else call.asked = asked;
    })));
    return answers;
  }

  /** Encodes an answer and logs its 'result'/'error' event; returns [bytes, outcome]. */
  record(call, answer, asked) {
    const [bytes, outcome] = encodeAnswer(call.name, answer);
    const durationMs = asked === undefined ? 0 : now() - asked;
    if (outcome.error !== undefined) this.emit({ type: 'error', id: call.id, name: call.name, error: outcome.error, durationMs });
    else this.emit({ type: 'result', id: call.id, name: call.name, value: outcome.value, durationMs });
    if (typeof this.opts.onCall === 'function') {
      try {
        this.opts.onCall({ name: call.name, args: call.args, kwargs: call.kwargs, ...outcome });
      } catch { /* observers cannot break the run */ }
    }
    return [bytes, outcome];
  }

  /** Sends the response map for `calls` and returns the new status. */
  resumeWith(calls, answers) {
    this.checkAbort();
    const parts = [mapHeader(calls.length)];
    for (const c of calls) parts.push(encode(c.id), answers.get(String(c.id))[0]);
    const resp = concat(parts);
    let ptr;
    try {
      ptr = writeBytes(this.exports, this.memory, resp);
    } catch (e) {
      throw this.fail(e.message, e);
    }
    const status = this.enter('moat_resume', () => this.exports.moat_resume(ptr, resp.length));
    this.enter('moat_dealloc', () => this.exports.moat_dealloc(ptr));
    return status;
  }
}

/** Performs one user call with its JS function; resolves to the answer ({value} or {error}). */
async function perform(call, functions) {
  const fn = functions.get(call.name);
  if (typeof fn !== 'function') {
    return { error: { type: 'NameError', message: `host function '${call.name}' has no JS function (use start() to answer it)` } };
  }
  const argv = call.kwargs === null ? call.args : [...call.args, call.kwargs];
  try {
    return { value: await fn(...argv) };
  } catch (err) {
    return { error: { type: pythonTypeOf(err), message: messageOf(err) } };
  }
}

/** Drives `step` to the end, answering its calls with `functions` (a Map name -> fn). */
export async function drive(inst, step, functions) {
  while (step.kind === 'calls') {
    const answers = await inst.untilAborted(Promise.all(step.calls.map((c) => perform(c, functions))));
    const byId = new Map();
    step.calls.forEach((c, i) => { byId.set(c.id, answers[i]); });
    step = await step.resume(byId);
  }
  return step;
}

function expectStringOr(inst, msg, key) {
  const v = field(msg, key);
  if (typeof v !== 'string') throw inst.fail(corrupt(`limit.${key} is not a string`).message);
  return v;
}

async function settle(f) {
  try {
    return { value: await f() };
  } catch (err) {
    return { error: { type: pythonTypeOf(err), message: messageOf(err) } };
  }
}

/**
 * A paused run waiting for the embedder to answer `calls` (only the calls nobody else answered:
 * the policy's denials and mocks, and the OS and file calls, are answered already and appear in
 * `events`). `resume({ [id]: { value } | { error: { type, message } } })` answers all of them and
 * resolves to the next step. A step can be resumed once; `dump()` saves it as bytes.
 */
export class CallsStep {
  #inst;
  #token;
  #all;
  #answers;

  constructor(inst, all, answers, open) {
    this.#inst = inst;
    this.#token = ++inst.stepToken;
    this.#all = all;
    this.#answers = answers;
    this.kind = 'calls';
    this.calls = open.map((c) => ({ id: c.id, name: c.name, args: c.args, kwargs: c.kwargs }));
    this.events = inst.events;
  }

  /** Output so far. */
  get stdout() { return this.#inst.out.text(); }

  get stderr() { return this.#inst.err.text(); }

  /** Answers the pending calls and continues the run; resolves to the next step. */
  async resume(answers) {
    const inst = this.#inst;
    if (inst.stepToken !== this.#token || inst.finished) {
      throw new MoatError('this step was already resumed (restore a snapshot to run it again)');
    }
    if (answers === null || typeof answers !== 'object') throw new TypeError('resume() needs an object { [id]: { value } | { error } }');
    const given = answers instanceof Map ? new Map([...answers].map(([k, v]) => [String(k), v]))
      : new Map(Object.keys(answers).map((k) => [k, answers[k]]));
    const open = new Map(this.calls.map((c) => [String(c.id), c]));
    for (const k of given.keys()) {
      if (!open.has(k)) throw new TypeError(`resume(): no pending call with id ${k}`);
    }
    for (const k of open.keys()) {
      if (!given.has(k)) throw new TypeError(`resume(): pending call ${k} ('${open.get(k).name}') has no answer`);
    }
    const all = new Map(this.#answers);
    for (const c of this.#all) {
      const k = String(c.id);
      if (open.has(k)) all.set(k, inst.record(c, given.get(k), c.asked));
    }
    inst.stepToken++;
    const status = inst.resumeWith(this.#all, all);
    return inst.advance(status);
  }

  /**
   * Continues like run(): answers this and every later step with `functions` ({ name: fn } or a
   * Map) and resolves to the 'done' step (or rejects like run()).
   */
  async run(functions, modules) {
    const fns = buildFunctions(functions);
    addModules(fns, modules);
    return drive(this.#inst, this, fns);
  }

  /** Saves the paused run as bytes (see snapshot.js); moat.load(bytes) restores it. */
  dump() {
    const inst = this.#inst;
    if (inst.stepToken !== this.#token || inst.finished) throw new MoatError('this step was already resumed');
    return inst.ctx.dump(inst, [...this.#answers].map(([k, v]) => [k, v[0]]));
  }
}

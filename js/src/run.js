// One run: a fresh instance, the config and source written into it, then the start/resume loop
// (DESIGN.md section 1). The VM never calls the host except for output and the clock; a Python call
// to a host function makes moat_start/moat_resume *return* with status CALL, the host awaits the JS
// function (sync or async) and answers with moat_resume. Because the instance is thrown away at the
// end, nothing a program does survives into the next run, and a trap (a bug in the C code) costs
// only this run: it becomes a MoatError and the next run gets a new instance.
//
// Everything read back from the module is untrusted: pointers are bounds-checked, CBOR is decoded
// by the strict decoder, and every message is checked against its documented shape before use.

import { encode, decode } from './cbor.js';
import { MoatError, PythonError, LimitError } from './errors.js';
import { instantiate, readBytes, writeBytes } from './loader.js';
import {
  Kwargs, toWire, namedMap, corrupt, field, isMessage, expectString, expectInt,
} from './values.js';

/** Statuses returned by moat_start/moat_resume (MoatStatus in src/moat.h). */
export const Status = Object.freeze({ DONE: 0, CALL: 1, ERROR: 2, LIMIT: 3, FATAL: 4 });

/** JS option name -> config key of the limits map (DESIGN.md section 2). */
const LIMIT_KEYS = Object.freeze({
  instructions: 'instructions',
  timeMs: 'time_ms',
  memoryBytes: 'memory_bytes',
  recursionDepth: 'recursion_depth',
  outputBytes: 'output_bytes',
  hostCalls: 'host_calls',
});

/** Largest source accepted (MOAT_MAX_SOURCE_BYTES in src/config.h); bigger ones never reach the module. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

const RUN_OPTIONS = new Set(['inputs', 'functions', 'limits', 'filename', 'result', 'onStdout', 'onStderr', 'onCall', 'signal']);

const now = typeof performance !== 'undefined' && typeof performance.now === 'function'
  ? () => performance.now()
  : () => Date.now();

/** Collects one output stream, decoding UTF-8 incrementally (a character may span two writes). */
class OutputStream {
  constructor(listener) {
    this.decoder = new TextDecoder('utf-8');
    this.parts = [];
    this.listener = typeof listener === 'function' ? listener : null;
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
    if (this.listener !== null) {
      // A throwing listener must not break the run.
      try { this.listener(text); } catch { /* ignored */ }
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

function buildConfig(opts, functions) {
  const inputs = namedMap('opts.inputs', opts.inputs);
  checkNames('opts.inputs', inputs);
  for (const name of inputs.keys()) {
    if (functions.has(name)) throw new TypeError(`'${name}' is both an input and a host function`);
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
    // false: script semantics (python3 FILE.py), the last expression's value is discarded.
    if (!opts.result) config.set('result', false);
  }
  return encode(config);
}

// Python 3.11's keywords: a global with one of these names could never be referenced.
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
  'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
  'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield']);

/** Throws a TypeError unless every key of `m` is a usable Python global name. */
function checkNames(what, m) {
  for (const name of m.keys()) {
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name) || KEYWORDS.has(name)) {
      throw new TypeError(`${what} name ${JSON.stringify(name)} is not a Python identifier`);
    }
  }
}

function buildFunctions(functions) {
  const m = namedMap('opts.functions', functions);
  checkNames('opts.functions', m);
  for (const [name, fn] of m) {
    if (typeof fn !== 'function') throw new TypeError(`opts.functions.${name} is not a function`);
  }
  return m;
}

function sourceBytes(code) {
  if (typeof code === 'string') return new TextEncoder().encode(code);
  if (code instanceof Uint8Array) return code;
  if (ArrayBuffer.isView(code)) return new Uint8Array(code.buffer, code.byteOffset, code.byteLength);
  if (code instanceof ArrayBuffer) return new Uint8Array(code);
  throw new TypeError('code must be a string or UTF-8 bytes');
}

// ---- CBOR framing of the response map {id: entry, ...} ----
// The response is assembled from separately encoded entries so that one unencodable return value
// becomes a TypeError for that call only, without encoding anything twice.

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
  // CBOR text must be valid UTF-8: lone surrogates in a JS error message are replaced.
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function errorEntry(type, message) {
  message = wellFormed(message);
  return encode(new Map([['error', new Map([['type', type], ['message', message]])]]));
}

function pythonTypeOf(err) {
  const t = err !== null && typeof err === 'object' ? err.pythonType : undefined;
  return typeof t === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t) ? t : 'RuntimeError';
}

function messageOf(err) {
  if (err instanceof Error) return String(err.message);
  // A thrown plain object such as { pythonType, message } carries its message the same way.
  if (err !== null && typeof err === 'object' && typeof err.message === 'string') return err.message;
  try { return String(err); } catch { return 'host function failed'; }
}

/** Parses and checks the {"calls": [...]} message of a CALL status. */
function parseCalls(msg) {
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

/** Runs one host call; returns the encoded response entry ({"value": v} or {"error": ...}). */
async function callHost(call, functions, onCall) {
  const fn = functions.get(call.name);
  let outcome;
  if (fn === undefined) {
    outcome = { error: { type: 'NameError', message: `host function '${call.name}' is not registered` } };
  } else {
    const argv = call.kwargs === null ? call.args : [...call.args, call.kwargs];
    try {
      const value = await fn(...argv);
      let entry = null;
      try {
        entry = encode(new Map([['value', toWire(value)]]));
      } catch (err) {
        outcome = {
          error: {
            type: 'TypeError',
            message: `host function '${call.name}' returned a value that cannot be passed to Python: ${messageOf(err)}`,
          },
        };
      }
      if (entry !== null) {
        notify(onCall, call, { value });
        return entry;
      }
    } catch (err) {
      outcome = { error: { type: pythonTypeOf(err), message: messageOf(err) } };
    }
  }
  notify(onCall, call, outcome);
  return errorEntry(outcome.error.type, outcome.error.message);
}

function notify(onCall, call, outcome) {
  if (typeof onCall !== 'function') return;
  try {
    onCall({ name: call.name, args: call.args, kwargs: call.kwargs, ...outcome });
  } catch { /* a throwing observer must not break the run */ }
}

/**
 * Runs `code` in a fresh instance of `mod`. See Moat.run in index.js for the options.
 */
export async function runProgram(mod, code, opts = {}) {
  if (opts === null || typeof opts !== 'object') throw new TypeError('options must be an object');
  for (const k of Object.keys(opts)) {
    if (!RUN_OPTIONS.has(k)) throw new TypeError(`unknown run option '${k}'`);
  }
  const src = sourceBytes(code);
  if (src.length > MAX_SOURCE_BYTES) {
    // Refused before a byte is copied into the module: the limit protects the host's memory too.
    throw new LimitError({
      kind: 'source',
      message: `source of ${src.length} bytes exceeds the limit of ${MAX_SOURCE_BYTES} bytes`,
    }, {});
  }
  const functions = buildFunctions(opts.functions);
  const config = buildConfig(opts, functions);
  const signal = opts.signal;
  if (signal != null && (typeof signal.aborted !== 'boolean' || typeof signal.addEventListener !== 'function')) {
    throw new TypeError('opts.signal must be an AbortSignal');
  }

  const out = new OutputStream(opts.onStdout);
  const err = new OutputStream(opts.onStderr);
  let fault = null;
  const host = {
    write(stream, bytes) {
      if (stream === 1) out.push(bytes);
      else if (stream === 2) err.push(bytes);
      else fault ??= new MoatError(`internal error: output to unknown stream ${stream}`);
    },
    now,
    fault(e) { fault ??= e; },
  };

  const output = () => {
    out.finish();
    err.finish();
    return { stdout: out.text(), stderr: err.text() };
  };
  const fail = (message, cause) => {
    const e = cause instanceof MoatError ? cause : new MoatError(message, { cause });
    const o = output();
    e.stdout = o.stdout;
    e.stderr = o.stderr;
    return e;
  };

  const checkAbort = () => {
    if (signal != null && signal.aborted) throw fail('the run was aborted', signal.reason);
  };
  checkAbort();
  // Host calls that never settle must not hold the run forever once the signal fires.
  const untilAborted = (promise) => {
    if (signal == null) return promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(fail('the run was aborted', signal.reason));
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
        (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
      );
    });
  };

  const { exports, memory } = await instantiate(mod, host);

  // Calls into the module: a trap (unreachable, out-of-bounds access, stack overflow) ends the
  // run with a MoatError; the broken instance is dropped with this closure.
  const enter = (what, f) => {
    let r;
    try {
      r = f();
    } catch (e) {
      throw fail(`internal error: the Moat interpreter crashed in ${what}: ${e && e.message}`, e);
    }
    if (fault !== null) throw fail(fault.message, fault);
    return r;
  };

  const readResult = () => {
    const ptr = enter('moat_result_ptr', () => exports.moat_result_ptr());
    const len = enter('moat_result_len', () => exports.moat_result_len());
    let bytes;
    try {
      bytes = readBytes(memory, ptr, len);
    } catch (e) {
      throw fail(e.message, e);
    }
    try {
      return decode(bytes);
    } catch (e) {
      throw fail(`internal error: corrupt result from the Moat module: ${e.message}`, e);
    }
  };

  let status;
  try {
    const cfgPtr = writeBytes(exports, memory, config);
    const srcPtr = writeBytes(exports, memory, src);
    status = enter('moat_start', () => exports.moat_start(cfgPtr, config.length, srcPtr, src.length));
  } catch (e) {
    throw fail(e.message, e);
  }

  for (;;) {
    const msg = readResult();
    try {
      switch (status) {
        case Status.DONE: {
          if (!isMessage(msg)) throw corrupt('DONE result is not a map');
          const value = field(msg, 'value');
          return { value: value === undefined ? null : value, ...output() };
        }
        case Status.CALL: {
          const calls = parseCalls(msg);
          const entries = await untilAborted(Promise.all(calls.map((c) => callHost(c, functions, opts.onCall))));
          checkAbort();
          const parts = [mapHeader(calls.length)];
          calls.forEach((c, i) => { parts.push(encode(c.id), entries[i]); });
          const resp = concat(parts);
          const ptr = writeBytes(exports, memory, resp);
          status = enter('moat_resume', () => exports.moat_resume(ptr, resp.length));
          enter('moat_dealloc', () => exports.moat_dealloc(ptr));
          continue;
        }
        case Status.ERROR: {
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
          throw new PythonError(info, output());
        }
        case Status.LIMIT: {
          if (!isMessage(msg)) throw corrupt('LIMIT result is not a map');
          const info = { kind: expectString(msg, 'kind', 'limit'), message: expectString(msg, 'message', 'limit') };
          throw new LimitError(info, output());
        }
        case Status.FATAL: {
          const why = isMessage(msg) && typeof field(msg, 'message') === 'string' ? field(msg, 'message')
            : typeof msg === 'string' ? msg : 'unknown reason';
          throw new MoatError(`the Moat module refused the run: ${why}`, output());
        }
        default:
          throw corrupt(`unknown status ${status}`);
      }
    } catch (e) {
      if (e instanceof PythonError || e instanceof LimitError) throw e;
      throw fail(e && e.message, e);
    }
  }
}

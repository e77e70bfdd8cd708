// JS-side value helpers: the Kwargs convention for host functions, the conversion of host values
// before CBOR encoding, and the shape checks of messages decoded from the module.

import { MoatError } from './errors.js';
import { PyFloat } from './cbor.js';

/** Deepest nesting accepted when converting host values (MOAT_CBOR_MAX_DEPTH in src/config.h). */
export const MAX_DEPTH = 200;

/**
 * Keyword arguments of a Python call to a host function.
 *
 * Convention: a host function receives Python's positional arguments as ordinary JS arguments and,
 * only when the Python call passed keyword arguments, one extra final argument that is a Kwargs
 * (a plain object with a distinct prototype, so `kw instanceof Kwargs` tells it apart from a
 * positional dict argument, which arrives as a Map). `f(1, 2)` calls `fn(1, 2)`;
 * `f(1, b=2)` calls `fn(1, Kwargs { b: 2 })`.
 */
export class Kwargs {
  /** Builds a Kwargs from a Map or iterable of [name, value] pairs (names must be strings). */
  static from(entries) {
    const kw = new Kwargs();
    for (const [k, v] of entries) {
      if (typeof k !== 'string') throw new TypeError('keyword argument names must be strings');
      // defineProperty, not assignment: a key named "__proto__" must stay an ordinary own property.
      Object.defineProperty(kw, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return kw;
  }
}

function isPlainObject(v) {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || proto === Kwargs.prototype;
}

/**
 * Prepares a host value for encoding: plain objects become Maps (Python dicts with str keys),
 * `undefined` at the top level becomes null (a function that returns nothing returns None).
 * Containers are copied only when something inside them changed. Throws TypeError on cycles and
 * on nesting deeper than MAX_DEPTH; other unsupported values are left for the encoder to refuse.
 */
export function toWire(value) {
  if (value === undefined) return null;
  return convert(value, 0, new Set());
}

function convert(v, depth, ancestors) {
  // -0 is an integral number, which the encoder would send as the int 0: keep it a float.
  if (Object.is(v, -0)) return new PyFloat(-0);
  if (v === null || typeof v !== 'object') return v;
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
  if (depth >= MAX_DEPTH) throw new TypeError(`value nested deeper than ${MAX_DEPTH} levels`);
  if (ancestors.has(v)) throw new TypeError('cyclic value cannot be passed to Python');
  ancestors.add(v);
  try {
    if (Array.isArray(v)) {
      let out = null;
      for (let i = 0; i < v.length; i++) {
        const c = convert(v[i], depth + 1, ancestors);
        if (c !== v[i] && out === null) out = Array.prototype.slice.call(v, 0, i);
        if (out !== null) out.push(c);
      }
      if (out === null) return v;
      // Keep the Array subclass (Tuple) so a tuple stays a tuple.
      const Ctor = v.constructor;
      if (Ctor !== Array && typeof Ctor === 'function') {
        // Reflect.construct builds a real array with the subclass prototype without running the
        // subclass constructor (whose parameters we do not know).
        const copy = Reflect.construct(Array, [], Ctor);
        for (const c of out) copy.push(c);
        return copy;
      }
      return out;
    }
    if (v instanceof Map) {
      let changed = false;
      const entries = [];
      for (const [k, x] of v) {
        const ck = convert(k, depth + 1, ancestors);
        const cx = convert(x, depth + 1, ancestors);
        if (ck !== k || cx !== x) changed = true;
        entries.push([ck, cx]);
      }
      return changed ? new Map(entries) : v;
    }
    if (v instanceof Set) {
      let changed = false;
      const items = [];
      for (const x of v) {
        const cx = convert(x, depth + 1, ancestors);
        if (cx !== x) changed = true;
        items.push(cx);
      }
      if (!changed) return v;
      const Ctor = v.constructor;
      const copy = typeof Ctor === 'function' && Ctor !== Set ? Reflect.construct(Set, [], Ctor) : new Set();
      for (const x of items) copy.add(x);
      return copy;
    }
    if (isPlainObject(v)) {
      const m = new Map();
      for (const k of Object.keys(v)) m.set(k, convert(v[k], depth + 1, ancestors));
      return m;
    }
    return v;
  } finally {
    ancestors.delete(v);
  }
}

/** Turns a name -> value collection (plain object or Map) into a Map with string keys. */
export function namedMap(what, coll) {
  if (coll === undefined || coll === null) return new Map();
  let entries;
  if (coll instanceof Map) entries = [...coll];
  else if (typeof coll === 'object') entries = Object.keys(coll).map((k) => [k, coll[k]]);
  else throw new TypeError(`${what} must be an object or a Map`);
  for (const [k] of entries) {
    if (typeof k !== 'string') throw new TypeError(`${what} names must be strings`);
  }
  return new Map(entries);
}

// ---- shape checks of messages from the module (untrusted) ----

/** Throws the MoatError for a result that does not have the documented shape. */
export function corrupt(what) {
  return new MoatError(`internal error: corrupt result from the Moat module: ${what}`);
}

/** Reads a field of a decoded CBOR map (a Map, or a plain object if the decoder makes those). */
export function field(msg, key) {
  if (msg instanceof Map) return msg.get(key);
  if (msg !== null && typeof msg === 'object' && !Array.isArray(msg) && Object.hasOwn(msg, key)) return msg[key];
  return undefined;
}

export function isMessage(msg) {
  return msg instanceof Map || (msg !== null && typeof msg === 'object' && !Array.isArray(msg) &&
    !ArrayBuffer.isView(msg) && !(msg instanceof Set));
}

export function expectString(msg, key, ctx) {
  const v = field(msg, key);
  if (typeof v !== 'string') throw corrupt(`${ctx}.${key} is not a string`);
  return v;
}

export function expectInt(msg, key, ctx) {
  const v = field(msg, key);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') return v;
  throw corrupt(`${ctx}.${key} is not an integer`);
}

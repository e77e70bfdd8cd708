// The JS side of the boundary's value format (DESIGN.md section 2): a strict subset of CBOR
// (RFC 8949). The C side is src/boundary/cbor.c; both are tested on tests/vectors/cbor.json.
//
// decode() reads bytes produced by the sandboxed program, so it trusts nothing: definite lengths
// only, every length checked against the bytes left before anything is allocated, nesting bounded
// by MAX_DEPTH (containers count, tags do not), valid UTF-8, no trailing bytes, and unknown tags,
// undefined, simple values, half and single floats rejected. Map keys must be hashable in Python
// terms (no lists, dicts or sets, also not inside a tuple key).
//
// Mapping: None <-> null, bool <-> boolean, int <-> number when a safe integer else BigInt (tags
// 2/3 beyond 64 bits), float <-> number (PyFloat forces a float for an integral value), str <->
// string, bytes <-> Uint8Array, list <-> Array, tuple <-> Tuple (tag 40001), dict <-> Map (plain
// objects encode as maps with string keys), set <-> Set (tag 258), frozenset <-> FrozenSet (tag
// 40002). undefined encodes as null. Functions, symbols, Promises, cycles and other objects throw
// TypeError.

/** Deepest nesting either side accepts (MOAT_CBOR_MAX_DEPTH in src/config.h). */
export const MAX_DEPTH = 200;

/** Largest message decode() accepts (MOAT_CBOR_MAX_BYTES in src/config.h). */
export const MAX_BYTES = 64 * 1024 * 1024;

const TAG_POS_BIGNUM = 2;
const TAG_NEG_BIGNUM = 3;
const TAG_SET = 258;
const TAG_TUPLE = 40001;
const TAG_FROZENSET = 40002;

/** A Python tuple: an Array subclass, encoded with tag 40001. */
export class Tuple extends Array {}

/** A Python frozenset: a Set subclass, encoded with tag 40002. */
export class FrozenSet extends Set {}

/** A number that Python must receive as a float even when it is integral (1.0, not 1). */
export class PyFloat {
  constructor(value) {
    this.value = Number(value);
  }

  valueOf() {
    return this.value;
  }

  toString() {
    return String(this.value);
  }
}

/** Thrown by decode() on malformed input. */
export class CborError extends Error {
  constructor(message) {
    super(`malformed CBOR: ${message}`);
    this.name = 'CborError';
  }
}

// ---- encoding ------------------------------------------------------------------------------------

class Writer {
  constructor() {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.len = 0;
  }

  reserve(n) {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
    this.view = new DataView(nb.buffer);
  }

  byte(b) {
    this.reserve(1);
    this.buf[this.len++] = b;
  }

  bytes(u8) {
    this.reserve(u8.length);
    this.buf.set(u8, this.len);
    this.len += u8.length;
  }

  // A head with the shortest argument; v is a number (safe integer >= 0) or a BigInt < 2**64.
  head(major, v) {
    const m = major << 5;
    if (typeof v === 'bigint') {
      if (v <= 0xffffffffn) {
        v = Number(v);
      } else {
        this.reserve(9);
        this.buf[this.len++] = m | 27;
        this.view.setBigUint64(this.len, v);
        this.len += 8;
        return;
      }
    }
    if (v < 24) {
      this.byte(m | v);
    } else if (v <= 0xff) {
      this.reserve(2);
      this.buf[this.len++] = m | 24;
      this.buf[this.len++] = v;
    } else if (v <= 0xffff) {
      this.reserve(3);
      this.buf[this.len++] = m | 25;
      this.view.setUint16(this.len, v);
      this.len += 2;
    } else if (v <= 0xffffffff) {
      this.reserve(5);
      this.buf[this.len++] = m | 26;
      this.view.setUint32(this.len, v);
      this.len += 4;
    } else {
      this.head(major, BigInt(v));
    }
  }

  float64(x) {
    this.reserve(9);
    this.buf[this.len++] = 0xfb;
    this.view.setFloat64(this.len, x);
    this.len += 8;
  }

  result() {
    return this.buf.slice(0, this.len);
  }
}

const textEncoder = new TextEncoder();
const U64_MAX = (1n << 64n) - 1n;

function bigintToBytes(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out;
}

function encodeBigInt(w, v) {
  if (v >= 0n) {
    if (v <= U64_MAX) return w.head(0, v);
    w.head(6, TAG_POS_BIGNUM);
    const mag = bigintToBytes(v);
    w.head(2, mag.length);
    return w.bytes(mag);
  }
  const n = -1n - v;
  if (n <= U64_MAX) return w.head(1, n);
  w.head(6, TAG_NEG_BIGNUM);
  const mag = bigintToBytes(n);
  w.head(2, mag.length);
  return w.bytes(mag);
}

function isWellFormed(s) {
  if (typeof s.isWellFormed === 'function') return s.isWellFormed();
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

function describe(v) {
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (v instanceof Promise || (v !== null && typeof v === 'object' && typeof v.then === 'function')) {
    return 'a Promise (await it first)';
  }
  const name = v && v.constructor && v.constructor.name;
  return name ? `a ${name} object` : 'this object';
}

function encodeValue(w, v, depth, ancestors) {
  if (v === null || v === undefined) return w.byte(0xf6);
  switch (typeof v) {
    case 'boolean':
      return w.byte(v ? 0xf5 : 0xf4);
    case 'number':
      if (Number.isInteger(v)) {
        if (Number.isSafeInteger(v)) return v >= 0 ? w.head(0, v) : w.head(1, -1 - v);
        return encodeBigInt(w, BigInt(v));
      }
      return w.float64(v);
    case 'bigint':
      return encodeBigInt(w, v);
    case 'string': {
      if (!isWellFormed(v)) throw new TypeError('cannot send a string with a lone surrogate to Python');
      const b = textEncoder.encode(v);
      w.head(3, b.length);
      return w.bytes(b);
    }
    case 'object':
      break;
    default:
      throw new TypeError(`cannot send ${describe(v)} to Python`);
  }
  if (v instanceof PyFloat) return w.float64(v.value);
  if (v instanceof Uint8Array) {
    w.head(2, v.length);
    return w.bytes(v);
  }
  const isArray = Array.isArray(v);
  const isMap = v instanceof Map;
  const isSet = v instanceof Set;
  const proto = Object.getPrototypeOf(v);
  const isPlain = !isArray && !isMap && !isSet && (proto === Object.prototype || proto === null);
  if (!isArray && !isMap && !isSet && !isPlain) throw new TypeError(`cannot send ${describe(v)} to Python`);
  if (ancestors.has(v)) throw new TypeError('cannot send a cyclic value to Python');
  if (depth >= MAX_DEPTH) throw new TypeError(`cannot send a value nested deeper than ${MAX_DEPTH} levels to Python`);
  ancestors.add(v);
  depth++;
  if (isArray) {
    if (v instanceof Tuple) w.head(6, TAG_TUPLE);
    w.head(4, v.length);
    for (let i = 0; i < v.length; i++) encodeValue(w, v[i], depth, ancestors);
  } else if (isMap) {
    w.head(5, v.size);
    for (const [k, x] of v) {
      encodeValue(w, k, depth, ancestors);
      encodeValue(w, x, depth, ancestors);
    }
  } else if (isSet) {
    w.head(6, v instanceof FrozenSet ? TAG_FROZENSET : TAG_SET);
    w.head(4, v.size);
    for (const x of v) encodeValue(w, x, depth, ancestors);
  } else {
    const keys = Object.keys(v);
    w.head(5, keys.length);
    for (const k of keys) {
      encodeValue(w, k, depth, ancestors);
      encodeValue(w, v[k], depth, ancestors);
    }
  }
  ancestors.delete(v);
}

/** Encodes a JS value as CBOR for Python; throws TypeError for values Python cannot receive. */
export function encode(value) {
  const w = new Writer();
  encodeValue(w, value, 0, new Set());
  return w.result();
}

// ---- decoding ------------------------------------------------------------------------------------

const textDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class Reader {
  constructor(bytes, opts) {
    this.b = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.p = 0;
    this.depth = 0;
    this.wrapFloats = !!(opts && opts.wrapFloats);
  }

  left() {
    return this.b.length - this.p;
  }

  // Returns [major, ai, value]; value is a number, or a BigInt when it needs 8 bytes.
  head() {
    if (this.p >= this.b.length) throw new CborError('truncated');
    const ib = this.b[this.p++];
    const major = ib >> 5;
    const ai = ib & 31;
    if (ai < 24) return [major, ai, ai];
    let n;
    if (ai === 24) n = 1;
    else if (ai === 25) n = 2;
    else if (ai === 26) n = 4;
    else if (ai === 27) n = 8;
    else if (ai === 31) throw new CborError(major === 7 ? 'unexpected break' : 'indefinite length');
    else throw new CborError('reserved additional information value');
    if (this.left() < n) throw new CborError('truncated');
    let v;
    if (n === 1) v = this.b[this.p];
    else if (n === 2) v = this.view.getUint16(this.p);
    else if (n === 4) v = this.view.getUint32(this.p);
    else v = this.view.getBigUint64(this.p);
    this.p += n;
    return [major, ai, v];
  }

  // A length must fit in what is left (each item needs at least `per` bytes).
  length(v, per = 1) {
    const n = Number(v);
    if (typeof v === 'bigint' && v > BigInt(this.left())) throw new CborError('truncated');
    if (n > this.left() / per) throw new CborError('truncated');
    return n;
  }

  enter() {
    if (++this.depth > MAX_DEPTH) throw new CborError('nesting too deep');
  }

  item() {
    const [major, ai, v] = this.head();
    switch (major) {
      case 0:
        return typeof v === 'number' ? v : intValue(v);
      case 1:
        return typeof v === 'number' ? -1 - v : intValue(-1n - v);
      case 2: {
        const n = this.length(v);
        const out = this.b.slice(this.p, this.p + n);
        this.p += n;
        return out;
      }
      case 3: {
        const n = this.length(v);
        let s;
        try {
          s = textDecoder.decode(this.b.subarray(this.p, this.p + n));
        } catch {
          throw new CborError('invalid UTF-8 in text string');
        }
        this.p += n;
        return s;
      }
      case 4:
        return this.array(v, []);
      case 5:
        return this.map(v);
      case 6:
        return this.tagged(v);
      default:
        if (ai === 20) return false;
        if (ai === 21) return true;
        if (ai === 22) return null;
        if (ai === 23) throw new CborError('undefined is not a Python value');
        if (ai === 25) throw new CborError('half-precision float');
        if (ai === 26) throw new CborError('single-precision float');
        if (ai === 27) {
          const x = this.view.getFloat64(this.p - 8);
          return this.wrapFloats ? new PyFloat(x) : x;
        }
        throw new CborError('unsupported simple value');
    }
  }

  array(v, out) {
    const n = this.length(v);
    this.enter();
    for (let i = 0; i < n; i++) out.push(this.item());
    this.depth--;
    return out;
  }

  map(v) {
    const n = this.length(v, 2);
    this.enter();
    const m = new Map();
    for (let i = 0; i < n; i++) {
      const k = this.item();
      if (!hashable(k)) throw new CborError('map key is unhashable');
      m.set(k, this.item());
    }
    this.depth--;
    return m;
  }

  tagged(tag) {
    if (tag === TAG_POS_BIGNUM || tag === TAG_NEG_BIGNUM) {
      const [major, , v] = this.head();
      if (major !== 2) throw new CborError('bignum tag must wrap a byte string');
      const n = this.length(v);
      let mag = 0n;
      if (n > 0) {
        let hex = '';
        for (let i = 0; i < n; i++) hex += this.b[this.p + i].toString(16).padStart(2, '0');
        mag = BigInt('0x' + hex);
      }
      this.p += n;
      return intValue(tag === TAG_POS_BIGNUM ? mag : -1n - mag);
    }
    if (tag === TAG_TUPLE || tag === TAG_SET || tag === TAG_FROZENSET) {
      const [major, , v] = this.head();
      if (major !== 4) throw new CborError(`tag ${tag} must wrap an array`);
      if (tag === TAG_TUPLE) return this.array(v, new Tuple());
      const items = this.array(v, []);
      for (const x of items) if (!hashable(x)) throw new CborError('set element is unhashable');
      return tag === TAG_SET ? new Set(items) : new FrozenSet(items);
    }
    throw new CborError(`unknown tag ${tag}`);
  }
}

function intValue(big) {
  if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(big);
  return big;
}

// Python's view: lists, dicts and sets are unhashable, and so is a tuple that contains one.
function hashable(k) {
  if (k instanceof Tuple) return k.every(hashable);
  if (Array.isArray(k) || k instanceof Map) return false;
  if (k instanceof Set) return k instanceof FrozenSet;
  return true;
}

/**
 * Decodes one CBOR item that fills `bytes` (Uint8Array, ArrayBuffer or Buffer). Throws CborError
 * on malformed input. With `{ wrapFloats: true }` floats come back as PyFloat (exact round trip).
 */
export function decode(bytes, opts) {
  if (bytes instanceof ArrayBuffer) bytes = new Uint8Array(bytes);
  if (!(bytes instanceof Uint8Array)) throw new TypeError('decode expects a Uint8Array');
  if (bytes.length > MAX_BYTES) throw new CborError('message too large');
  if (bytes.length === 0) throw new CborError('empty message');
  const r = new Reader(bytes, opts);
  const v = r.item();
  if (r.p !== bytes.length) throw new CborError('trailing bytes');
  return v;
}

// Tests of js/src/cbor.js: every shared vector of tests/vectors/cbor.json (the C decoder runs the
// same ones in tests/c/test_cbor.c), the JS mapping rules and the encoder's refusals.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { encode, decode, Tuple, FrozenSet, PyFloat, CborError, MAX_DEPTH } from '../../js/src/cbor.js';

const here = dirname(fileURLToPath(import.meta.url));
const vectors = JSON.parse(readFileSync(join(here, '..', 'vectors', 'cbor.json'), 'utf8'));

const fromHex = (h) => new Uint8Array(h.match(/../g)?.map((x) => parseInt(x, 16)) ?? []);
const toHex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');

// The typed JSON form of a decoded value (the "value" field of the vectors).
function typed(v) {
  if (v === null) return { none: null };
  if (typeof v === 'boolean') return { bool: v };
  if (typeof v === 'bigint') {
    if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new Error(`safe integer ${v} decoded as BigInt`);
    }
    return { int: v.toString() };
  }
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`unsafe number ${v} for an int`);
    return { int: String(v) };
  }
  if (v instanceof PyFloat) {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, v.value);
    return { float: toHex(new Uint8Array(dv.buffer)) };
  }
  if (typeof v === 'string') return { str: v };
  if (v instanceof Uint8Array) return { bytes: toHex(v) };
  if (v instanceof Tuple) return { tuple: v.map(typed) };
  if (Array.isArray(v)) return { list: v.map(typed) };
  if (v instanceof Map) return { dict: [...v].map(([k, x]) => [typed(k), typed(x)]) };
  if (v instanceof FrozenSet) return { frozenset: [...v].map(typed) };
  if (v instanceof Set) return { set: [...v].map(typed) };
  throw new Error(`unexpected decoded value ${v}`);
}

// Float NaN payloads differ between platforms' repr: compare NaNs as NaN.
function normalise(t) {
  return JSON.parse(JSON.stringify(t), (k, x) => {
    if (k === 'float') {
      const dv = new DataView(new ArrayBuffer(8));
      fromHex(x).forEach((b, i) => dv.setUint8(i, b));
      return Number.isNaN(dv.getFloat64(0)) ? 'nan' : x;
    }
    return x;
  });
}

describe('shared vectors', () => {
  const valid = vectors.filter((v) => v.valid);
  const malformed = vectors.filter((v) => !v.valid);

  test('the vector file has both kinds', () => {
    expect(valid.length).toBeGreaterThan(50);
    expect(malformed.length).toBeGreaterThan(100);
  });

  test.each(valid.map((v) => [v.name, v]))('decodes %s', (name, v) => {
    const got = decode(fromHex(v.hex), { wrapFloats: true });
    expect(normalise(typed(got))).toEqual(normalise(v.value));
    if (v.canonical) expect(toHex(encode(got))).toBe(v.hex);
  });

  test.each(malformed.map((v) => [v.name, v]))('rejects %s', (name, v) => {
    expect(() => decode(fromHex(v.hex))).toThrow(CborError);
  });
});

describe('mapping', () => {
  const rt = (x) => decode(encode(x));

  test('numbers: integers are ints, others float64', () => {
    expect(toHex(encode(1))).toBe('01');
    expect(toHex(encode(-1))).toBe('20');
    expect(toHex(encode(-0))).toBe('00');
    expect(toHex(encode(1.5))).toBe('fb3ff8000000000000');
    expect(toHex(encode(new PyFloat(1)))).toBe('fb3ff0000000000000');
    expect(toHex(encode(NaN)).slice(0, 2)).toBe('fb');
    expect(toHex(encode(Infinity))).toBe('fb7ff0000000000000');
    expect(toHex(encode(2 ** 64))).toBe('c249010000000000000000');
    expect(rt(2 ** 60)).toBe(2n ** 60n);
    expect(rt(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(rt(-(2n ** 70n))).toBe(-(2n ** 70n));
    expect(rt(5n)).toBe(5);
    expect(decode(encode(new PyFloat(2)))).toBe(2);
  });

  test('containers', () => {
    const t = Tuple.from([1, 'a']);
    const back = rt([t, new Map([[t, 1]]), new Set([1]), new FrozenSet(['x'])]);
    expect(back[0]).toBeInstanceOf(Tuple);
    expect([...back[0]]).toEqual([1, 'a']);
    expect(back[1]).toBeInstanceOf(Map);
    expect([...back[1].values()]).toEqual([1]);
    expect(back[2]).toBeInstanceOf(Set);
    expect(back[2]).not.toBeInstanceOf(FrozenSet);
    expect(back[3]).toBeInstanceOf(FrozenSet);
    const tt = Reflect.construct(Array, [], Tuple);
    tt.push(1);
    expect(toHex(encode(tt))).toBe('d99c418101');
  });

  test('plain objects are maps with string keys; null and undefined are None', () => {
    const m = rt({ a: 1, b: [true, null, undefined] });
    expect(m).toBeInstanceOf(Map);
    expect(m.get('a')).toBe(1);
    expect(m.get('b')).toEqual([true, null, null]);
    expect(toHex(encode(undefined))).toBe('f6');
    expect(rt(Object.create(null))).toEqual(new Map());
  });

  test('bytes and strings', () => {
    const b = rt(new Uint8Array([0, 255]));
    expect(b).toBeInstanceOf(Uint8Array);
    expect([...b]).toEqual([0, 255]);
    expect(rt(Buffer.from('hi'))).toEqual(new Uint8Array([104, 105]));
    expect(rt('h\u00e9llo \ud83d\ude00')).toBe('h\u00e9llo \ud83d\ude00');
    expect(rt('\ufeffbom')).toBe('\ufeffbom');
  });

  test('depth: MAX_DEPTH levels pass, one more does not', () => {
    let v = [];
    for (let i = 1; i < MAX_DEPTH; i++) v = [v];
    expect(() => encode(v)).not.toThrow();
    expect(() => encode([v])).toThrow(TypeError);
  });
});

describe('encoder refusals', () => {
  test.each([
    ['function', () => 1, /function/],
    ['symbol', Symbol('s'), /symbol/],
    ['Promise', Promise.resolve(1), /Promise/],
    ['Date', new Date(0), /Date/],
    ['class instance', new (class Foo {})(), /Foo/],
    ['Uint16Array', new Uint16Array(2), /Uint16Array/],
    ['lone surrogate', 'a\ud800', /surrogate/],
    ['nested function', [1, { f: () => 1 }], /function/],
  ])('%s', (name, value, re) => {
    expect(() => encode(value)).toThrow(TypeError);
    expect(() => encode(value)).toThrow(re);
  });

  test('cyclic values', () => {
    const a = [1];
    a.push(a);
    expect(() => encode(a)).toThrow(/cyclic/);
    const m = new Map();
    m.set('self', m);
    expect(() => encode(m)).toThrow(/cyclic/);
    const o = {};
    o.o = o;
    expect(() => encode(o)).toThrow(/cyclic/);
    // The same object twice (not a cycle) is fine.
    const shared = [1];
    expect(rt2([shared, shared])).toEqual([[1], [1]]);
  });
});

function rt2(x) {
  return decode(encode(x));
}

describe('decoder limits', () => {
  test('huge declared lengths fail before allocating', () => {
    expect(() => decode(fromHex('9b00ffffffffffffff'))).toThrow(/truncated/);
    expect(() => decode(fromHex('5a7fffffff'))).toThrow(/truncated/);
  });

  test('non-Uint8Array input is refused', () => {
    expect(() => decode('f6')).toThrow(TypeError);
    expect(decode(fromHex('f6').buffer)).toBe(null);
  });

  test('random bytes never crash', () => {
    let seed = 1;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let i = 0; i < 20000; i++) {
      const n = 1 + (rand() % 12);
      const b = new Uint8Array(n);
      for (let j = 0; j < n; j++) b[j] = rand() & 0xff;
      try {
        const v = decode(b, { wrapFloats: true });
        encode(v);
      } catch (e) {
        if (!(e instanceof CborError)) throw e;
      }
    }
  });
});

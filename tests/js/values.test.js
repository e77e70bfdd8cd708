// Host-side value helpers (no wasm needed): the Kwargs convention and the conversion of host
// values before encoding.
import { Kwargs, toWire, namedMap, MAX_DEPTH } from '../../js/src/values.js';
import { Tuple, FrozenSet, encode, decode } from '../../js/src/cbor.js';

describe('Kwargs', () => {
  test('is a plain object with its own prototype', () => {
    const kw = Kwargs.from(new Map([['a', 1], ['b', 'x']]));
    expect(kw).toBeInstanceOf(Kwargs);
    expect(Object.keys(kw)).toEqual(['a', 'b']);
    expect({ ...kw }).toEqual({ a: 1, b: 'x' });
    const { a, b } = kw;
    expect([a, b]).toEqual([1, 'x']);
  });

  test('a key named __proto__ stays an own property', () => {
    const kw = Kwargs.from([['__proto__', 5]]);
    expect(Object.getPrototypeOf(kw)).toBe(Kwargs.prototype);
    expect(Object.getOwnPropertyDescriptor(kw, '__proto__').value).toBe(5);
  });

  test('refuses non-string names', () => {
    expect(() => Kwargs.from([[1, 2]])).toThrow(TypeError);
  });
});

describe('toWire', () => {
  test('undefined at the top level is None', () => {
    expect(toWire(undefined)).toBeNull();
  });

  test('plain objects become Maps, recursively, and other values are kept', () => {
    const v = toWire({ a: [1, { b: 2 }], t: Tuple.from([{ c: 3 }]) });
    expect(v).toBeInstanceOf(Map);
    expect(v.get('a')[1]).toBeInstanceOf(Map);
    expect(v.get('t')).toBeInstanceOf(Tuple);
    expect(v.get('t')[0].get('c')).toBe(3);
  });

  test('containers are copied only when something inside changed', () => {
    const arr = [1, 2, [3]];
    expect(toWire(arr)).toBe(arr);
    const m = new Map([[1, [2]]]);
    expect(toWire(m)).toBe(m);
    const s = new FrozenSet([1, 2]);
    expect(toWire(s)).toBe(s);
  });

  test('Kwargs become Maps', () => {
    const v = toWire(Kwargs.from([['x', 1]]));
    expect(v).toBeInstanceOf(Map);
    expect(v.get('x')).toBe(1);
  });

  test('cycles and deep nesting are TypeErrors', () => {
    const a = [];
    a.push(a);
    expect(() => toWire(a)).toThrow(/cyclic/);
    const o = {};
    o.self = o;
    expect(() => toWire(o)).toThrow(/cyclic/);
    let deep = 1;
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = [deep];
    expect(() => toWire(deep)).toThrow(/deeper/);
  });

  test('shared (non-cyclic) substructures are fine', () => {
    const shared = { x: 1 };
    const v = toWire([shared, shared]);
    expect(v[0].get('x')).toBe(1);
    expect(v[1].get('x')).toBe(1);
  });

  test('the result round-trips through CBOR', () => {
    const v = toWire({ n: null, list: [1, 2.5, 'é'], set: new Set([1]), big: 2n ** 70n });
    const back = decode(encode(v));
    expect(back.get('list')).toEqual([1, 2.5, 'é']);
    expect(back.get('big')).toBe(2n ** 70n);
    expect(back.get('set')).toEqual(new Set([1]));
  });
});

describe('namedMap', () => {
  test('accepts objects and Maps with string keys', () => {
    expect([...namedMap('x', { a: 1 })]).toEqual([['a', 1]]);
    expect([...namedMap('x', new Map([['b', 2]]))]).toEqual([['b', 2]]);
    expect(namedMap('x', undefined).size).toBe(0);
    expect(() => namedMap('x', new Map([[1, 2]]))).toThrow(TypeError);
    expect(() => namedMap('x', 5)).toThrow(TypeError);
  });
});

// Host calls inside dunder methods the VM calls for an instruction (issues 3 and 5): o[k],
// `k in o`, properties, __getattr__, `with`, iterator classes, os.environ. These run as frames in
// the VM loop itself, so a host function called inside them pauses the run like any other call.
import { Moat, Tuple } from '../../js/src/index.js';
import { wasmBytes } from './helpers.js';

let moat;
beforeAll(async () => {
  moat = await Moat.load({ wasm: wasmBytes() });
});

// A recording host: every call is logged as "name(arg)"; sync or async flavour.
function recorder(flavour) {
  const log = [];
  const make = (name, fn) => (flavour === 'async'
    ? async (...args) => { log.push(`${name}(${args.join(',')})`); await new Promise((r) => { setTimeout(r, 1); }); return fn(...args); }
    : (...args) => { log.push(`${name}(${args.join(',')})`); return fn(...args); });
  const functions = {
    lookup: make('lookup', (k) => ({ a: 1, b: 2 })[k] ?? null),
    save: make('save', () => true),
    check: make('check', (k) => k === 'yes'),
    fetch: make('fetch', (x) => `F:${x}`),
    open_session: make('open_session', () => 'S'),
    close_session: make('close_session', (how) => how === 'ValueError'),
    next_page: make('next_page', (i) => (i < 3 ? i * 10 : null)),
  };
  return { log, functions };
}

const CASES = [
  {
    name: '__getitem__ / __setitem__ / __delitem__',
    code: [
      'class Tools:',
      '    def __getitem__(self, k): return lookup(k)',
      '    def __setitem__(self, k, v): save(k, v)',
      '    def __delitem__(self, k): save(k)',
      't = Tools()',
      't["c"] = t["a"] + t["b"]',
      'del t["a"]',
      't["a"] * 100 if t["a"] else t["b"]',
    ],
    value: 100,
    calls: ['lookup(a)', 'lookup(b)', 'save(c,3)', 'save(a)', 'lookup(a)', 'lookup(a)'],
  },
  {
    name: '__contains__ (in / not in)',
    code: [
      'class Perms:',
      '    def __contains__(self, k): return check(k)',
      'p = Perms()',
      '["yes" in p, "no" in p, "yes" not in p, "no" not in p]',
    ],
    value: [true, false, false, true],
    calls: ['check(yes)', 'check(no)', 'check(yes)', 'check(no)'],
  },
  {
    name: 'property getter / setter and __getattr__',
    code: [
      'class Api:',
      '    @property',
      '    def data(self): return fetch("data")',
      '    @data.setter',
      '    def data(self, v): save(v)',
      '    def __getattr__(self, name): return fetch(name)',
      'a = Api()',
      'a.data = 7',
      '[a.data, a.other, a.data.lower()]',
    ],
    value: ['F:data', 'F:other', 'f:data'],
    calls: ['save(7)', 'fetch(data)', 'fetch(other)', 'fetch(data)'],
  },
  {
    name: 'with: __enter__ / __exit__ on the normal and the exceptional path',
    code: [
      'class Session:',
      '    def __enter__(self): return open_session()',
      '    def __exit__(self, t, v, tb): return close_session(t.__name__ if t else None)',
      'out = []',
      'with Session() as s:',
      '    out.append(s)',
      'with Session() as s:',
      '    raise ValueError("suppressed by the host")',
      'out.append("after")',
      'out',
    ],
    value: ['S', 'after'],
    calls: ['open_session()', 'close_session()', 'open_session()', 'close_session(ValueError)'],
  },
  {
    name: '__iter__ / __next__ (StopIteration ends the loop)',
    code: [
      'class Pages:',
      '    def __init__(self): self.i = 0',
      '    def __iter__(self):',
      '        lookup("b")',
      '        return self',
      '    def __next__(self):',
      '        v = next_page(self.i)',
      '        if v is None: raise StopIteration',
      '        self.i += 1',
      '        return v',
      'total = 0',
      'for v in Pages(): total += v',
      '[total, [v for v in Pages()]]',
    ],
    value: [30, [0, 10, 20]],
    calls: ['lookup(b)', 'next_page(0)', 'next_page(1)', 'next_page(2)', 'next_page(3)',
      'lookup(b)', 'next_page(0)', 'next_page(1)', 'next_page(2)', 'next_page(3)'],
  },
  {
    name: '__call__ of a tool object and a Python __get__ (functools.cached_property)',
    code: [
      'import functools',
      'class Tool:',
      '    def __init__(self, n): self.n = n',
      '    def __call__(self, *a, **kw): return fetch(self.n + str(a[0]) + str(kw.get("k", "")))',
      'class Doc:',
      '    @functools.cached_property',
      '    def body(self): return fetch("body")',
      't = Tool("t")',
      'd = Doc()',
      '[t(1), t(*[2], **{"k": 3}), d.body, d.body]',
    ],
    value: ['F:t1', 'F:t23', 'F:body', 'F:body'],
    calls: ['fetch(t1)', 'fetch(t23)', 'fetch(body)'],
  },
  {
    name: '__eq__ / __lt__ of comparison operators',
    code: [
      'class Item:',
      '    def __init__(self, k): self.k = k',
      '    def __eq__(self, o): return lookup(self.k) == lookup(o.k)',
      '    def __lt__(self, o): return lookup(self.k) < lookup(o.k)',
      '[Item("a") == Item("b"), Item("a") < Item("b"), Item("a") != Item("a")]',
    ],
    value: [false, true, false],
    calls: ['lookup(a)', 'lookup(b)', 'lookup(a)', 'lookup(b)', 'lookup(a)', 'lookup(a)'],
  },
  {
    name: 'class body and import',
    code: [
      'class Settings:',
      '    KEY = lookup("a")',
      '    class Inner:',
      '        V = lookup("b")',
      'import json',
      '[Settings.KEY, Settings.Inner.V, json.dumps(lookup("a"))]',
    ],
    value: [1, 2, '1'],
    calls: ['lookup(a)', 'lookup(b)', 'lookup(a)'],
  },
];

describe.each(['sync', 'async'])('host calls inside dunders (%s JS functions)', (flavour) => {
  test.each(CASES.map((c) => [c.name, c]))('%s', async (_name, c) => {
    const { log, functions } = recorder(flavour);
    const r = await moat.run(c.code.join('\n'), { functions });
    expect(r.value).toEqual(c.value);
    expect(log).toEqual(c.calls);
  });
});

describe('start()/resume() across an inline dunder', () => {
  test('a call inside __getitem__ is a pause; the answer becomes the subscript value', async () => {
    const code = [
      'class Tools:',
      '    def __getitem__(self, k):',
      '        return lookup(k) + 1',
      'Tools()["x"] * 2',
    ].join('\n');
    let step = await moat.start(code, { functions: ['lookup'] });
    expect(step.kind).toBe('calls');
    expect(step.calls.map((c) => [c.name, c.args])).toEqual([['lookup', ['x']]]);
    step = await step.resume({ [step.calls[0].id]: { value: 20 } });
    expect(step.kind).toBe('done');
    expect(step.value).toBe(42);
  });

  test('an error answer inside __exit__ propagates from the with statement', async () => {
    const code = [
      'class S:',
      '    def __enter__(self): return self',
      '    def __exit__(self, *a): return close_session()',
      'try:',
      '    with S():',
      '        pass',
      'except KeyError as e:',
      '    r = "caught " + str(e)',
      'r',
    ].join('\n');
    const functions = {
      close_session: () => { const e = new Error('gone'); e.pythonType = 'KeyError'; throw e; },
    };
    const r = await moat.run(code, { functions });
    expect(r.value).toBe("caught 'gone'");
  });
});

describe('os.environ with options.env', () => {
  test('k in os.environ and os.environ[k] ask the host', async () => {
    const code = [
      'import os',
      '["HOME" in os.environ, "NOPE" in os.environ, "NOPE" not in os.environ, os.environ["HOME"]]',
    ].join('\n');
    const r = await moat.run(code, { env: { HOME: '/home/agent' } });
    expect(r.value).toEqual([true, false, true, '/home/agent']);
  });

  test('a missing os.environ key raises KeyError', async () => {
    const code = [
      'import os',
      'try:',
      '    os.environ["NOPE"]',
      'except KeyError as e:',
      '    r = repr(e)',
      'r',
    ].join('\n');
    const r = await moat.run(code, { env: {} });
    expect(r.value).toBe("KeyError('NOPE')");
  });
});

// Host calls inside builtins that call back into Python: map/filter/zip/enumerate, sorted/min/max
// and list.sort with a key, any/all, list()/dict()/sum() of generators, star-unpacking. The VM
// runs these as frames of its own loop (vm.c, "pausable builtins"), so the calls pause.
const BUILTIN_CASES = [
  {
    name: 'map / filter with a host function and with a lambda calling one',
    code: [
      'xs = [3, 1, 2]',
      '[list(map(fetch, xs[:2])), list(map(lambda x: fetch(x) + "!", xs[2:])),',
      ' list(filter(check, ["yes", "no", "yes"])), [v for v in map(fetch, "ab")], type(map(fetch, xs)).__name__]',
    ],
    value: [['F:3', 'F:1'], ['F:2!'], ['yes', 'yes'], ['F:a', 'F:b'], 'map'],
    calls: ['fetch(3)', 'fetch(1)', 'fetch(2)', 'check(yes)', 'check(no)', 'check(yes)', 'fetch(a)', 'fetch(b)'],
  },
  {
    name: 'sorted / min / max / list.sort with a host key: every key first, then the order',
    code: [
      'xs = ["b", "a", "c"]',
      'ys = ["b", "a"]',
      'ys.sort(key=fetch, reverse=True)',
      '[sorted(xs, key=fetch), max(xs[:2], key=lookup), min(xs, key=lambda k: fetch(k)), ys]',
    ],
    value: [['a', 'b', 'c'], 'b', 'a', ['b', 'a']],
    calls: ['fetch(b)', 'fetch(a)', 'fetch(b)', 'fetch(a)', 'fetch(c)', 'lookup(b)', 'lookup(a)',
      'fetch(b)', 'fetch(a)', 'fetch(c)'],
  },
  {
    name: 'any / all over generators stop at the first decisive item',
    code: [
      'xs = ["no", "yes", "no"]',
      '[any(check(x) for x in xs), all(check(x) for x in xs), any(map(check, []))]',
    ],
    value: [true, false, false],
    calls: ['check(no)', 'check(yes)', 'check(no)'],
  },
  {
    name: 'enumerate / zip over generators that call the host',
    code: [
      'def pages():',
      '    i = 0',
      '    while (v := next_page(i)) is not None:',
      '        yield v',
      '        i += 1',
      'out = [(i, v) for i, v in enumerate(pages(), 1)]',
      'out + list(zip(pages(), "xy"))',
    ],
    value: [[1, 0], [2, 10], [3, 20], [0, 'x'], [10, 'y']],
    calls: ['next_page(0)', 'next_page(1)', 'next_page(2)', 'next_page(3)', 'next_page(0)', 'next_page(1)',
      'next_page(2)'],
  },
  {
    name: 'dict / set / tuple / sum / join / min / sorted of generators, and f(*gen)',
    code: [
      'def f(*a): return list(a)',
      'd = dict((k, lookup(k)) for k in "ab")',
      '[[d["a"], d["b"]], sorted(set(lookup(k) for k in "ab")), list(tuple(fetch(k) for k in "a")),',
      ' sum(lookup(k) for k in "ab"),',
      ' "-".join(fetch(k) for k in "ab"), min(lookup(k) for k in "b"), f(*(fetch(k) for k in "b")),',
      ' [*map(fetch, "a")]]',
    ],
    value: [[1, 2], [1, 2], ['F:a'], 3, 'F:a-F:b', 2, ['F:b'], ['F:a']],
    calls: ['lookup(a)', 'lookup(b)', 'lookup(a)', 'lookup(b)', 'fetch(a)', 'lookup(a)', 'lookup(b)', 'fetch(a)',
      'fetch(b)', 'lookup(b)', 'fetch(b)', 'fetch(a)'],
  },
  {
    name: 'asyncio.gather(*(fetch(u) for u in urls)) and of a list comprehension',
    code: [
      'import asyncio',
      'async def main(urls):',
      '    a = await asyncio.gather(*(fetch(u) for u in urls))',
      '    b = await asyncio.gather(*[lookup(u) for u in urls])',
      '    return a + b',
      'asyncio.run(main(["a", "b"]))',
    ],
    value: ['F:a', 'F:b', 1, 2],
    calls: ['fetch(a)', 'fetch(b)', 'lookup(a)', 'lookup(b)'],
  },
];

describe.each(['sync', 'async'])('host calls inside builtins that call Python (%s JS functions)', (flavour) => {
  test.each(BUILTIN_CASES.map((c) => [c.name, c]))('%s', async (_name, c) => {
    const { log, functions } = recorder(flavour);
    const r = await moat.run(c.code.join('\n'), { functions });
    expect(r.value).toEqual(c.value);
    expect(log).toEqual(c.calls);
  });
});

describe('errors and steps through pausable builtins', () => {
  const raising = {
    fetch: (x) => { if (x === 2) { const e = new Error(`no ${x}`); e.pythonType = 'KeyError'; throw e; } return x * 10; },
  };
  test.each([
    ['sorted key', 'sorted([1, 2, 3], key=fetch)'],
    ['map', 'list(map(fetch, [1, 2, 3]))'],
    ['for over map', 'for v in map(fetch, [1, 2]): pass'],
    ['any over a generator', 'any(fetch(x) > 100 for x in [1, 2])'],
  ])('a host error raised inside %s propagates with a CPython traceback', async (_n, expr) => {
    const code = `try:\n    ${expr}\nexcept KeyError as e:\n    r = repr(e)\nr`;
    const r = await moat.run(code, { functions: raising });
    expect(r.value).toBe("KeyError('no 2')");
    let err;
    try { await moat.run(expr, { functions: raising }); } catch (e) { err = e; }
    expect(err.type).toBe('KeyError');
    expect(err.frames.map((fr) => fr.name)).toEqual(['<module>'].concat(expr.startsWith('any') ? ['<genexpr>'] : []));
  });

  test('a host call denied by the policy inside map raises PermissionError there', async () => {
    const code = [
      'out = []',
      'for x in [1, 2]:',
      '    try:',
      '        out.append(list(map(fetch, [x])))',
      '    except PermissionError as e:',
      '        out.append(type(e).__name__)',
      'out',
    ].join('\n');
    const r = await moat.run(code, { functions: { fetch: (x) => x }, policy: (c) => (c.args[0] === 2 ? 'deny' : 'allow') });
    expect(r.value).toEqual([[1], 'PermissionError']);
  });

  test('a step paused inside sorted(key=...) and map survives dump/load', async () => {
    const code = 'ks = sorted(["b", "a"], key=f)\nvs = list(map(f, ks))\n(ks, vs)';
    let step = await moat.start(code, { functions: ['f'] });
    const seen = [];
    while (step.kind === 'calls') {
      const call = step.calls[0];
      seen.push(call.args[0]);
      const restored = await moat.load(step.dump());
      step = await restored.resume({ [restored.calls[0].id]: { value: `v${call.args[0]}` } });
    }
    expect(seen).toEqual(['b', 'a', 'a', 'b']);
    expect(step.value).toEqual(Tuple.from([['a', 'b'], ['va', 'vb']]));
  });
});

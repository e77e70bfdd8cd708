// Host calls inside dunder methods the VM calls for an instruction (issues 3 and 5): o[k],
// `k in o`, properties, __getattr__, `with`, iterator classes, os.environ. These run as frames in
// the VM loop itself, so a host function called inside them pauses the run like any other call.
import { Moat } from '../../js/src/index.js';
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

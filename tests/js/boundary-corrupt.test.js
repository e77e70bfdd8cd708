// Boundary corruption in both directions (issue 4, "Clean failure"), against the real wasm module:
//   (a) request side: the bytes the host reads from the module (the CALL, DONE and ERROR results)
//       are corrupted before the harness decodes them: every byte inverted, single bits flipped,
//       every truncation, and a length pointing past the module's memory;
//   (b) response side: the bytes the harness writes for moat_resume (the answers to host calls) are
//       corrupted the same ways before the module reads them.
// Each run must resolve normally (a corruption can still be a valid message, e.g. another string)
// or reject with a MoatError (PythonError and LimitError included): never a TypeError/RangeError
// from inside the harness, a crash of the module or a hang; and the next run must work.
//
// No hook in js/src is needed: the test wraps WebAssembly.instantiate so that each run's instance
// gets exports whose moat_result_ptr/len (request side) or moat_resume (response side) go through
// the corruption, the way a buggy or compromised module or host would.
import { Moat, MoatError } from '../../js/src/index.js';
import { wasmBytes } from './helpers.js';

let moat;
const realInstantiate = WebAssembly.instantiate;
/** The corruption of the current run: null, or { side: 'result'|'resume', nth, mutate(bytes) }. */
let corruption = null;

beforeAll(async () => {
  WebAssembly.instantiate = async (...args) => {
    const result = await realInstantiate.apply(WebAssembly, args);
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    if (!corruption) return result;
    const wrapped = wrapExports(instance.exports, corruption);
    const fake = { exports: wrapped };
    return result instanceof WebAssembly.Instance ? fake : { module: result.module, instance: fake };
  };
  moat = await Moat.load({ wasm: wasmBytes() });
});

afterAll(() => {
  WebAssembly.instantiate = realInstantiate;
});

/** Exports whose nth result (or nth resume) passes through c.mutate. */
function wrapExports(real, c) {
  const ex = { ...real };
  let results = 0;
  let resumes = 0;
  let cached = null; // { ptr, len } of the mutated copy for the current result
  const copyIn = (bytes) => {
    const ptr = real.moat_alloc(Math.max(bytes.length, 1)) >>> 0;
    new Uint8Array(real.memory.buffer, ptr, bytes.length).set(bytes);
    return ptr;
  };
  if (c.side === 'result') {
    ex.moat_result_ptr = () => {
      results++;
      cached = null;
      if (results !== c.nth) return real.moat_result_ptr();
      const ptr = real.moat_result_ptr() >>> 0;
      const len = real.moat_result_len() >>> 0;
      const bytes = new Uint8Array(real.memory.buffer, ptr, len).slice();
      const out = c.mutate(bytes);
      if (out.pastEnd) {
        cached = { ptr: real.memory.buffer.byteLength - 4, len: 1 << 20 };
      } else {
        cached = { ptr: copyIn(out), len: out.length };
      }
      return cached.ptr;
    };
    ex.moat_result_len = () => (cached ? cached.len : real.moat_result_len());
  } else {
    ex.moat_resume = (ptr, len) => {
      resumes++;
      if (resumes !== c.nth) return real.moat_resume(ptr, len);
      const bytes = new Uint8Array(real.memory.buffer, ptr >>> 0, len >>> 0).slice();
      const out = c.mutate(bytes);
      return real.moat_resume(copyIn(out), out.length);
    };
  }
  return ex;
}

const PROGRAM = [
  'try:',
  '    v = f(1, "two", [3.5, None])',
  '    print("value", type(v).__name__)',
  'except Exception as e:',
  '    print("error", type(e).__name__)',
  'g(2)',
  'raise ValueError("the end")',
].join('\n');

const FUNCTIONS = {
  f: (...args) => ({ got: args, nested: [1, 'two', { k: 3.5 }] }),
  g: (x) => x,
};

/** Runs PROGRAM under `c`; returns 'ok' (resolved), or the error, which must be a MoatError. */
async function runCorrupted(c) {
  corruption = c;
  try {
    await moat.run(PROGRAM, { functions: FUNCTIONS, limits: { instructions: 1e6 } });
    return 'ok';
  } catch (err) {
    return err;
  } finally {
    corruption = null;
  }
}

/** Every corruption of a message of n bytes: inverted bytes, single bit flips, truncations. */
function* mutations(n) {
  for (let i = 0; i < n; i++) {
    for (const mask of [0xff, 0x01]) {
      yield { what: `byte ${i} ^ 0x${mask.toString(16)}`, kind: 'flip', mutate: (b) => { b[i] ^= mask; return b; } };
    }
  }
  for (let k = 0; k < n; k++) yield { what: `truncated to ${k}`, kind: 'truncation', mutate: (b) => b.slice(0, k) };
  yield { what: 'trailing garbage', kind: 'garbage', mutate: (b) => Uint8Array.from([...b, 0xff, 0x00, 0x61]) };
}

/** Length of the nth message of a side in a clean run (the mutate function sees the real bytes). */
async function messageLength(side, nth) {
  let n = -1;
  await runCorrupted({ side, nth, mutate: (b) => { n = b.length; return b; } });
  return n;
}

async function expectNextRunWorks() {
  const r = await moat.run('print("fine")\n6 * 7');
  expect(r.value).toBe(42);
  expect(r.stdout).toBe('fine\n');
}

/** The outcome of a clean run: PythonError ValueError after both calls. */
const isCleanOutcome = (out) => out instanceof MoatError && out.name === 'PythonError' && out.type === 'ValueError' &&
  out.message === 'the end' && out.stdout === 'value dict\n';

/**
 * Checks every corruption of the nth message of `side`: each must resolve or be a MoatError, and
 * every truncation and the trailing garbage must be refused as a plain MoatError (a message cut
 * short is never mistaken for a valid one). Returns { flips, changed }: how many bit flips changed
 * the outcome of the run (so the corruption demonstrably reached the decoder).
 */
async function sweep(side, nth) {
  const n = await messageLength(side, nth);
  expect(n).toBeGreaterThan(0);
  const bad = [];
  let flips = 0;
  let changed = 0;
  for (const m of mutations(n)) {
    const out = await runCorrupted({ side, nth, mutate: m.mutate });
    if (out !== 'ok' && !(out instanceof MoatError)) {
      bad.push(`${m.what}: not a MoatError: ${out && out.name}: ${out && out.message}`);
    } else if (m.kind !== 'flip' && !(out instanceof MoatError && out.name === 'MoatError')) {
      bad.push(`${m.what}: accepted (${out === 'ok' ? 'resolved' : out.name})`);
    } else if (m.kind === 'flip') {
      flips++;
      if (!isCleanOutcome(out)) changed++;
    }
  }
  expect(bad).toEqual([]);
  await expectNextRunWorks();
  return { flips, changed };
}

describe('a clean run of the test program', () => {
  test('calls f and g, then raises ValueError', async () => {
    const err = await runCorrupted(null);
    expect(err).toBeInstanceOf(MoatError);
    expect(err.name).toBe('PythonError');
    expect(err.type).toBe('ValueError');
    expect(err.stdout).toBe('value dict\n');
  });
});

describe('request side: corrupted results read by the host', () => {
  // Results in order: CALL (f), CALL (g), ERROR (ValueError).
  test.each([
    ['the first CALL result', 1],
    ['the second CALL result', 2],
    ['the ERROR result', 3],
  ])('%s: every corruption is a MoatError or still a valid message', async (_name, nth) => {
    const { flips, changed } = await sweep('result', nth);
    expect(changed).toBeGreaterThan(flips / 4);
  }, 120000);

  test('a result length pointing past the module memory is a MoatError', async () => {
    const err = await runCorrupted({ side: 'result', nth: 1, mutate: () => ({ pastEnd: true }) });
    expect(err).toBeInstanceOf(MoatError);
    expect(err.message).toMatch(/outside its memory/);
    await expectNextRunWorks();
  });
});

describe('response side: corrupted answers read by the module', () => {
  test.each([
    ['the answer to f (a nested value)', 1],
    ['the answer to g', 2],
  ])('%s: every corruption ends cleanly', async (_name, nth) => {
    const { flips, changed } = await sweep('resume', nth);
    expect(changed).toBeGreaterThan(flips / 4);
  }, 120000);
});

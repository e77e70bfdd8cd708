// async/await and asyncio with host functions (issue 5): a host function called from a coroutine
// returns an awaitable, and every call the tasks wait on goes to the host in ONE step, which
// run() performs concurrently.
import { Moat, PythonError } from '../../js/src/index.js';
import { wasmBytes } from './helpers.js';

let moat;
beforeAll(async () => {
  moat = await Moat.load({ wasm: wasmBytes() });
});

describe('async host functions', () => {
  test('gather of two async JS functions runs them concurrently', async () => {
    const events = [];
    const fetchItem = async (name) => {
      events.push(`start ${name}`);
      await new Promise((resolve) => { setTimeout(resolve, 30); });
      events.push(`end ${name}`);
      return name.toUpperCase();
    };
    const code = [
      'import asyncio',
      'async def main():',
      '    return await asyncio.gather(fetch_item("a"), fetch_item("b"))',
      'asyncio.run(main())',
    ].join('\n');
    const r = await moat.run(code, { functions: { fetch_item: fetchItem } });
    expect(r.value).toEqual(['A', 'B']);
    // Both started before either finished.
    expect(events.slice(0, 2).sort()).toEqual(['start a', 'start b']);
    expect(events.slice(2).sort()).toEqual(['end a', 'end b']);
  });

  test('start() hands all pending calls of the tasks over in one step', async () => {
    const code = [
      'import asyncio',
      'async def main():',
      '    r = await asyncio.gather(tool(1), tool(2), tool(x=3))',
      '    return r',
      'asyncio.run(main())',
    ].join('\n');
    let step = await moat.start(code, { functions: ['tool'] });
    expect(step.kind).toBe('calls');
    expect(step.calls.length).toBe(3);
    expect(step.calls.map((c) => c.name)).toEqual(['tool', 'tool', 'tool']);
    expect(step.calls[0].args).toEqual([1]);
    expect(step.calls[1].args).toEqual([2]);
    const answers = {};
    step.calls.forEach((c, i) => { answers[c.id] = { value: (i + 1) * 100 }; });
    step = await step.resume(answers);
    expect(step.kind).toBe('done');
    expect(step.value).toEqual([100, 200, 300]);
  });

  test('a failing async JS function raises in the awaiting coroutine only', async () => {
    const tools = {
      ok: async (x) => x * 2,
      bad: async () => { const e = new Error('tool failed'); e.pythonType = 'ValueError'; throw e; },
    };
    const code = [
      'import asyncio',
      'async def main():',
      '    r = await asyncio.gather(ok(21), bad(), return_exceptions=True)',
      '    return [x if isinstance(x, int) else type(x).__name__ + ": " + str(x) for x in r]',
      'asyncio.run(main())',
    ].join('\n');
    const r = await moat.run(code, { functions: tools });
    expect(r.value).toEqual([42, 'ValueError: tool failed']);
    const err = await moat.run(code.replace(', return_exceptions=True', ''), { functions: tools }).catch((e) => e);
    expect(err).toBeInstanceOf(PythonError);
    expect(err.type).toBe('ValueError');
  });

  test('called from synchronous code a host function still returns its value', async () => {
    const r = await moat.run('add(2, 3) * 10', { functions: { add: async (a, b) => a + b } });
    expect(r.value).toBe(50);
  });

  test('a step with several calls survives a snapshot (dump, load, resume)', async () => {
    const code = 'import asyncio\nasync def main():\n    return await asyncio.gather(tool(1), tool(2))\nasyncio.run(main())';
    const step = await moat.start(code, { functions: ['tool'] });
    expect(step.calls.length).toBe(2);
    const again = await moat.load(step.dump());
    expect(again.calls.map((c) => c.args[0])).toEqual([1, 2]);
    const answers = {};
    again.calls.forEach((c) => { answers[c.id] = { value: c.args[0] * 7 }; });
    const done = await again.resume(answers);
    expect(done.value).toEqual([7, 14]);
  });
});

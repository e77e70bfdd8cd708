// run(): the whole run in one call, built on the step API of harness.js. Every 'calls' step is
// answered by calling options.functions (sync or async; all calls of one step run concurrently),
// then resumed, until the run is done or throws. A thrown JS error becomes the Python exception
// named by err.pythonType (else RuntimeError); a value that cannot cross becomes a TypeError in
// Python (harness.js encodeAnswer).

import { Instance, prepare, drive } from './harness.js';

export { drive };

export { Status, MAX_SOURCE_BYTES } from './harness.js';

/** Starts `code` in a fresh instance; resolves to its first step. ctx: { module, dump }. */
export async function startProgram(ctx, code, opts = {}) {
  const prepared = prepare(code, opts);
  const inst = await Instance.create(opts, prepared, ctx);
  return inst.start();
}

/** Runs `code` in a fresh instance to the end. */
export async function runProgram(ctx, code, opts = {}) {
  const prepared = prepare(code, opts);
  const inst = await Instance.create(opts, prepared, ctx);
  const step = await drive(inst, await inst.start(), prepared.functions);
  return { value: step.value, stdout: step.stdout, stderr: step.stderr, events: step.events };
}

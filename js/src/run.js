// run(): the whole run in one call, built on the step API of harness.js. Every 'calls' step is
// answered by calling options.functions (sync or async; all calls of one step run concurrently),
// then resumed, until the run is done or throws. A thrown JS error becomes the Python exception
// named by err.pythonType (else RuntimeError); a value that cannot cross becomes a TypeError in
// Python (harness.js encodeAnswer).

import { Instance, prepare, pythonTypeOf, messageOf, Status } from './harness.js';

export { Status, MAX_SOURCE_BYTES } from './harness.js';

/** Performs one user call with its JS function; resolves to the answer ({value} or {error}). */
async function perform(call, functions) {
  const fn = functions.get(call.name);
  if (typeof fn !== 'function') {
    return { error: { type: 'NameError', message: `host function '${call.name}' has no JS function (use start() to answer it)` } };
  }
  const argv = call.kwargs === null ? call.args : [...call.args, call.kwargs];
  try {
    return { value: await fn(...argv) };
  } catch (err) {
    return { error: { type: pythonTypeOf(err), message: messageOf(err) } };
  }
}

/** Drives `step` to the end, answering calls with `functions`. */
export async function drive(inst, step, functions) {
  while (step.kind === 'calls') {
    const answers = await inst.untilAborted(Promise.all(step.calls.map((c) => perform(c, functions))));
    const byId = {};
    step.calls.forEach((c, i) => { byId[c.id] = answers[i]; });
    step = await step.resume(byId);
  }
  return step;
}

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

// The playground's sandbox thread. A run lives here so that the page stays responsive and so that
// Stop is a hard stop: the page terminates this worker (DESIGN.md section 1) and starts a new one.
//
// Host functions live in the page (they may touch the DOM, ask the user, show the call list), so
// each one is a proxy here: the call is posted to the page and the returned Promise settles when
// the page answers. The VM is paused meanwhile (moat_resume waits for the answer).
//
// Messages page -> worker: {type:'run', code, functions:[names], limits}, {type:'callResult', callId,
// ok, value | error:{type,message}}. Worker -> page: {type:'ready'|'loadError'|'stdout'|'stderr'|
// 'call'|'done'|'failed'}.

import { Moat, Kwargs, PythonError, LimitError } from '../js/src/index.js';
import { pyRepr } from './repr.js';

const moatPromise = Moat.load({ wasm: new URL('../js/dist/moat.wasm', import.meta.url) });
moatPromise.then(
  () => postMessage({ type: 'ready' }),
  (err) => postMessage({ type: 'loadError', message: String(err && err.message) }),
);

const pending = new Map();
let nextCallId = 1;

function proxy(name) {
  return (...argv) => {
    let kwargs = null;
    if (argv.length > 0 && argv[argv.length - 1] instanceof Kwargs) kwargs = { ...argv.pop() };
    const callId = nextCallId++;
    return new Promise((resolve, reject) => {
      pending.set(callId, { resolve, reject });
      postMessage({
        type: 'call',
        callId,
        name,
        args: argv,
        kwargs,
        display: [...argv.map((a) => pyRepr(a)),
          ...Object.entries(kwargs ?? {}).map(([k, a]) => `${k}=${pyRepr(a)}`)].join(', '),
      });
    });
  };
}

function settle(msg) {
  const p = pending.get(msg.callId);
  if (p === undefined) return;
  pending.delete(msg.callId);
  if (msg.ok) p.resolve(msg.value);
  else {
    const err = new Error(msg.error.message);
    err.pythonType = msg.error.type;
    p.reject(err);
  }
}

async function run(msg) {
  const functions = {};
  for (const name of msg.functions) functions[name] = proxy(name);
  const started = performance.now();
  try {
    const moat = await moatPromise;
    const result = await moat.run(msg.code, {
      functions,
      limits: msg.limits,
      filename: 'main.py',
      onStdout: (text) => postMessage({ type: 'stdout', text }),
      onStderr: (text) => postMessage({ type: 'stderr', text }),
    });
    postMessage({
      type: 'done',
      value: result.value === null ? null : pyRepr(result.value),
      ms: performance.now() - started,
    });
  } catch (err) {
    let kind = 'internal';
    let text = String(err && err.message);
    if (err instanceof PythonError) {
      kind = 'python';
      text = err.traceback;
    } else if (err instanceof LimitError) {
      kind = 'limit';
      text = `LimitError: ${err.kind}: ${err.message}`;
    }
    postMessage({ type: 'failed', kind, text, ms: performance.now() - started });
  }
}

self.onmessage = (e) => {
  const msg = e.data;
  if (msg === null || typeof msg !== 'object') return;
  if (msg.type === 'run') run(msg);
  else if (msg.type === 'callResult') settle(msg);
};

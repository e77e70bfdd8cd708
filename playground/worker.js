// The playground's sandbox thread. A run lives here so that the page stays responsive and so that
// Stop is a hard stop: the page terminates this worker (DESIGN.md section 1) and starts a new one.
//
// Host functions live in the page (they may touch the DOM, ask the user, show the call list), so
// each one is a proxy here: the call is posted to the page and the returned Promise settles when
// the page answers. The VM is paused meanwhile (moat_resume waits for the answer). The page also
// is the policy: every mediated call (host functions, and the OS and file calls the standard
// library makes: os.getenv, time.time, fs.read, ...) is posted for a decision, and every event of
// the harness log is posted so that the page can show each call as it happens.
//
// Messages page -> worker: {type:'run', code, functions:[names], limits, env, fs}, {type:'callResult',
// callId, ok, value | error:{type,message}}, {type:'decision', policyId, decision}. Worker -> page:
// {type:'ready'|'loadError'|'stdout'|'stderr'|'call'|'policy'|'event'|'done'|'failed'}.

import { Moat, Kwargs, PythonError, LimitError } from '../js/src/index.js';
import { pyRepr } from './repr.js';

const moatPromise = Moat.load({ wasm: new URL('../js/dist/moat.wasm', import.meta.url) });
moatPromise.then(
  () => postMessage({ type: 'ready' }),
  (err) => postMessage({ type: 'loadError', message: String(err && err.message) }),
);

const pending = new Map();
let nextCallId = 1;
const pendingPolicy = new Map();
let nextPolicyId = 1;

function display(args, kwargs) {
  return [...(args ?? []).map((a) => pyRepr(a)),
    ...Object.entries(kwargs ?? {}).map(([k, a]) => `${k}=${pyRepr(a)}`)].join(', ');
}

/** Asks the page to decide a mediated call; resolves to 'allow' | 'deny' | { value } | { error }. */
function policy(call) {
  const policyId = nextPolicyId++;
  return new Promise((resolve) => {
    pendingPolicy.set(policyId, resolve);
    postMessage({ type: 'policy', policyId, id: String(call.id), name: call.name });
  });
}

/** Posts the call-related events of the harness log (structured-clone-safe, with display text). */
function onEvent(e) {
  const base = { type: e.type, id: e.id === undefined ? undefined : String(e.id), name: e.name };
  switch (e.type) {
    case 'call':
      postMessage({ type: 'event', event: { ...base, display: display(e.args, e.kwargs) } });
      break;
    case 'decision':
      postMessage({ type: 'event', event: { ...base, decision: e.decision } });
      break;
    case 'result':
      postMessage({ type: 'event', event: { ...base, text: pyRepr(e.value), ms: e.durationMs } });
      break;
    case 'error':
      postMessage({ type: 'event', event: { ...base, text: `${e.error.type}: ${e.error.message}`, ms: e.durationMs } });
      break;
    default:
      break;
  }
}

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
      env: msg.env,
      fs: msg.fs,
      policy,
      onEvent,
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
  else if (msg.type === 'decision') {
    const resolve = pendingPolicy.get(msg.policyId);
    pendingPolicy.delete(msg.policyId);
    if (resolve !== undefined) resolve(msg.decision);
  }
};

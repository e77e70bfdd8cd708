// The playground page: an editor, Run/Stop, the program's output, and the list of mediated host
// calls. The sandbox runs in worker.js; this page owns the host functions and decides each call
// (that is the point of the demo: the program can only reach the outside world through calls the
// host sees, and the host may refuse them).

import { pyRepr } from './repr.js';

const EXAMPLES = {
  'Host calls': `# The sandbox can only reach the outside world through host functions.
# Each call pauses the VM until the page answers (watch the list on the right).
total = add(20, 22)
print("add(20, 22) =", total)

for city in ["Paris", "Tokyo"]:
    w = get_weather(city, units="metric")
    print(f"{city}: {w['temp']} degrees, {w['conditions']}")

try:
    delete_file("/etc/passwd")
except PermissionError as e:
    print("refused:", e)

total * 2
`,
  'Hello': `def greet(name):
    return f"Hello, {name}!"

for name in ["world", "Moat"]:
    print(greet(name))
`,
  'Traceback': `def divide(a, b):
    return a / b

def average(xs):
    return divide(sum(xs), len(xs))

print(average([1, 2, 3]))
print(average([]))
`,
  'Data': `people = [
    {"name": "Ada", "born": 1815},
    {"name": "Grace", "born": 1906},
    {"name": "Alan", "born": 1912},
]
ages = {}
for p in people:
    ages[p["name"]] = 2024 - p["born"]
    print(p["name"], "was born in", p["born"])
ages
`,
  'Files and env': `# The standard library asks the host for the environment, the clock and files:
# each of these is a mediated call in the list, decided by the page's policy.
import os, time

print("user:", os.getenv("USER"))
print("mode:", os.environ.get("APP_MODE"))
print("secret:", os.getenv("AWS_SECRET_ACCESS_KEY"))   # not in the sandbox's env: None
t0 = time.monotonic()
time.sleep(0.2)                                       # the host decides how long
print("slept about", round(time.monotonic() - t0, 1), "s")

try:
    with open("/data/notes.txt") as f:                 # fs.read, from the page's in-memory files
        for line in f:
            print("notes:", line.rstrip())
    print(sorted(os.listdir("/data")))
except OSError as e:
    print("files are not available in this build:", type(e).__name__)
`,
  'Infinite loop': `# Press Stop (a hard stop: the worker is terminated),
# or wait for the time limit.
n = 0
while True:
    n += 1
`,
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const WEATHER = {
  paris: { temp: 14, conditions: 'cloudy' },
  tokyo: { temp: 21, conditions: 'sunny' },
  london: { temp: 11, conditions: 'rain' },
};

/**
 * The host functions offered to programs. Each receives (args, kwargs) and returns a value or a
 * Promise; throwing { type, message } raises that exception in Python. `decision` labels the call
 * in the list.
 */
const HOST_FUNCTIONS = {
  add: {
    doc: 'add(a, b) -> a + b',
    fn: (args) => {
      if (args.length !== 2) throw { type: 'TypeError', message: `add() takes 2 arguments (${args.length} given)` };
      const [a, b] = args;
      return typeof a === 'bigint' || typeof b === 'bigint' ? BigInt(a) + BigInt(b) : a + b;
    },
  },
  get_weather: {
    doc: 'get_weather(city, units="metric") -> dict (async, 400 ms)',
    fn: async (args, kwargs) => {
      await sleep(400);
      const city = String(args[0] ?? '');
      const w = WEATHER[city.toLowerCase()] ?? { temp: 18, conditions: 'unknown' };
      const temp = kwargs && kwargs.units === 'imperial' ? Math.round(w.temp * 9 / 5 + 32) : w.temp;
      return { city, temp, conditions: w.conditions };
    },
  },
  delete_file: {
    doc: 'delete_file(path): always refused by the policy',
    policy: 'deny',
    fn: () => {
      throw { type: 'RuntimeError', message: 'never called: the policy denies it' };
    },
  },
};

/** What the sandbox's os.environ holds (nothing of the real machine). */
const DEMO_ENV = { USER: 'guest', APP_MODE: 'demo' };

/** The sandbox's files: an in-memory tree (options.fs). */
const DEMO_FS = {
  '/data': {
    'notes.txt': 'Moat mediates every file read.\nWrites stay in the page.\n',
    'config.json': '{"debug": false}',
  },
};

/**
 * The page's policy for every mediated call: user functions by their `policy` entry, the OS and
 * file calls of the standard library by name. Returns 'allow' | 'deny' (or a mock { value }).
 */
function decide(name) {
  const entry = HOST_FUNCTIONS[name];
  if (entry !== undefined) return entry.policy ?? 'allow';
  if (name === 'fs.unlink' || name === 'fs.rmdir' || name === 'fs.rename') return 'deny';
  return 'allow';
}

const DECISION_LABEL = { allow: 'allowed', deny: 'denied', mock: 'mocked' };

const $ = (sel) => document.querySelector(sel);
const codeEl = $('#code');
const runBtn = $('#run');
const stopBtn = $('#stop');
const outputEl = $('#output');
const callsEl = $('#calls');
const statusEl = $('#status');
const exampleEl = $('#example');
const timeLimitEl = $('#time-limit');

let worker = null;
let workerReady = false;
let loadFailed = null;
let running = false;
let queuedRun = null;
const callRows = new Map();

function setStatus(text, cls = '') {
  statusEl.textContent = text;
  statusEl.className = cls;
}

function appendOutput(text, cls) {
  const last = outputEl.lastElementChild;
  if (last !== null && last.dataset.cls === cls) {
    last.textContent += text;
  } else {
    const span = document.createElement('span');
    span.dataset.cls = cls;
    span.className = cls;
    span.textContent = text;
    outputEl.appendChild(span);
  }
  outputEl.scrollTop = outputEl.scrollHeight;
}

function setRunning(on) {
  running = on;
  runBtn.disabled = on;
  stopBtn.disabled = !on;
  document.body.classList.toggle('running', on);
}

function addCallRow(id, signature) {
  const li = document.createElement('li');
  li.className = 'call pending';
  const sig = document.createElement('code');
  sig.className = 'sig';
  sig.textContent = signature;
  const res = document.createElement('span');
  res.className = 'result';
  res.textContent = 'deciding…';
  li.append(sig, res);
  callsEl.appendChild(li);
  callsEl.scrollTop = callsEl.scrollHeight;
  callRows.set(id, { li, res, decision: '' });
}

function finishCallRow(id, ok, text, decision) {
  const row = callRows.get(id);
  if (row === undefined) return;
  row.li.className = `call ${ok ? 'ok' : 'refused'}`;
  row.res.textContent = `${decision ?? row.decision} → ${text}`;
}

/** Shows the harness's log: each mediated call as it happens, its decision, then its outcome. */
function onEvent(ev) {
  switch (ev.type) {
    case 'call':
      addCallRow(ev.id, `${ev.name}(${ev.display})`);
      break;
    case 'decision': {
      const row = callRows.get(ev.id);
      if (row === undefined) break;
      row.decision = DECISION_LABEL[ev.decision] ?? ev.decision;
      row.li.dataset.decision = ev.decision;
      row.res.textContent = `${row.decision} → pending…`;
      break;
    }
    case 'result':
      finishCallRow(ev.id, true, ev.text);
      break;
    case 'error':
      finishCallRow(ev.id, false, ev.text);
      break;
    default:
      break;
  }
}

async function handleCall(msg) {
  const entry = HOST_FUNCTIONS[msg.name];
  const w = worker;
  let reply;
  try {
    if (entry === undefined) throw { type: 'NameError', message: `no host function '${msg.name}'` };
    const value = await entry.fn(msg.args, msg.kwargs);
    reply = { type: 'callResult', callId: msg.callId, ok: true, value };
  } catch (err) {
    const error = {
      type: typeof err?.type === 'string' ? err.type : 'RuntimeError',
      message: String(err?.message ?? err),
    };
    reply = { type: 'callResult', callId: msg.callId, ok: false, error };
  }
  // The worker may have been stopped while the call was in flight.
  if (w === worker && w !== null) w.postMessage(reply);
}

function onWorkerMessage(e) {
  const msg = e.data;
  switch (msg.type) {
    case 'ready':
      workerReady = true;
      if (!running) setStatus('ready');
      if (queuedRun !== null) {
        const q = queuedRun;
        queuedRun = null;
        worker.postMessage(q);
      }
      break;
    case 'loadError':
      loadFailed = msg.message;
      queuedRun = null;
      setRunning(false);
      setStatus(`could not load the interpreter: ${msg.message}`, 'error');
      appendOutput(`could not load the interpreter: ${msg.message}\n(build it with scripts/build.sh)\n`, 'traceback');
      break;
    case 'stdout':
      appendOutput(msg.text, 'stdout');
      break;
    case 'stderr':
      appendOutput(msg.text, 'stderr');
      break;
    case 'call':
      handleCall(msg);
      break;
    case 'policy':
      worker.postMessage({ type: 'decision', policyId: msg.policyId, decision: decide(msg.name) });
      break;
    case 'event':
      onEvent(msg.event);
      break;
    case 'done':
      if (msg.value !== null) appendOutput(`${msg.value}\n`, 'value');
      setRunning(false);
      setStatus(`done in ${msg.ms.toFixed(0)} ms`, 'ok');
      break;
    case 'failed':
      appendOutput(msg.text.endsWith('\n') ? msg.text : `${msg.text}\n`, msg.kind === 'python' ? 'traceback' : 'limit');
      setRunning(false);
      setStatus(msg.kind === 'python' ? 'uncaught exception' : msg.kind === 'limit' ? 'stopped by a limit' : 'internal error', 'error');
      break;
    default:
      break;
  }
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  workerReady = false;
  loadFailed = null;
  worker.onmessage = onWorkerMessage;
  worker.onerror = (e) => {
    e.preventDefault();
    setRunning(false);
    setStatus(`worker error: ${e.message}`, 'error');
  };
}

function run() {
  if (running) return;
  outputEl.textContent = '';
  if (loadFailed !== null) {
    appendOutput(`could not load the interpreter: ${loadFailed}\n(build it with scripts/build.sh)\n`, 'traceback');
    return;
  }
  callsEl.textContent = '';
  callRows.clear();
  const limits = {};
  const t = Number.parseInt(timeLimitEl.value, 10);
  if (Number.isSafeInteger(t) && t > 0) limits.timeMs = t;
  const msg = {
    type: 'run', code: codeEl.value, functions: Object.keys(HOST_FUNCTIONS), limits, env: DEMO_ENV, fs: DEMO_FS,
  };
  setRunning(true);
  setStatus('running…');
  if (workerReady) worker.postMessage(msg);
  else queuedRun = msg;
}

function stop() {
  if (!running) return;
  worker.terminate();
  queuedRun = null;
  for (const [id, row] of callRows) {
    if (row.li.classList.contains('pending')) finishCallRow(id, false, 'cancelled', 'stopped');
  }
  appendOutput('[stopped]\n', 'limit');
  setRunning(false);
  setStatus('stopped');
  startWorker(); // the next run gets a fresh worker
}

function loadExample(name) {
  codeEl.value = EXAMPLES[name];
}

for (const name of Object.keys(EXAMPLES)) {
  const opt = document.createElement('option');
  opt.value = name;
  opt.textContent = name;
  exampleEl.appendChild(opt);
}
exampleEl.addEventListener('change', () => loadExample(exampleEl.value));
loadExample(Object.keys(EXAMPLES)[0]);

const fnList = $('#functions');
const docs = [
  ...Object.entries(HOST_FUNCTIONS).map(([name, entry]) => entry.doc ?? name),
  `os.environ: ${JSON.stringify(DEMO_ENV)}`,
  `files: ${Object.keys(DEMO_FS['/data']).map((n) => `/data/${n}`).join(', ')} (deleting is denied)`,
  'time.time / time.sleep / random: the host clock and seed',
];
for (const text of docs) {
  const li = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = text;
  li.appendChild(code);
  fnList.appendChild(li);
}

runBtn.addEventListener('click', run);
stopBtn.addEventListener('click', stop);
codeEl.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});

setRunning(false);
setStatus('loading the interpreter…');
startWorker();

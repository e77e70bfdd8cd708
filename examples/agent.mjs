// An agent-style tool loop on Moat: the model's Python calls tools; the host sees each call as
// data, decides (allow, deny), performs it (sync or async), logs it, and resumes the interpreter.
// One call needs a person: the paused run is saved to bytes, and later restored and answered, as
// if in another process. The program reads a file the host provides and writes one the host reads
// back (options.fs). Run: node examples/agent.mjs  (tests/js/examples.test.js runs it in CI).

import { Moat, SandboxFs } from '../js/src/index.js';

// The program an agent (a model) wrote.
const program = `
import os
total = add(2, 3)                                  # a sync tool
weather = get_weather("Paris", units="metric")     # an async tool
print("add:", total, "| weather:", weather["temp"], weather["conditions"])

try:
    send_email("boss@example.com", body="done")    # denied by the policy
except PermissionError as e:
    print("refused:", e)

with open("/data/brief.txt") as f:                 # a file read (fs.read, from options.fs)
    brief = f.read().strip()
print("brief:", brief)
with open("/data/summary.txt", "w") as f:          # a file write (fs.write): the host reads it back
    f.write(f"{brief} total={total}\\n")
print("user:", os.getenv("USER"))

if approve("publish the report?"):                 # a person decides; the run waits (saved)
    print("published")
else:
    print("not published")
total * 10
`;

// The tools the host offers, keyed by the name the program calls.
const tools = {
  add: (a, b) => a + b,
  get_weather: async (city, kw) => {
    await new Promise((r) => setTimeout(r, 50));
    return { city, temp: kw?.units === 'imperial' ? 57 : 14, conditions: 'cloudy' };
  },
  send_email: () => { throw new Error('never called: the policy denies it'); },
};

const policy = (call) => (call.name === 'send_email' ? 'deny' : 'allow');
const fs = new SandboxFs({ '/data': { 'brief.txt': 'Quarterly numbers are up.\n' } });
const log = [];
const options = { functions: [...Object.keys(tools), 'approve'], policy, fs, env: { USER: 'agent' }, onEvent: (e) => log.push(e) };

async function perform(call) {
  try {
    const argv = call.kwargs === null ? call.args : [...call.args, call.kwargs];
    return { value: await tools[call.name](...argv) };
  } catch (err) {
    return { error: { type: 'RuntimeError', message: err.message } };
  }
}

const moat = await Moat.load();
let step = await moat.start(program, options);
let saved = null;
while (step.kind === 'calls') {
  const approval = step.calls.find((c) => c.name === 'approve');
  if (approval !== undefined) {
    // A person must decide: save the paused run and stop here (this could be hours, elsewhere).
    saved = step.dump();
    console.log(`[host] '${approval.args[0]}' needs a person: run saved (${saved.length} bytes)`);
    break;
  }
  const answers = {};
  for (const c of step.calls) answers[c.id] = await perform(c);
  step = await step.resume(answers);
}

if (saved !== null) {
  // Later, maybe in another process: restore the run and give the person's answer.
  step = await moat.load(saved, { policy, fs, env: { USER: 'agent' }, onEvent: (e) => log.push(e) });
  const approval = step.calls.find((c) => c.name === 'approve');
  console.log('[host] restored; the person says yes');
  step = await step.resume({ [approval.id]: { value: true } });
}

process.stdout.write(step.stdout);
console.log('[host] value:', step.value);
console.log('[host] /data/summary.txt:', fs.readText('/data/summary.txt').trim());
const calls = log.filter((e) => e.type === 'decision').map((e) => `${e.name}:${e.decision}`);
console.log('[host] mediated calls:', calls.join(' '));

// Times (CPU seconds) moat.run(code) for each file given, in one Node process with the module compiled once:
// what an agent host pays per run (a fresh instance per run included). One untimed run comes
// first: V8 starts wasm in its baseline compiler and optimizes hot functions while they run, so a
// host's first run is slower (see "first" in the output). Prints one JSON object:
// { "<file>": { times: [seconds...], first: seconds, stdout } } with `-n` timed runs per file.
// Usage: node bench/wasm-inprocess.mjs [--wasm PATH] [-n 3] FILE.py...
import { readFileSync } from 'node:fs';
import { Moat } from '../js/src/index.js';

const args = process.argv.slice(2);
let wasm;
let n = 3;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--wasm') wasm = args[++i];
  else if (args[i] === '-n') n = Number(args[++i]);
  else files.push(args[i]);
}
const moat = await Moat.load(wasm ? { wasm } : {});
const limits = { instructions: 2e9, timeMs: 600000, memoryBytes: 768 * 1024 * 1024 };
const out = {};
/** CPU seconds (user + system) of this process, V8's compiler threads included. */
const cpuSeconds = (u) => (u.user + u.system) / 1e6;
for (const f of files) {
  const code = readFileSync(f, 'utf8');
  const times = [];
  let first = null;
  const c00 = process.cpuUsage();
  await moat.run(code, { limits, result: false });
  const firstRun = cpuSeconds(process.cpuUsage(c00));
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const r = await moat.run(code, { limits, result: false });
    times.push(cpuSeconds(process.cpuUsage(c0)));
    if (first === null) first = r.stdout;
    else if (r.stdout !== first) throw new Error(`${f}: output changed between runs`);
  }
  out[f] = { times, first: firstRun, stdout: first };
}
process.stdout.write(JSON.stringify(out));

#!/usr/bin/env node
// The wasm counterpart of the native CLI's test host functions, for tests/run_security.py:
//   node tests/security/host_cli.mjs run FILE [--wasm PATH] [--<limit> N]... [--echo-host NAME]...
//                                              [--function NAME]...
// --echo-host NAME returns its first positional argument (null without one), --function NAME
// answers RuntimeError("no host in the native CLI"), exactly as native/moat_cli.c does; output,
// traceback and exit status (0 done, 1 exception, 3 limit, 4 internal error) as js/bin/moat.js.
// js/bin/moat.js itself has no host functions, which is why this exists.
import { readFile } from 'node:fs/promises';
import { Moat, PythonError, LimitError, MoatError } from '../../js/src/index.js';

const LIMIT_FLAGS = {
  '--instructions': 'instructions',
  '--time-ms': 'timeMs',
  '--memory-bytes': 'memoryBytes',
  '--recursion-depth': 'recursionDepth',
  '--output-bytes': 'outputBytes',
  '--host-calls': 'hostCalls',
};

function usage(msg) {
  process.stderr.write(`host_cli: ${msg}\nusage: host_cli.mjs run FILE [--wasm PATH] [--LIMIT N]... [--echo-host NAME]... [--function NAME]...\n`);
  return 2;
}

async function main(argv) {
  if (argv[0] !== 'run' || argv.length < 2) return usage('expected "run FILE"');
  const file = argv[1];
  const limits = {};
  const functions = {};
  let wasm;
  for (let i = 2; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) return usage(`${flag} needs a value`);
    if (flag === '--wasm') wasm = value;
    else if (Object.hasOwn(LIMIT_FLAGS, flag)) limits[LIMIT_FLAGS[flag]] = Number(value);
    else if (flag === '--echo-host') functions[value] = (...args) => (args.length ? args[0] : null);
    else if (flag === '--function') {
      functions[value] = () => {
        const err = new Error('no host in the native CLI');
        err.pythonType = 'RuntimeError';
        throw err;
      };
    } else return usage(`unknown option ${flag}`);
  }
  const source = await readFile(file);
  const moat = await Moat.load({ wasm });
  try {
    await moat.run(source, {
      filename: file,
      result: false,
      limits,
      functions,
      onStdout: (text) => process.stdout.write(text),
      onStderr: (text) => process.stderr.write(text),
    });
    return 0;
  } catch (err) {
    const line = (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`);
    if (err instanceof PythonError) {
      if (err.exitCode !== undefined) {
        if (err.traceback !== '') process.stderr.write(err.traceback);
        return err.exitCode & 0xff;
      }
      line(err.traceback);
      return 1;
    }
    if (err instanceof LimitError) {
      line(`LimitError: ${err.kind}: ${err.message}`);
      return 3;
    }
    if (err instanceof MoatError) {
      line(`moat: ${err.message}`);
      return 4;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`moat: unexpected error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 4;
  },
);

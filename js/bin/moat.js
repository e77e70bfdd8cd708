#!/usr/bin/env node
// moat: run a Python file in the Moat WebAssembly sandbox, like `python3 FILE.py`.
//
// Exit status: 0 success; 1 uncaught Python exception (traceback on stderr, SyntaxError included;
// an uncaught SystemExit exits with its code, as CPython does);
// 2 usage error or unreadable file; 3 a limit stopped the run ("LimitError: <kind>: <message>" on
// stderr); 4 internal error of the sandbox ("moat: internal error ..." on stderr).

import { readFile } from 'node:fs/promises';
import { Moat, PythonError, LimitError, MoatError, SandboxFs, mount } from '../src/index.js';

const USAGE = `usage: moat run [options] FILE.py    run a file ("-" reads the program from stdin)
       moat run [options] -c CODE     run the program CODE

Options may also follow FILE or -c CODE; "--" ends the options (the next argument is FILE).

options (limits; defaults in src/config.h):
  --instructions N      VM instructions
  --time-ms N           wall time in milliseconds (host waiting time excluded)
  --memory-bytes N      heap bytes
  --recursion-depth N   Python recursion depth (RecursionError)
  --output-bytes N      stdout + stderr bytes
  --host-calls N        number of host function calls
  --wasm PATH           the interpreter module (default: js/dist/moat.wasm)
  --fs-root DIR         the program's files: DIR is the sandbox's "/" (a read-write mount;
                        relative paths start there); without it the sandbox has no files
                        (reads: FileNotFoundError; writes: OSError [Errno 30])
`;

const LIMIT_FLAGS = {
  '--instructions': 'instructions',
  '--time-ms': 'timeMs',
  '--memory-bytes': 'memoryBytes',
  '--recursion-depth': 'recursionDepth',
  '--output-bytes': 'outputBytes',
  '--host-calls': 'hostCalls',
};

class UsageError extends Error {}

function parseArgs(argv) {
  if (argv.length === 0) throw new UsageError('missing command');
  if (argv[0] === '-h' || argv[0] === '--help') return { help: true };
  if (argv[0] !== 'run') throw new UsageError(`unknown command '${argv[0]}'`);
  const opts = { limits: {}, file: null, code: null, wasm: undefined, fsRoot: undefined };
  let i = 1;
  const value = (flag, inline) => {
    if (inline !== undefined) return inline;
    if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
    i += 1;
    return argv[i];
  };
  // Options may stand before or after FILE / -c CODE (as in the native CLI); `--` ends them, so
  // the argument after it is FILE even when it starts with '-'.
  const positional = (arg) => {
    if (opts.file !== null || opts.code !== null) throw new UsageError(`unexpected argument '${arg}'`);
    opts.file = arg;
  };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      for (i += 1; i < argv.length; i++) positional(argv[i]);
      break;
    }
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '-c') {
      if (opts.file !== null || opts.code !== null) throw new UsageError(`unexpected argument '${arg}'`);
      opts.code = value('-c');
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const flag = eq < 0 ? arg : arg.slice(0, eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (flag === '--wasm') {
        opts.wasm = value(flag, inline);
      } else if (flag === '--fs-root') {
        opts.fsRoot = value(flag, inline);
      } else if (Object.hasOwn(LIMIT_FLAGS, flag)) {
        const text = value(flag, inline);
        if (!/^[0-9]+$/.test(text)) throw new UsageError(`${flag} needs a non-negative integer, got '${text}'`);
        const n = BigInt(text);
        opts.limits[LIMIT_FLAGS[flag]] = n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
      } else {
        throw new UsageError(`unknown option ${flag}`);
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    positional(arg);
  }
  if (opts.file === null && opts.code === null) throw new UsageError('missing FILE.py');
  return opts;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function writeErr(text) {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    writeErr(`moat: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  let source;
  let filename;
  if (opts.code !== null) {
    source = opts.code;
    filename = '<string>';
  } else if (opts.file === '-') {
    source = await readStdin();
    filename = '<stdin>';
  } else {
    filename = opts.file;
    try {
      source = await readFile(opts.file);
    } catch (err) {
      const errno = err.code === 'ENOENT' ? '[Errno 2] No such file or directory'
        : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : err.message;
      writeErr(`moat: can't open file '${opts.file}': ${errno}`);
      return 2;
    }
  }

  let moat;
  try {
    moat = await Moat.load({ wasm: opts.wasm });
  } catch (err) {
    writeErr(`moat: ${err.message}`);
    return 4;
  }

  // Without --fs-root the program sees no files: an empty, read-only tree (as the native CLI).
  let fs = new SandboxFs({}, { readOnly: true });
  if (opts.fsRoot !== undefined) {
    try {
      fs = { '/': mount(opts.fsRoot, { mode: 'read-write' }) };
    } catch (err) {
      writeErr(`moat: --fs-root: ${err.message}`);
      return 2;
    }
  }

  try {
    await moat.run(source, {
      filename,
      fs,
      result: false, // a script, like python3 FILE.py: the last expression's value is not sent
      limits: opts.limits,
      onStdout: (text) => process.stdout.write(text),
      onStderr: (text) => process.stderr.write(text),
    });
    return 0;
  } catch (err) {
    if (err instanceof PythonError) {
      if (err.exitCode !== undefined) {
        // An uncaught SystemExit: CPython prints only its message (if any), no traceback.
        if (err.traceback !== '') process.stderr.write(err.traceback);
        return err.exitCode & 0xff;
      }
      writeErr(err.traceback);
      return 1;
    }
    if (err instanceof LimitError) {
      writeErr(`LimitError: ${err.kind}: ${err.message}`);
      return 3;
    }
    if (err instanceof MoatError) {
      writeErr(`moat: ${err.message}`);
      return 4;
    }
    if (err instanceof TypeError || err instanceof RangeError) {
      writeErr(`moat: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    writeErr(`moat: unexpected error: ${err && err.stack ? err.stack : err}`);
    process.exitCode = 4;
  },
);

// The CLI used by the conformance runner: node js/bin/moat.js run FILE.py.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, wasmPath } from './helpers.js';

const CLI = path.join(ROOT, 'js', 'bin', 'moat.js');
let dir;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moat-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function moat(args, { input, cwd } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args, ...[]], {
    input,
    cwd: cwd ?? dir,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name, text) {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

// The CLI loads js/dist/moat.wasm by default; point it at whatever the tests use.
const W = () => ['--wasm', wasmPath()];

test('runs a file: stdout, exit 0', () => {
  file('ok.py', 'for i in range(3):\n    print(i, "✓")\n');
  const r = moat(['run', ...W(), 'ok.py']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('0 ✓\n1 ✓\n2 ✓\n');
  expect(r.code).toBe(0);
});

test('an uncaught exception prints the traceback on stderr and exits 1', () => {
  file('boom.py', 'print("start")\ndef f():\n    raise KeyError("k")\nf()\n');
  const r = moat(['run', ...W(), 'boom.py']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('start\n');
  expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n/);
  expect(r.stderr).toContain('  File "boom.py", line 4, in <module>\n');
  expect(r.stderr).toContain('  File "boom.py", line 3, in f\n');
  expect(r.stderr.endsWith("KeyError: 'k'\n")).toBe(true);
});

test('the filename in tracebacks is the path as given', () => {
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  file('sub/e.py', '1/0\n');
  const r = moat(['run', ...W(), 'sub/e.py']);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('File "sub/e.py", line 1, in <module>');
  expect(r.stderr.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
});

test('a syntax error prints CPython\'s report and exits 1', () => {
  file('syn.py', 'print("never")\nx = (1,\n');
  const r = moat(['run', ...W(), 'syn.py']);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain('File "syn.py", line 2');
  expect(r.stderr.endsWith("SyntaxError: '(' was never closed\n")).toBe(true);
});

test('an uncaught SystemExit exits with its code and prints no traceback, like CPython', () => {
  file('exit3.py', 'print("a")\nraise SystemExit(3)\n');
  let r = moat(['run', ...W(), 'exit3.py']);
  expect([r.code, r.stdout, r.stderr]).toEqual([3, 'a\n', '']);
  file('exitmsg.py', 'raise SystemExit("bye")\n');
  r = moat(['run', ...W(), 'exitmsg.py']);
  expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'bye\n']);
});

test('the value of the last expression is not printed or sent, whatever it is', () => {
  file('last.py', 'class A:\n    pass\nprint("x")\nA()\n');
  const r = moat(['run', ...W(), 'last.py']);
  expect([r.code, r.stdout, r.stderr]).toEqual([0, 'x\n', '']);
});

test('reads the program from stdin with -', () => {
  const r = moat(['run', ...W(), '-'], { input: 'print(6 * 7)\n' });
  expect(r.stdout).toBe('42\n');
  expect(r.code).toBe(0);
});

test('-c runs a program given on the command line', () => {
  const r = moat(['run', ...W(), '-c', 'print("c")']);
  expect(r.stdout).toBe('c\n');
  expect(r.code).toBe(0);
});

test('a limit prints LimitError: <kind>: <message> and exits 3', () => {
  file('loop.py', 'print("go")\nwhile True:\n    pass\n');
  const r = moat(['run', ...W(), '--instructions', '10000', 'loop.py']);
  expect(r.code).toBe(3);
  expect(r.stdout).toBe('go\n');
  expect(r.stderr).toMatch(/^LimitError: instructions: .+\n$/);
});

test('limit flags accept --flag=value', () => {
  file('loop2.py', 'while True:\n    pass\n');
  const r = moat(['run', ...W(), '--time-ms=100', '--instructions=1000000000000', 'loop2.py']);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^LimitError: time: /);
});

test('options may follow FILE or -c CODE, and -- ends them', () => {
  file('late.py', 'print("late")\nwhile True:\n    pass\n');
  let r = moat(['run', 'late.py', ...W(), '--instructions', '10000']);
  expect(r.stdout).toBe('late\n');
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^LimitError: instructions: /);
  r = moat(['run', '-c', 'while True: pass', '--instructions=5000', ...W()]);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/^LimitError: instructions: /);
  file('-dash.py', 'print("dash")\n');
  r = moat(['run', ...W(), '--', '-dash.py']);
  expect(r.stdout).toBe('dash\n');
  expect(r.code).toBe(0);
  // After --, a flag is a file name: a second FILE is a usage error.
  r = moat(['run', ...W(), '--', '-dash.py', '--instructions']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("unexpected argument '--instructions'");
  expect(moat(['run', ...W(), 'late.py', 'other.py']).code).toBe(2);
  expect(moat(['run', ...W(), 'late.py', '-c', 'pass']).code).toBe(2);
});

test('a missing file exits 2 like CPython', () => {
  const r = moat(['run', ...W(), 'nope.py']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("can't open file 'nope.py': [Errno 2] No such file or directory");
});

test('usage errors exit 2', () => {
  expect(moat([]).code).toBe(2);
  expect(moat(['frobnicate']).code).toBe(2);
  expect(moat(['run']).code).toBe(2);
  expect(moat(['run', '--bogus', 'x.py']).code).toBe(2);
  expect(moat(['run', '--time-ms', 'abc', 'x.py']).code).toBe(2);
  expect(moat(['--help']).code).toBe(0);
});

test('the default module is js/dist/moat.wasm', () => {
  if (process.env.MOAT_WASM && !fs.existsSync(path.join(ROOT, 'js', 'dist', 'moat.wasm'))) {
    console.warn('MOAT_WASM is set and js/dist/moat.wasm is missing: default-path test skipped');
    return;
  }
  const r = moat(['run', '-c', 'print("default")']);
  expect(r.stdout).toBe('default\n');
  expect(r.code).toBe(0);
});

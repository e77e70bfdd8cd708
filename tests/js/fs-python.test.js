// Files from Python (issue 5, "Files, mediated"): open(), os and pathlib inside a run, answered by
// the harness from options.fs (in-memory trees, Node mounts in every mode), with the policy, the
// event log and path escapes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Moat, SandboxFs, mount, PythonError } from '../../js/src/index.js';
import { ROOT, wasmBytes, wasmPath } from './helpers.js';

let moat;
let tmp;
beforeAll(async () => {
  moat = await Moat.load({ wasm: wasmBytes() });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moat-fspy-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh host directory: base/inside (to mount) with a.txt and sub/b.txt, base/secret.txt outside. */
function hostDir(name) {
  const base = path.join(tmp, name);
  const inside = path.join(base, 'inside');
  fs.mkdirSync(path.join(inside, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(inside, 'a.txt'), 'host text');
  fs.writeFileSync(path.join(inside, 'sub', 'b.txt'), 'bee');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  return { base, inside };
}

/** Runs code and returns the exception's "Type: message" (the run must fail). */
async function failure(code, opts) {
  try {
    await moat.run(code, opts);
  } catch (e) {
    if (e instanceof PythonError) return `${e.type}: ${e.message}`;
    throw e;
  }
  throw new Error('expected the run to raise');
}

describe('in-memory tree', () => {
  test('open() reads and writes; the host reads back what the program wrote', async () => {
    const sfs = new SandboxFs({ '/data': { 'in.txt': 'line one\nline two\n', 'raw.bin': Uint8Array.of(0, 255) } });
    const r = await moat.run(`
with open('/data/in.txt') as f:
    lines = f.readlines()
with open('/data/out.txt', 'w') as f:
    for i, line in enumerate(lines):
        f.write(f"{i}: {line}")
raw = open('/data/raw.bin', 'rb').read()
(lines, list(raw))`, { fs: sfs });
    expect(r.value).toEqual([['line one\n', 'line two\n'], [0, 255]]);
    expect(sfs.readText('/data/out.txt')).toBe('0: line one\n1: line two\n');
  });

  test('os and pathlib see the same tree; relative paths start at /', async () => {
    const sfs = new SandboxFs({ '/data': { 'a.txt': 'A', sub: { 'b.txt': 'B' } } });
    const r = await moat.run(`
import os
from pathlib import Path
os.makedirs('/data/new/deep', exist_ok=True)
Path('data/new/deep/c.txt').write_text('C')
walked = [(root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk('/data')]
(sorted(os.listdir('data')), walked, Path('/data/sub/b.txt').read_text(), os.path.getsize('/data/a.txt'),
 sorted(str(p) for p in Path('/data').rglob('*.txt')))`, { fs: sfs });
    expect(r.value[0]).toEqual(['a.txt', 'new', 'sub']);
    expect(r.value[1]).toEqual([
      ['/data', ['new', 'sub'], ['a.txt']],
      ['/data/new', ['deep'], []],
      ['/data/new/deep', [], ['c.txt']],
      ['/data/sub', [], ['b.txt']],
    ]);
    expect(r.value.slice(2)).toEqual(['B', 1, ['/data/a.txt', '/data/new/deep/c.txt', '/data/sub/b.txt']]);
    expect(sfs.readText('/data/new/deep/c.txt')).toBe('C');
  });

  test('errors are CPython\'s, with errno, strerror and filename', async () => {
    const r = await moat.run(`
out = []
for f in [lambda: open('missing.txt'), lambda: open('/data', 'w'), lambda: open('/data/a.txt', 'x'),
          lambda: open('/data/a.txt/x'), lambda: __import__('os').rmdir('/data')]:
    try:
        f()
    except OSError as e:
        out.append((type(e).__name__, e.errno, e.strerror, e.filename, str(e)))
out`, { fs: { '/data': { 'a.txt': 'x' } } });
    expect(r.value).toEqual([
      ['FileNotFoundError', 2, 'No such file or directory', 'missing.txt', "[Errno 2] No such file or directory: 'missing.txt'"],
      ['IsADirectoryError', 21, 'Is a directory', '/data', "[Errno 21] Is a directory: '/data'"],
      ['FileExistsError', 17, 'File exists', '/data/a.txt', "[Errno 17] File exists: '/data/a.txt'"],
      ['NotADirectoryError', 20, 'Not a directory', '/data/a.txt/x', "[Errno 20] Not a directory: '/data/a.txt/x'"],
      ['OSError', 39, 'Directory not empty', '/data', "[Errno 39] Directory not empty: '/data'"],
    ]);
  });

  test('a file dropped without close() is written before the next file operation', async () => {
    const sfs = new SandboxFs({});
    const r = await moat.run("open('/x.txt', 'w').write('kept')\nopen('/x.txt').read()", { fs: sfs });
    expect(r.value).toBe('kept');
  });
});

describe('mounts', () => {
  test('read-only: reads work, writes raise OSError 30 and leave the host directory alone', async () => {
    const { inside } = hostDir('ro');
    const r = await moat.run(`
text = open('/w/a.txt').read()
try:
    open('/w/new.txt', 'w')
except OSError as e:
    err = (type(e).__name__, e.errno, str(e))
(text, sorted(__import__('os').listdir('/w')), err)`, { fs: { '/w': mount(inside) } });
    expect(r.value).toEqual(['host text', ['a.txt', 'sub'], ['OSError', 30, "[Errno 30] Read-only file system: '/w/new.txt'"]]);
    expect(fs.existsSync(path.join(inside, 'new.txt'))).toBe(false);
  });

  test('read-write: writes, renames and deletions reach the host directory', async () => {
    const { inside } = hostDir('rw');
    await moat.run(`
from pathlib import Path
Path('/w/out.txt').write_text('from python')
Path('/w/sub/b.txt').rename('/w/moved.txt')
Path('/w/sub').rmdir()
with open('/w/log.txt', 'a') as f:
    f.write('1\\n')
with open('/w/log.txt', 'a') as f:
    f.write('2\\n')`, { fs: { '/w': mount(inside, { mode: 'read-write' }) } });
    expect(fs.readFileSync(path.join(inside, 'out.txt'), 'utf8')).toBe('from python');
    expect(fs.readFileSync(path.join(inside, 'moved.txt'), 'utf8')).toBe('bee');
    expect(fs.existsSync(path.join(inside, 'sub'))).toBe(false);
    expect(fs.readFileSync(path.join(inside, 'log.txt'), 'utf8')).toBe('1\n2\n');
  });

  test('overlay: the program sees its own writes, the host directory never changes', async () => {
    const { inside } = hostDir('ov');
    const r = await moat.run(`
import os
open('/w/a.txt', 'w').write('changed')
os.remove('/w/sub/b.txt')
(open('/w/a.txt').read(), sorted(os.listdir('/w/sub')))`, { fs: { '/w': mount(inside, { mode: 'overlay' }) } });
    expect(r.value).toEqual(['changed', []]);
    expect(fs.readFileSync(path.join(inside, 'a.txt'), 'utf8')).toBe('host text');
    expect(fs.existsSync(path.join(inside, 'sub', 'b.txt'))).toBe(true);
  });

  test('a symlink leading out of the mount is refused with PermissionError', async () => {
    const { base, inside } = hostDir('link');
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(inside, 'leak.txt'));
    const msg = await failure("open('/w/leak.txt').read()", { fs: { '/w': mount(inside) } });
    expect(msg).toMatch(/^PermissionError: \[Errno 13\]/);
  });
});

describe('escapes', () => {
  test("'..', /proc and /etc stay inside the sandbox; NUL is a ValueError", async () => {
    const { inside } = hostDir('esc');
    const opts = { fs: { '/w': mount(inside) } };
    expect(await failure("open('../../etc/passwd')", opts)).toBe("FileNotFoundError: [Errno 2] No such file or directory: '../../etc/passwd'");
    expect(await failure("open('/w/../../secret.txt')", opts)).toBe("FileNotFoundError: [Errno 2] No such file or directory: '/w/../../secret.txt'");
    expect(await failure("open('/proc/self/environ')", opts)).toBe("FileNotFoundError: [Errno 2] No such file or directory: '/proc/self/environ'");
    expect(await failure("open('/w/a.txt\\0.png')", opts)).toBe('ValueError: embedded null byte');
    // '..' at the root stays at the root, as in POSIX: the listing is the sandbox's own root.
    expect((await moat.run("import os\nos.listdir('/w/../../..')", opts)).value).toEqual(['w']);
    expect((await moat.run("import os\n(os.path.exists('/etc/passwd'), os.path.exists('a\\0b'))", opts)).value).toEqual([false, false]);
  });

  test('without options.fs the sandbox has no files at all', async () => {
    expect(await failure("open('/etc/hostname')")).toBe("FileNotFoundError: [Errno 2] No such file or directory: '/etc/hostname'");
    expect((await moat.run("import os\nos.listdir('/')")).value).toEqual([]);
  });
});

describe('policy and events', () => {
  test('every file operation is a call event with its decision and result', async () => {
    const events = [];
    await moat.run(`
import os
os.mkdir('/d')
with open('/d/f.txt', 'w') as f:
    f.write('x')
os.stat('/d/f.txt')
os.listdir('/d')
os.rename('/d/f.txt', '/d/g.txt')
open('/d/g.txt').read()
os.unlink('/d/g.txt')
os.rmdir('/d')`, { fs: {}, onEvent: (e) => events.push(e) });
    const calls = events.filter((e) => e.type === 'call').map((e) => [e.name, e.args[0]]);
    expect(calls).toEqual([
      ['fs.mkdir', '/d'],
      ['fs.write', '/d/f.txt'], // open(..., 'w') creates the file
      ['fs.write', '/d/f.txt'], // close() writes the data
      ['fs.stat', '/d/f.txt'],
      ['fs.listdir', '/d'],
      ['fs.rename', '/d/f.txt'],
      ['fs.read', '/d/g.txt'],
      ['fs.unlink', '/d/g.txt'],
      ['fs.rmdir', '/d'],
    ]);
    const writes = events.filter((e) => e.type === 'call' && e.name === 'fs.write');
    expect(writes.map((e) => e.args[2])).toEqual(['w', 'a']);
    expect(new TextDecoder().decode(writes[1].args[1])).toBe('x');
    expect(events.filter((e) => e.type === 'decision').every((e) => e.decision === 'allow')).toBe(true);
    expect(events.filter((e) => e.type === 'result').length).toBe(calls.length);
  });

  test('a policy can deny writes (PermissionError) while reads go on', async () => {
    const sfs = new SandboxFs({ '/data': { 'a.txt': 'readable' } });
    const policy = (c) => (c.name === 'fs.write' || c.name === 'fs.unlink' ? 'deny' : 'allow');
    const r = await moat.run(`
out = [open('/data/a.txt').read()]
for f in [lambda: open('/data/b.txt', 'w'), lambda: __import__('os').remove('/data/a.txt')]:
    try:
        f()
    except PermissionError as e:
        out.append(str(e))
out`, { fs: sfs, policy });
    expect(r.value).toEqual(['readable', "host call 'fs.write' denied by policy", "host call 'fs.unlink' denied by policy"]);
    expect(sfs.stat('/data/b.txt')).toBeNull();
    expect(sfs.readText('/data/a.txt')).toBe('readable');
  });

  test('a policy can mock a read', async () => {
    const policy = (c) => (c.name === 'fs.read' ? { value: new TextEncoder().encode('mocked') } : 'allow');
    const r = await moat.run("open('/anything.txt').read()", { fs: {}, policy });
    expect(r.value).toBe('mocked');
  });
});

describe('CLIs with --fs-root DIR', () => {
  // The wasm CLI always; the native CLI when it is built (MOAT_NATIVE_CLI, else build/moat_cli).
  const native = process.env.MOAT_NATIVE_CLI ?? path.join(ROOT, 'build', 'moat_cli');
  const clis = [['wasm', process.execPath, [path.join(ROOT, 'js', 'bin', 'moat.js'), 'run', '--wasm', wasmPath()]]];
  if (fs.existsSync(native)) clis.push(['native', native, ['run']]);
  const program = `
import os
print(open('in.txt').read().strip())
with open('out/result.txt', 'w') as f:
    f.write('written')
for p in ['../outside.txt', '/../outside.txt', 'link.txt', '/proc/self/environ']:
    try:
        open(p).read()
    except OSError as e:
        print(type(e).__name__)
print(sorted(os.listdir('/')))
`;

  test.each(clis)('%s: / is DIR, writes land there, nothing outside is read', (name, cmd, args) => {
    const base = path.join(tmp, `cli-${name}`);
    const root = path.join(base, 'root');
    fs.mkdirSync(path.join(root, 'out'), { recursive: true });
    fs.writeFileSync(path.join(root, 'in.txt'), 'input\n');
    fs.writeFileSync(path.join(base, 'outside.txt'), 'SECRET');
    fs.symlinkSync(path.join(base, 'outside.txt'), path.join(root, 'link.txt'));
    const file = path.join(base, 'prog.py');
    fs.writeFileSync(file, program);
    const out = execFileSync(cmd, [...args, '--fs-root', root, file], { encoding: 'utf8', timeout: 60000 });
    expect(out).toBe("input\nFileNotFoundError\nFileNotFoundError\nPermissionError\nFileNotFoundError\n['in.txt', 'link.txt', 'out']\n");
    expect(fs.readFileSync(path.join(root, 'out', 'result.txt'), 'utf8')).toBe('written');
    expect(fs.readFileSync(path.join(base, 'outside.txt'), 'utf8')).toBe('SECRET');
  });
});

// Files, mediated (issue 5 point 4): the JS side of the sandbox's file system, called directly
// (SandboxFs: in-memory trees and Node mounts of host directories), plus the host-call path
// through a run (policy, events) using the reserved fs.* names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Moat, SandboxFs, mount, normalizePath, MoatError,
} from '../../js/src/index.js';
import { wasmBytes } from './helpers.js';

const text = (b) => new TextDecoder().decode(b);

function pyErr(f) {
  try {
    f();
  } catch (e) {
    return { type: e.pythonType, message: e.message };
  }
  throw new Error('expected a Python error');
}

let tmp;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'moat-fs-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh host directory: base/inside (mounted) with files, base/secret.txt outside it. */
function hostDir(name) {
  const base = path.join(tmp, name);
  const inside = path.join(base, 'inside');
  fs.mkdirSync(path.join(inside, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(inside, 'a.txt'), 'hello');
  fs.writeFileSync(path.join(inside, 'sub', 'b.bin'), Uint8Array.of(1, 2, 3));
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  return { base, inside };
}

describe('path normalisation', () => {
  test('., .., repeated slashes and relative paths resolve inside the sandbox root', () => {
    expect(normalizePath('/a/./b//c/')).toEqual(['a', 'b', 'c']);
    expect(normalizePath('a/b/../c')).toEqual(['a', 'c']);
    expect(normalizePath('/../../../etc/passwd')).toEqual(['etc', 'passwd']);
    expect(normalizePath('/')).toEqual([]);
  });

  test('NUL bytes are a ValueError, over-long paths and names an OSError, empty a FileNotFoundError', () => {
    expect(pyErr(() => normalizePath('a\0b'))).toEqual({ type: 'ValueError', message: 'embedded null byte' });
    expect(pyErr(() => normalizePath(`/${'a/'.repeat(2100)}`)).message).toMatch(/\[Errno 36\] File name too long/);
    expect(pyErr(() => normalizePath(`/${'n'.repeat(256)}`)).type).toBe('OSError');
    expect(pyErr(() => normalizePath('')).type).toBe('FileNotFoundError');
  });
});

describe('in-memory tree', () => {
  const make = () => new SandboxFs({ '/data': { 'a.txt': 'hello', sub: { 'b.bin': Uint8Array.of(1, 2) } }, '/etc/conf.ini': 'x=1' });

  test('reads files, lists and stats folders (intermediate folders are created)', () => {
    const f = make();
    expect(text(f.read('/data/a.txt'))).toBe('hello');
    expect(f.read('data/sub/b.bin')).toEqual(Uint8Array.of(1, 2));
    expect(f.listdir('/')).toEqual(['data', 'etc']);
    expect(f.listdir('/data')).toEqual(['a.txt', 'sub']);
    expect(f.stat('/data/a.txt')).toMatchObject({ type: 'file', size: 5 });
    expect(f.stat('/data/sub')).toMatchObject({ type: 'dir' });
    expect(f.stat('/nope')).toBeNull();
    expect(f.stat('/data/a.txt/x')).toBeNull();
    expect(text(f.read('/etc/conf.ini'))).toBe('x=1');
  });

  test('writes: w truncates, a appends, x is exclusive; the host reads back the result', () => {
    const f = make();
    expect(f.write('/data/new.txt', 'one')).toBe(3);
    f.write('/data/new.txt', '+two', 'a');
    expect(f.readText('/data/new.txt')).toBe('one+two');
    f.write('/data/new.txt', 'w');
    expect(f.readText('/data/new.txt')).toBe('w');
    expect(pyErr(() => f.write('/data/new.txt', 'x', 'x')).type).toBe('FileExistsError');
  });

  test('errors carry CPython classes and messages', () => {
    const f = make();
    expect(pyErr(() => f.read('/data/missing.txt'))).toEqual({ type: 'FileNotFoundError', message: "[Errno 2] No such file or directory: '/data/missing.txt'" });
    expect(pyErr(() => f.read('/data')).type).toBe('IsADirectoryError');
    expect(pyErr(() => f.listdir('/data/a.txt')).type).toBe('NotADirectoryError');
    expect(pyErr(() => f.write('/nodir/x.txt', 'x')).type).toBe('FileNotFoundError');
    expect(pyErr(() => f.rmdir('/data')).message).toMatch(/Errno 39/);
    expect(pyErr(() => f.unlink('/data')).type).toBe('IsADirectoryError');
  });

  test('mkdir (parents, exist_ok), unlink, rmdir, rename', () => {
    const f = make();
    f.mkdir('/out/a/b', true, false);
    expect(f.stat('/out/a/b').type).toBe('dir');
    expect(pyErr(() => f.mkdir('/out/a/b')).type).toBe('FileExistsError');
    f.mkdir('/out/a/b', false, true);
    f.write('/out/a/b/f.txt', 'z');
    f.rename('/out/a/b/f.txt', '/out/g.txt');
    expect(f.readText('/out/g.txt')).toBe('z');
    expect(f.stat('/out/a/b/f.txt')).toBeNull();
    f.unlink('/out/g.txt');
    f.rmdir('/out/a/b');
    expect(f.listdir('/out/a')).toEqual([]);
    expect(pyErr(() => f.rename('/out', '/out/a/inner')).type).toBe('OSError');
  });

  test('the host object is copied, not changed by writes', () => {
    const spec = { '/d': { 'a.txt': 'orig' } };
    const f = new SandboxFs(spec);
    f.write('/d/a.txt', 'changed');
    expect(spec['/d']['a.txt']).toBe('orig');
  });

  test('writes into memory are bounded (ENOSPC)', () => {
    const f = new SandboxFs({ '/d': {} }, { writeLimitBytes: 10 });
    f.write('/d/a', '12345');
    expect(pyErr(() => f.write('/d/b', '123456')).message).toMatch(/Errno 28/);
  });

  test('bad specs are TypeErrors', () => {
    expect(() => new SandboxFs({ '/d': 5 })).toThrow(TypeError);
    expect(() => new SandboxFs({ '/d': { '../x': 'a' } })).toThrow(TypeError);
    expect(() => new SandboxFs([])).toThrow(TypeError);
  });
});

describe('mounts of host directories', () => {
  test('read-only: reads work, writes are EROFS, the host is unchanged', () => {
    const { inside } = hostDir('ro');
    const f = new SandboxFs({ '/work': mount(inside) });
    expect(text(f.read('/work/a.txt'))).toBe('hello');
    expect(f.listdir('/work')).toEqual(['a.txt', 'sub']);
    expect(f.listdir('/')).toEqual(['work']);
    expect(f.stat('/work/sub')).toMatchObject({ type: 'dir' });
    expect(pyErr(() => f.write('/work/a.txt', 'x')).message).toMatch(/Errno 30\] Read-only/);
    expect(pyErr(() => f.unlink('/work/a.txt')).type).toBe('OSError');
    expect(pyErr(() => f.mkdir('/work/new')).type).toBe('OSError');
    expect(fs.readFileSync(path.join(inside, 'a.txt'), 'utf8')).toBe('hello');
  });

  test('.. and absolute paths never leave the mount', () => {
    const { inside } = hostDir('dots');
    const f = new SandboxFs({ '/work': mount(inside) });
    // '..' is resolved inside the sandbox: /work/../secret.txt is /secret.txt, which does not exist.
    expect(pyErr(() => f.read('/work/../secret.txt')).type).toBe('FileNotFoundError');
    expect(pyErr(() => f.read('/work/sub/../../secret.txt')).type).toBe('FileNotFoundError');
    expect(pyErr(() => f.read('../../../../../../../../etc/passwd')).type).toBe('FileNotFoundError');
    expect(pyErr(() => f.read(path.join(inside, '..', 'secret.txt'))).type).toBe('FileNotFoundError');
    expect(text(f.read('/work/sub/../a.txt'))).toBe('hello');
  });

  test('symlinks leading out of the mount are refused; links inside work', () => {
    const { base, inside } = hostDir('links');
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(inside, 'out-file'));
    fs.symlinkSync(base, path.join(inside, 'out-dir'));
    fs.symlinkSync('/etc', path.join(inside, 'etc'));
    fs.symlinkSync(path.join(base, 'not-yet'), path.join(inside, 'dangling'));
    fs.symlinkSync(path.join(inside, 'a.txt'), path.join(inside, 'in-link'));
    const f = new SandboxFs({ '/work': mount(inside, { mode: 'read-write' }) });
    expect(pyErr(() => f.read('/work/out-file')).type).toBe('PermissionError');
    expect(pyErr(() => f.read('/work/out-dir/secret.txt')).type).toBe('PermissionError');
    expect(pyErr(() => f.listdir('/work/out-dir')).type).toBe('PermissionError');
    expect(pyErr(() => f.read('/work/etc/passwd')).type).toBe('PermissionError');
    expect(pyErr(() => f.stat('/work/out-file')).type).toBe('PermissionError');
    // Writing through links that point outside (existing or dangling) must not create or change anything there.
    expect(pyErr(() => f.write('/work/out-file', 'pwned')).type).toBe('PermissionError');
    expect(pyErr(() => f.write('/work/dangling', 'pwned')).type).toBe('PermissionError');
    expect(pyErr(() => f.write('/work/out-dir/new.txt', 'pwned')).type).toBe('PermissionError');
    expect(fs.existsSync(path.join(base, 'not-yet'))).toBe(false);
    expect(fs.existsSync(path.join(base, 'new.txt'))).toBe(false);
    expect(fs.readFileSync(path.join(base, 'secret.txt'), 'utf8')).toBe('SECRET');
    // A link inside the mount is fine; unlinking a link removes the link, not its target.
    expect(text(f.read('/work/in-link'))).toBe('hello');
    f.unlink('/work/out-file');
    expect(fs.existsSync(path.join(base, 'secret.txt'))).toBe(true);
  });

  test('NUL bytes and over-long paths are refused before the host is touched', () => {
    const { inside } = hostDir('nul');
    const f = new SandboxFs({ '/work': mount(inside, { mode: 'read-write' }) });
    expect(pyErr(() => f.read('/work/a.txt\0.png')).type).toBe('ValueError');
    expect(pyErr(() => f.write('/work/x\0y', 'a')).type).toBe('ValueError');
    expect(pyErr(() => f.read(`/work/${'x'.repeat(5000)}`)).message).toMatch(/Errno 36/);
  });

  test('read-write: writes reach the host directory, bounded by writeLimitBytes', () => {
    const { inside } = hostDir('rw');
    const f = new SandboxFs({ '/work': mount(inside, { mode: 'read-write', writeLimitBytes: 20 }) });
    f.write('/work/out.txt', 'data');
    f.write('/work/out.txt', '+more', 'a');
    expect(fs.readFileSync(path.join(inside, 'out.txt'), 'utf8')).toBe('data+more');
    f.mkdir('/work/newdir');
    f.rename('/work/out.txt', '/work/newdir/moved.txt');
    expect(fs.readFileSync(path.join(inside, 'newdir', 'moved.txt'), 'utf8')).toBe('data+more');
    f.unlink('/work/newdir/moved.txt');
    f.rmdir('/work/newdir');
    expect(fs.existsSync(path.join(inside, 'newdir'))).toBe(false);
    expect(pyErr(() => f.write('/work/big.txt', 'x'.repeat(50))).message).toMatch(/Errno 28/);
    expect(fs.existsSync(path.join(inside, 'big.txt'))).toBe(false);
  });

  test('overlay: the program sees its writes and deletions, the host directory never changes', () => {
    const { inside } = hostDir('ov');
    const before = fs.readdirSync(inside).sort();
    const f = new SandboxFs({ '/work': mount(inside, { mode: 'overlay' }) });
    f.write('/work/a.txt', 'changed');
    f.write('/work/new.txt', 'new');
    f.mkdir('/work/d');
    f.write('/work/d/x', '1');
    f.unlink('/work/sub/b.bin');
    expect(f.readText('/work/a.txt')).toBe('changed');
    expect(f.listdir('/work')).toEqual(['a.txt', 'd', 'new.txt', 'sub']);
    expect(f.listdir('/work/sub')).toEqual([]);
    expect(f.stat('/work/sub/b.bin')).toBeNull();
    f.rmdir('/work/sub');
    expect(f.listdir('/work')).toEqual(['a.txt', 'd', 'new.txt']);
    expect(fs.readdirSync(inside).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(inside, 'a.txt'), 'utf8')).toBe('hello');
    expect(fs.existsSync(path.join(inside, 'sub', 'b.bin'))).toBe(true);
  });

  test('rename across mounts is EXDEV; a mount point cannot be removed', () => {
    const { inside } = hostDir('xdev');
    const f = new SandboxFs({ '/work': mount(inside, { mode: 'read-write' }), '/mem': { 'm.txt': 'm' } });
    expect(pyErr(() => f.rename('/mem/m.txt', '/work/m.txt')).message).toMatch(/Errno 18/);
    expect(pyErr(() => f.rmdir('/work')).message).toMatch(/Errno 16/);
  });

  test('a mount at / is the whole sandbox and still cannot be left', () => {
    const { inside } = hostDir('root');
    const f = new SandboxFs({ '/': mount(inside) });
    expect(f.listdir('/')).toEqual(['a.txt', 'sub']);
    expect(text(f.read('/../../a.txt'))).toBe('hello');
    expect(pyErr(() => f.read('/../secret.txt')).type).toBe('FileNotFoundError');
    expect(() => new SandboxFs({ '/': mount(inside), '/x': {} })).toThrow(TypeError);
  });

  test('mount() checks its arguments', () => {
    expect(() => mount(path.join(tmp, 'does-not-exist'))).toThrow(TypeError);
    const { inside } = hostDir('args');
    expect(() => mount(inside, { mode: 'rw' })).toThrow(TypeError);
    expect(() => mount(path.join(inside, 'a.txt'))).toThrow(TypeError);
  });
});

describe('read-only in-memory tree', () => {
  test('readOnly refuses every change with OSError 30 and still reads', () => {
    const f = new SandboxFs({ '/d': { 'a.txt': 'x', sub: {} } }, { readOnly: true });
    expect(text(f.read('/d/a.txt'))).toBe('x');
    for (const op of [() => f.write('/d/a.txt', 'y'), () => f.write('/d/new.txt', 'y'), () => f.mkdir('/d/m'),
      () => f.unlink('/d/a.txt'), () => f.rmdir('/d/sub'), () => f.rename('/d/a.txt', '/d/b.txt')]) {
      expect(pyErr(op)).toEqual({ type: 'OSError', message: expect.stringMatching(/^\[Errno 30\] Read-only file system: /) });
    }
    expect(f.listdir('/d')).toEqual(['a.txt', 'sub']);
    expect(text(f.read('/d/a.txt'))).toBe('x');
  });
});

describe('file calls through a run', () => {
  let moat;
  beforeAll(async () => {
    moat = await Moat.load({ wasm: wasmBytes() });
  });

  test('fs.* calls are answered from options.fs, logged, and pass through the policy', async () => {
    // Driven from Python (open(), os.listdir): the harness answers the fs.* names on its own.
    // A build without the Python side (an old moat.wasm) still checks the JS layer directly.
    // More from Python: tests/js/fs-python.test.js.
    const sfs = new SandboxFs({ '/data': { 'a.txt': 'hello' } });
    const hasPythonSide = (await moat.run('import os\nhasattr(os, "listdir")')).value;
    if (!hasPythonSide) {
      // The JS layer still answers the reserved names: checked through SandboxFs.call.
      expect(text(sfs.call('fs.read', ['/data/a.txt']))).toBe('hello');
      expect(sfs.call('fs.listdir', ['/data'])).toEqual(['a.txt']);
      expect(sfs.call('fs.stat', ['/data/a.txt']).get('type')).toBe('file');
      expect(sfs.call('fs.write', ['/data/b.txt', Uint8Array.of(104, 105), 'w'])).toBe(2);
      expect(sfs.readText('/data/b.txt')).toBe('hi');
      expect(() => sfs.call('fs.chmod', ['/x'])).toThrow();
      return;
    }
    const denied = [];
    const r = await moat.run('import os\nnames = os.listdir("/data")\nwith open("/data/a.txt") as f:\n    t = f.read()\nwith open("/data/out.txt", "w") as f:\n    f.write(t.upper())\n(names, t)', {
      fs: sfs,
      policy: (c) => { if (c.name === 'fs.unlink') denied.push(c); return 'allow'; },
    });
    expect(r.value[1]).toBe('hello');
    expect(sfs.readText('/data/out.txt')).toBe('HELLO');
    expect(r.events.some((e) => e.type === 'call' && e.name === 'fs.read')).toBe(true);
  });

  test('opts.fs is checked before the run', async () => {
    await expect(moat.run('1', { fs: { '/d': 5 } })).rejects.toThrow(TypeError);
    await expect(moat.run('1', { fs: 'nope' })).rejects.toThrow(TypeError);
    expect(MoatError).toBeDefined();
  });
});

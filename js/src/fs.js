// Files, mediated: the sandbox's file system is whatever options.fs describes, nothing else.
//
// The Python side (open(), pathlib, os.path, os.listdir: the modules team) turns file operations
// into host calls with reserved names (fs.read, fs.write, fs.stat, fs.listdir, fs.mkdir, fs.unlink,
// fs.rmdir, fs.rename; table in docs/api.md). This file answers them:
//
//  - an in-memory tree built from a plain object ({ '/data': { 'a.txt': 'hello', sub: {...} } }:
//    strings and Uint8Arrays are files, objects are folders); it works in browsers, and the host
//    can read back what the program wrote (`sandboxFs.readFile('/out.txt')`);
//  - in Node, mounts of host directories: mount(hostDir, { mode, writeLimitBytes }) with modes
//    'read-only', 'read-write' and 'overlay' (reads from the host, writes kept in memory).
//
// Escapes are stopped in two layers. Paths are normalised inside the sandbox first: they are
// split into components, '.' and '..' are resolved against the sandbox root (so '..' at the root
// stays at the root, as in POSIX), NUL bytes and over-long paths are refused, and only then is a
// mount looked up. A mount then joins the remaining components (none of which can be '..' or
// contain '/') under its host directory and checks with realpath that the result, or for a new
// file its parent, still lies inside the mount's real directory, so a symlink inside the mount that
// points outside it is refused (PermissionError) rather than followed. A symlink that stays inside
// the mount works.

const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
const nodeFs = isNode ? await import('node:fs') : null;
const nodePath = isNode ? await import('node:path') : null;

/** The reserved host-call names this layer answers. */
export const FS_CALLS = new Set(['fs.read', 'fs.write', 'fs.stat', 'fs.listdir', 'fs.mkdir', 'fs.unlink', 'fs.rmdir', 'fs.rename']);

/** Longest path accepted (PATH_MAX) and longest component (NAME_MAX), in UTF-8 bytes. */
export const MAX_PATH_BYTES = 4096;
export const MAX_NAME_BYTES = 255;

/** Default budget of bytes a run may write into memory (in-memory trees and overlays). */
export const DEFAULT_MEMORY_WRITE_LIMIT = 64 * 1024 * 1024;

const utf8 = new TextEncoder();

function pyRepr(s) {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** An error answer: a Python exception of class `type` with CPython's message. */
export function fsError(type, errno, text, path) {
  const e = new Error(errno === null ? text : `[Errno ${errno}] ${text}${path === undefined ? '' : `: ${pyRepr(path)}`}`);
  e.pythonType = type;
  return e;
}

const ENOENT = (p) => fsError('FileNotFoundError', 2, 'No such file or directory', p);
const EEXIST = (p) => fsError('FileExistsError', 17, 'File exists', p);
const ENOTDIR = (p) => fsError('NotADirectoryError', 20, 'Not a directory', p);
const EISDIR = (p) => fsError('IsADirectoryError', 21, 'Is a directory', p);
const EACCES = (p) => fsError('PermissionError', 13, 'Permission denied', p);
const EROFS = (p) => fsError('OSError', 30, 'Read-only file system', p);
const ENOSPC = (p) => fsError('OSError', 28, 'No space left on device', p);
const ENOTEMPTY = (p) => fsError('OSError', 39, 'Directory not empty', p);
const EXDEV = (p) => fsError('OSError', 18, 'Invalid cross-device link', p);
const ENAMETOOLONG = (p) => fsError('OSError', 36, 'File name too long', p);

/**
 * Normalises a sandbox path to its components. Relative paths are relative to '/', the sandbox's
 * working directory. Throws ValueError for NUL bytes, OSError (ENAMETOOLONG) for over-long paths.
 */
export function normalizePath(path) {
  if (path instanceof Uint8Array) path = new TextDecoder().decode(path);
  if (typeof path !== 'string') throw fsError('TypeError', null, `expected str, bytes or os.PathLike object, not ${typeof path}`);
  if (path.includes('\0')) throw fsError('ValueError', null, 'embedded null byte');
  if (path === '') throw ENOENT(path);
  if (utf8.encode(path).length > MAX_PATH_BYTES) throw ENAMETOOLONG(path);
  const parts = [];
  for (const c of path.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') { parts.pop(); continue; }
    if (utf8.encode(c).length > MAX_NAME_BYTES) throw ENAMETOOLONG(path);
    parts.push(c);
  }
  return parts;
}

function toBytes(data) {
  if (typeof data === 'string') return utf8.encode(data);
  if (data instanceof Uint8Array) return data.slice();
  throw new TypeError('a file must be a string or a Uint8Array');
}

function dirNode() { return { kind: 'dir', children: new Map(), mtime: Date.now() / 1000 }; }
function fileNode(data) { return { kind: 'file', data, mtime: Date.now() / 1000 }; }

function isTree(v) {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function buildTree(obj, where, depth) {
  if (depth > 100) throw new TypeError(`opts.fs nests deeper than 100 folders at ${where}`);
  const d = dirNode();
  for (const name of Object.keys(obj)) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
      throw new TypeError(`opts.fs: invalid file name ${JSON.stringify(name)} in ${where}`);
    }
    d.children.set(name, buildNode(obj[name], `${where === '/' ? '' : where}/${name}`, depth + 1));
  }
  return d;
}

function buildNode(v, where, depth) {
  if (typeof v === 'string' || v instanceof Uint8Array) return fileNode(toBytes(v));
  if (v instanceof Mount) return { kind: 'mount', mount: v };
  if (isTree(v)) return buildTree(v, where, depth);
  throw new TypeError(`opts.fs: ${where} must be a string or Uint8Array (a file), a plain object (a folder) or a mount()`);
}

/**
 * A host directory exposed to the sandbox (Node only).
 * mode: 'read-only' (default), 'read-write' (writes reach the host directory), or 'overlay' (the
 * program sees its writes, the host directory never changes). writeLimitBytes caps the bytes the
 * run may write through this mount (default 64 MiB; OSError ENOSPC beyond).
 */
export class Mount {
  constructor(hostDir, opts = {}) {
    if (!isNode) throw new TypeError('mount() needs Node.js: in a browser use an in-memory tree');
    if (typeof hostDir !== 'string') throw new TypeError('mount(hostDir): hostDir must be a string');
    const mode = opts.mode ?? 'read-only';
    if (!['read-only', 'read-write', 'overlay'].includes(mode)) throw new TypeError(`mount(): unknown mode '${mode}'`);
    const limit = opts.writeLimitBytes ?? DEFAULT_MEMORY_WRITE_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 0) throw new TypeError('mount(): writeLimitBytes must be a non-negative integer');
    let real;
    try {
      real = nodeFs.realpathSync(hostDir);
    } catch (err) {
      throw new TypeError(`mount(): cannot open ${hostDir}: ${err.message}`);
    }
    if (!nodeFs.statSync(real).isDirectory()) throw new TypeError(`mount(): ${hostDir} is not a directory`);
    this.root = real;
    this.mode = mode;
    this.writeLimitBytes = limit;
    Object.freeze(this);
  }
}

/** Creates a Mount (Node only). */
export function mount(hostDir, opts) {
  return new Mount(hostDir, opts);
}

const WHITEOUT = Symbol('deleted');

/** The state of one mount during one run (a Mount may be shared by many runs). */
class MountState {
  constructor(m) {
    this.m = m;
    this.written = 0;
    this.layer = new Map(); // overlay: rel key -> file node | dir node | WHITEOUT
  }

  host(rel) {
    return nodePath.join(this.m.root, ...rel);
  }

  inside(real) {
    return real === this.m.root || real.startsWith(this.m.root + nodePath.sep);
  }

  /** The host path of an existing entry, after checking symlinks keep it inside; null if missing. */
  resolveExisting(rel, shown) {
    const p = this.host(rel);
    let real;
    try {
      real = nodeFs.realpathSync(p);
    } catch (err) {
      if (err.code === 'ENOENT') {
        // A dangling symlink whose target is outside must not be creatable through: refuse it.
        try {
          if (nodeFs.lstatSync(p).isSymbolicLink()) throw EACCES(shown);
        } catch (e2) {
          if (e2.pythonType) throw e2;
        }
        return null;
      }
      if (err.code === 'ENOTDIR') throw ENOTDIR(shown);
      if (err.code === 'ELOOP') throw EACCES(shown);
      throw fsError('OSError', null, `${err.message}`);
    }
    if (!this.inside(real)) throw EACCES(shown);
    return real;
  }

  /** For a write: the host path of the target, its parent checked to be a directory inside. */
  resolveForWrite(rel, shown) {
    if (rel.length === 0) throw EISDIR(shown);
    const parent = this.resolveExisting(rel.slice(0, -1), shown);
    if (parent === null) throw ENOENT(shown);
    if (!nodeFs.statSync(parent).isDirectory()) throw ENOTDIR(shown);
    const target = nodePath.join(parent, rel[rel.length - 1]);
    let st = null;
    try { st = nodeFs.lstatSync(target); } catch { /* new file */ }
    if (st !== null && st.isSymbolicLink()) {
      const real = this.resolveExisting(rel, shown);
      if (real === null) throw EACCES(shown);
      return real;
    }
    return target;
  }

  layered(rel) {
    for (let i = 1; i <= rel.length; i++) {
      const v = this.layer.get(rel.slice(0, i).join('/'));
      if (v === WHITEOUT) return WHITEOUT;
      if (i === rel.length && v !== undefined) return v;
    }
    return undefined;
  }

  stat(rel, shown) {
    if (this.m.mode === 'overlay') {
      const v = this.layered(rel);
      if (v === WHITEOUT) return null;
      if (v !== undefined) return { type: v.kind, size: v.kind === 'file' ? v.data.length : 0, mtime: v.mtime };
    }
    const real = this.resolveExisting(rel, shown);
    if (real === null) return null;
    const st = nodeFs.statSync(real);
    return { type: st.isDirectory() ? 'dir' : 'file', size: st.isDirectory() ? 0 : st.size, mtime: st.mtimeMs / 1000 };
  }

  read(rel, shown) {
    if (this.m.mode === 'overlay') {
      const v = this.layered(rel);
      if (v === WHITEOUT) throw ENOENT(shown);
      if (v !== undefined) {
        if (v.kind === 'dir') throw EISDIR(shown);
        return v.data.slice();
      }
    }
    const real = this.resolveExisting(rel, shown);
    if (real === null) throw ENOENT(shown);
    const st = nodeFs.statSync(real);
    if (st.isDirectory()) throw EISDIR(shown);
    if (!st.isFile()) throw EACCES(shown); // devices, FIFOs, sockets: never
    return new Uint8Array(nodeFs.readFileSync(real));
  }

  listdir(rel, shown) {
    const names = new Set();
    let found = false;
    if (this.m.mode === 'overlay') {
      const v = this.layered(rel);
      if (v === WHITEOUT) throw ENOENT(shown);
      if (v !== undefined && v.kind === 'file') throw ENOTDIR(shown);
      if (v !== undefined) found = true;
    }
    const real = this.m.mode === 'overlay' && this.layered(rel) !== undefined ? null : this.resolveExisting(rel, shown);
    if (real !== null) {
      if (!nodeFs.statSync(real).isDirectory()) throw ENOTDIR(shown);
      found = true;
      for (const n of nodeFs.readdirSync(real)) names.add(n);
    }
    if (!found) throw ENOENT(shown);
    if (this.m.mode === 'overlay') {
      const prefix = rel.length === 0 ? '' : `${rel.join('/')}/`;
      for (const [k, v] of this.layer) {
        if (!k.startsWith(prefix) || (prefix === '' && k === '')) continue;
        const rest = k.slice(prefix.length);
        if (rest.includes('/') || rest === '') continue;
        if (v === WHITEOUT) names.delete(rest);
        else names.add(rest);
      }
    }
    return [...names].sort();
  }

  charge(n, shown) {
    if (this.written + n > this.m.writeLimitBytes) throw ENOSPC(shown);
    this.written += n;
  }

  write(rel, data, mode, shown) {
    if (this.m.mode === 'read-only') throw EROFS(shown);
    const st = this.stat(rel, shown);
    if (st !== null && st.type === 'dir') throw EISDIR(shown);
    if (mode === 'x' && st !== null) throw EEXIST(shown);
    if (this.m.mode === 'overlay') {
      const parent = this.stat(rel.slice(0, -1), shown);
      if (parent === null) throw ENOENT(shown);
      if (parent.type !== 'dir') throw ENOTDIR(shown);
      this.charge(data.length, shown);
      let old = new Uint8Array(0);
      if (mode === 'a' && st !== null) old = this.read(rel, shown);
      const all = new Uint8Array(old.length + data.length);
      all.set(old);
      all.set(data, old.length);
      this.layer.set(rel.join('/'), fileNode(all));
      return data.length;
    }
    const target = this.resolveForWrite(rel, shown);
    this.charge(data.length, shown);
    if (mode === 'a') nodeFs.appendFileSync(target, data);
    else nodeFs.writeFileSync(target, data, { flag: mode === 'x' ? 'wx' : 'w' });
    return data.length;
  }

  mkdir(rel, shown) {
    if (this.m.mode === 'read-only') throw EROFS(shown);
    if (this.stat(rel, shown) !== null) throw EEXIST(shown);
    const parent = this.stat(rel.slice(0, -1), shown);
    if (parent === null) throw ENOENT(shown);
    if (parent.type !== 'dir') throw ENOTDIR(shown);
    if (this.m.mode === 'overlay') this.layer.set(rel.join('/'), dirNode());
    else nodeFs.mkdirSync(this.resolveForWrite(rel, shown));
  }

  remove(rel, wantDir, shown) {
    if (this.m.mode === 'read-only') throw EROFS(shown);
    if (rel.length === 0) throw EACCES(shown);
    if (this.m.mode !== 'overlay') {
      // A symlink is removed as itself (wherever it points), like unlink(2); never followed.
      const parent = this.resolveExisting(rel.slice(0, -1), shown);
      if (parent === null) throw ENOENT(shown);
      const target = nodePath.join(parent, rel[rel.length - 1]);
      let lst = null;
      try { lst = nodeFs.lstatSync(target); } catch { /* missing: reported below */ }
      if (lst !== null && lst.isSymbolicLink()) {
        if (wantDir) throw ENOTDIR(shown);
        nodeFs.unlinkSync(target);
        return;
      }
    }
    const st = this.stat(rel, shown);
    if (st === null) throw ENOENT(shown);
    if (wantDir && st.type !== 'dir') throw ENOTDIR(shown);
    if (!wantDir && st.type === 'dir') throw EISDIR(shown);
    if (wantDir && this.listdir(rel, shown).length > 0) throw ENOTEMPTY(shown);
    if (this.m.mode === 'overlay') {
      this.layer.set(rel.join('/'), WHITEOUT);
      return;
    }
    const parent = this.resolveExisting(rel.slice(0, -1), shown);
    const target = nodePath.join(parent, rel[rel.length - 1]); // unlink the link itself, never its target
    if (wantDir) nodeFs.rmdirSync(target);
    else nodeFs.unlinkSync(target);
  }
}

/**
 * The sandbox's file system for one run (or shared by several if the host passes the same
 * SandboxFs to each). Construct from the options.fs spec: { '/mountpoint': tree | file | mount() }.
 */
export class SandboxFs {
  constructor(spec = {}, opts = {}) {
    if (spec === null || typeof spec !== 'object' || !isTree(spec)) throw new TypeError('opts.fs must be a plain object { "/path": tree | file | mount(...) }');
    this.root = dirNode();
    this.memWritten = 0;
    this.memWriteLimit = opts.writeLimitBytes ?? DEFAULT_MEMORY_WRITE_LIMIT;
    // readOnly: the in-memory tree refuses every change with OSError [Errno 30] (mounts keep
    // their own mode); the CLI uses an empty read-only tree when it is given no --fs-root.
    this.readOnly = opts.readOnly === true;
    this.mounts = new Map();
    for (const where of Object.keys(spec)) {
      const parts = normalizePath(where);
      const node = buildNode(spec[where], `/${parts.join('/')}`, 0);
      if (parts.length === 0) {
        if (node.kind === 'mount') {
          if (Object.keys(spec).length !== 1) throw new TypeError('opts.fs: a mount at "/" must be the only entry');
          this.root = node;
          continue;
        }
        if (node.kind !== 'dir') throw new TypeError('opts.fs: "/" must be a folder or a mount');
        for (const [k, v] of node.children) this.root.children.set(k, v);
        continue;
      }
      let d = this.root;
      for (const c of parts.slice(0, -1)) {
        let next = d.children.get(c);
        if (next === undefined) { next = dirNode(); d.children.set(c, next); }
        if (next.kind !== 'dir') throw new TypeError(`opts.fs: ${where} is inside a file or a mount`);
        d = next;
      }
      d.children.set(parts[parts.length - 1], node);
    }
  }

  mountState(m) {
    let s = this.mounts.get(m);
    if (s === undefined) { s = new MountState(m); this.mounts.set(m, s); }
    return s;
  }

  /**
   * Finds where `parts` lives: { node, parent, name } in memory, or { mount: MountState, rel }.
   * A missing entry gives node === undefined (its parent may still exist).
   */
  locate(parts, shown) {
    let d = this.root;
    for (let i = 0; i < parts.length; i++) {
      if (d.kind === 'mount') return { mount: this.mountState(d.mount), rel: parts.slice(i) };
      if (d.kind !== 'dir') throw ENOTDIR(shown);
      const next = d.children.get(parts[i]);
      if (next === undefined) {
        if (i < parts.length - 1) throw ENOENT(shown);
        return { parent: d, name: parts[i], node: undefined };
      }
      if (i === parts.length - 1) {
        if (next.kind === 'mount') return { mount: this.mountState(next.mount), rel: [] };
        return { parent: d, name: parts[i], node: next };
      }
      d = next;
    }
    if (d.kind === 'mount') return { mount: this.mountState(d.mount), rel: [] };
    return { parent: null, name: '', node: d };
  }

  chargeMemory(n, shown) {
    if (this.memWritten + n > this.memWriteLimit) throw ENOSPC(shown);
    this.memWritten += n;
  }

  /** fs.read: the whole file. */
  read(path) {
    const loc = this.locate(normalizePath(path), path);
    if (loc.mount) return loc.mount.read(loc.rel, path);
    if (loc.node === undefined) throw ENOENT(path);
    if (loc.node.kind !== 'file') throw EISDIR(path);
    return loc.node.data.slice();
  }

  /** fs.write: mode 'w' (truncate), 'a' (append) or 'x' (exclusive create); returns bytes written. */
  write(path, data, mode = 'w') {
    if (!['w', 'a', 'x'].includes(mode)) throw fsError('ValueError', null, `invalid mode: '${mode}'`);
    const bytes = toBytes(data);
    const loc = this.locate(normalizePath(path), path);
    if (loc.mount) return loc.mount.write(loc.rel, bytes, mode, path);
    if (loc.parent === null) throw EISDIR(path);
    if (this.readOnly) throw EROFS(path);
    if (loc.node !== undefined && loc.node.kind !== 'file') throw EISDIR(path);
    if (mode === 'x' && loc.node !== undefined) throw EEXIST(path);
    this.chargeMemory(bytes.length, path);
    if (mode === 'a' && loc.node !== undefined) {
      const all = new Uint8Array(loc.node.data.length + bytes.length);
      all.set(loc.node.data);
      all.set(bytes, loc.node.data.length);
      loc.node.data = all;
      loc.node.mtime = Date.now() / 1000;
    } else {
      loc.parent.children.set(loc.name, fileNode(bytes));
    }
    return bytes.length;
  }

  /** fs.stat: null when missing, else { type: 'file' | 'dir', size, mtime }. */
  stat(path) {
    let loc;
    try {
      loc = this.locate(normalizePath(path), path);
    } catch (e) {
      if (e.pythonType === 'FileNotFoundError' || e.pythonType === 'NotADirectoryError') return null;
      throw e;
    }
    if (loc.mount) return loc.mount.stat(loc.rel, path);
    if (loc.node === undefined) return null;
    const n = loc.node;
    return { type: n.kind === 'file' ? 'file' : 'dir', size: n.kind === 'file' ? n.data.length : 0, mtime: n.mtime ?? 0 };
  }

  /** fs.listdir: sorted names. */
  listdir(path) {
    const loc = this.locate(normalizePath(path), path);
    if (loc.mount) return loc.mount.listdir(loc.rel, path);
    if (loc.node === undefined) throw ENOENT(path);
    if (loc.node.kind !== 'dir') throw ENOTDIR(path);
    return [...loc.node.children.keys()].sort();
  }

  /** fs.mkdir. */
  mkdir(path, parents = false, existOk = false) {
    const parts = normalizePath(path);
    if (parents) {
      for (let i = 1; i < parts.length; i++) {
        const st = this.stat(`/${parts.slice(0, i).join('/')}`);
        if (st === null) this.mkdir(`/${parts.slice(0, i).join('/')}`, false, false);
        else if (st.type !== 'dir') throw ENOTDIR(path);
      }
    }
    const st = this.stat(path);
    if (st !== null) {
      if (existOk && st.type === 'dir') return null;
      throw EEXIST(path);
    }
    const loc = this.locate(parts, path);
    if (loc.mount) { loc.mount.mkdir(loc.rel, path); return null; }
    if (this.readOnly) throw EROFS(path);
    this.chargeMemory(64, path);
    loc.parent.children.set(loc.name, dirNode());
    return null;
  }

  unlink(path) { return this.remove(path, false); }

  rmdir(path) { return this.remove(path, true); }

  remove(path, wantDir) {
    const loc = this.locate(normalizePath(path), path);
    if (loc.mount) {
      if (loc.rel.length === 0) throw fsError('OSError', 16, 'Device or resource busy', path);
      loc.mount.remove(loc.rel, wantDir, path);
      return null;
    }
    if (loc.node === undefined) throw ENOENT(path);
    if (loc.parent === null) throw fsError('OSError', 16, 'Device or resource busy', path);
    if (this.readOnly) throw EROFS(path);
    if (wantDir && loc.node.kind !== 'dir') throw ENOTDIR(path);
    if (!wantDir && loc.node.kind !== 'file') throw EISDIR(path);
    if (wantDir && loc.node.children.size > 0) throw ENOTEMPTY(path);
    loc.parent.children.delete(loc.name);
    return null;
  }

  /** fs.rename: files and folders inside memory; files only across a mount boundary is refused. */
  rename(src, dst) {
    const a = this.locate(normalizePath(src), src);
    const b = this.locate(normalizePath(dst), dst);
    if (a.mount || b.mount) {
      if (!a.mount || !b.mount || a.mount !== b.mount) throw EXDEV(src);
      const st = a.mount.stat(a.rel, src);
      if (st === null) throw ENOENT(src);
      if (a.mount.m.mode === 'read-only') throw EROFS(src);
      if (a.mount.m.mode === 'overlay') {
        if (st.type !== 'file') throw EXDEV(src);
        const data = a.mount.read(a.rel, src);
        a.mount.write(b.rel, data, 'w', dst);
        a.mount.remove(a.rel, false, src);
        return null;
      }
      const from = a.mount.resolveExisting(a.rel, src);
      const to = a.mount.resolveForWrite(b.rel, dst);
      nodeFs.renameSync(from, to);
      return null;
    }
    if (a.node === undefined) throw ENOENT(src);
    if (a.parent === null || b.parent === null) throw fsError('OSError', 16, 'Device or resource busy', src);
    if (this.readOnly) throw EROFS(src);
    if (b.node !== undefined && b.node.kind !== a.node.kind) throw b.node.kind === 'dir' ? EISDIR(dst) : ENOTDIR(dst);
    // Moving a folder into itself would detach it from the tree.
    const pa = normalizePath(src);
    const pb = normalizePath(dst);
    if (pb.length > pa.length && pa.every((c, i) => pb[i] === c)) throw fsError('OSError', 22, 'Invalid argument', src);
    a.parent.children.delete(a.name);
    b.parent.children.set(b.name, a.node);
    return null;
  }

  /** Host-side helper: a file's content as text (UTF-8). */
  readText(path) {
    return new TextDecoder().decode(this.read(path));
  }

  /** Answers one reserved host call (args as sent by the Python side). */
  call(name, args) {
    const str = (i) => {
      const v = args[i];
      if (typeof v !== 'string' && !(v instanceof Uint8Array)) throw fsError('TypeError', null, `${name}: argument ${i + 1} must be a path`);
      return v;
    };
    switch (name) {
      case 'fs.read': return this.read(str(0));
      case 'fs.write': {
        const data = args[1];
        if (!(data instanceof Uint8Array) && typeof data !== 'string') throw fsError('TypeError', null, 'fs.write: data must be bytes');
        return this.write(str(0), data, args[2] ?? 'w');
      }
      case 'fs.stat': {
        const st = this.stat(str(0));
        return st === null ? null : new Map([['type', st.type], ['size', st.size], ['mtime', st.mtime]]);
      }
      case 'fs.listdir': {
        const names = this.listdir(str(0));
        if (args[1] !== true) return names;
        // With types: [[name, 'file' | 'dir'], ...], so os.walk/scandir/glob need one call per folder.
        const base = typeof args[0] === 'string' ? args[0] : new TextDecoder().decode(args[0]);
        return names.map((n) => [n, this.stat(`${base}/${n}`)?.type ?? 'file']);
      }
      case 'fs.mkdir': return this.mkdir(str(0), args[1] === true, args[2] === true);
      case 'fs.unlink': return this.unlink(str(0));
      case 'fs.rmdir': return this.rmdir(str(0));
      case 'fs.rename': return this.rename(str(0), str(1));
      default: throw fsError('RuntimeError', null, `unknown file operation '${name}'`);
    }
  }
}

/** options.fs -> a SandboxFs (a SandboxFs passes through, so the host can inspect it afterwards). */
export function createFs(spec) {
  if (spec instanceof SandboxFs) return spec;
  if (spec === undefined || spec === null) return new SandboxFs({});
  return new SandboxFs(spec);
}

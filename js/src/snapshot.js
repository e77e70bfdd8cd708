// Snapshots of a paused run: step.dump() -> bytes, moat.load(bytes) -> the same step.
//
// Why this is small: at a pause (status CALL) moat_start/moat_resume have returned, so the C stack
// is unwound and the whole run (frames, heap, the pending calls, the result message) is the wasm
// instance's linear memory; the mutable globals are back at their post-_initialize values. A
// snapshot is therefore the memory plus the answers the harness already decided for the pending
// step (policy denials/mocks, OS and file calls), restored into a fresh instance of the SAME
// module. The module's SHA-256 is in the header: bytes from another build are refused.
//
// Layout (all integers little-endian):
//   magic "MOATSNAP" | u8 format version | u8 flags (bit 0: payload deflated) | u16 0
//   | 32 bytes SHA-256 of the wasm module | u32 meta length | meta (CBOR map)
//   | u32 payload length | u32 CRC-32 of meta and payload | payload
// meta: { "memory": byte length of memory, "answers": [[id, entry bytes]...], "stdout", "stderr" }.
// payload: the memory, zero-run encoded (varint literal length, literal bytes, varint zero count,
// repeated), then deflated when zlib is available (Node). Every length is checked before use;
// corrupt, truncated or foreign bytes throw a MoatError, never reach the module half-written.

import { encode, decode } from './cbor.js';
import { MoatError } from './errors.js';

const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null;
const zlib = isNode ? await import('node:zlib') : null;

const MAGIC = [0x4d, 0x4f, 0x41, 0x54, 0x53, 0x4e, 0x41, 0x50]; // "MOATSNAP"
export const SNAPSHOT_VERSION = 1;
const HEADER = 8 + 4 + 32;
/** wasm32 memory can never exceed 4 GiB; refuse anything claiming more before allocating. */
const MAX_MEMORY = 4 * 1024 * 1024 * 1024;

let crcTable = null;
function crc32(...parts) {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const bytes of parts) {
    for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** SHA-256 of the module bytes (async: WebCrypto). */
export async function moduleHash(bytes) {
  const c = globalThis.crypto;
  if (!c || !c.subtle) return null;
  return new Uint8Array(await c.subtle.digest('SHA-256', bytes));
}

class Writer {
  constructor(cap) { this.buf = new Uint8Array(cap); this.n = 0; }

  ensure(k) {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }

  varint(v) {
    this.ensure(10);
    while (v >= 0x80) { this.buf[this.n++] = (v % 0x80) | 0x80; v = Math.floor(v / 0x80); }
    this.buf[this.n++] = v;
  }

  bytes(b) { this.ensure(b.length); this.buf.set(b, this.n); this.n += b.length; }

  result() { return this.buf.subarray(0, this.n); }
}

/**
 * Zero-run encoding: runs of >= 32 zero bytes (8 aligned zero words) become a count; the rest is
 * copied. Scans 32-bit words, so a 64 MiB memory encodes in tens of milliseconds.
 */
export function zeroRunEncode(mem) {
  if (mem.byteOffset % 4 !== 0) mem = mem.slice(); // the word view needs an aligned start
  const w = new Writer(1 << 16);
  const n = mem.length;
  const words = n >>> 2;
  const u32 = new Uint32Array(mem.buffer, mem.byteOffset, words);
  let i = 0; // word index
  let lit = 0; // byte offset where the pending literal starts
  while (i < words) {
    if (u32[i] !== 0) { i++; continue; }
    let j = i;
    while (j < words && u32[j] === 0) j++;
    if (j - i >= 8 || j === words) {
      const zs = i * 4;
      const ze = j === words ? n : j * 4;
      // Trailing bytes after the last whole word belong to the zero run only if they are zero.
      let end = ze;
      if (j === words) { end = words * 4; while (end < n && mem[end] === 0) end++; }
      w.varint(zs - lit);
      w.bytes(mem.subarray(lit, zs));
      w.varint(end - zs);
      lit = end;
    }
    i = j;
  }
  if (lit < n) {
    w.varint(n - lit);
    w.bytes(mem.subarray(lit, n));
    w.varint(0);
  }
  return w.result();
}

/** Decodes into `out` (already zeroed), checking every length; returns false if malformed. */
export function zeroRunDecode(enc, out) {
  let p = 0;
  let o = 0;
  const varint = () => {
    let v = 0;
    let mul = 1;
    for (let k = 0; k < 6; k++) {
      if (p >= enc.length) return -1;
      const b = enc[p++];
      v += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return v;
      mul *= 0x80;
    }
    return -1;
  };
  while (p < enc.length) {
    const lit = varint();
    if (lit < 0 || lit > enc.length - p || lit > out.length - o) return false;
    out.set(enc.subarray(p, p + lit), o);
    p += lit;
    o += lit;
    const zeros = varint();
    if (zeros < 0 || zeros > out.length - o) return false;
    o += zeros;
  }
  return o === out.length;
}

function u32(b, off) { return (b[off] | (b[off + 1] << 8) | (b[off + 2] << 16) | (b[off + 3] << 24)) >>> 0; }
function putU32(b, off, v) { b[off] = v & 0xff; b[off + 1] = (v >>> 8) & 0xff; b[off + 2] = (v >>> 16) & 0xff; b[off + 3] = (v >>> 24) & 0xff; }

/** Builds the snapshot bytes of a paused instance. */
export function dumpInstance(inst, answers, hash) {
  if (hash === null) {
    throw new MoatError('snapshots need the module bytes: load the Moat from bytes, a path or a URL (not a compiled WebAssembly.Module)');
  }
  const mem = new Uint8Array(inst.memory.buffer);
  let end = mem.length;
  if (typeof inst.exports.moat_heap_end === 'function') {
    const h = inst.exports.moat_heap_end() >>> 0;
    if (h > 0 && h <= mem.length) end = h;
  }
  let payload = zeroRunEncode(mem.subarray(0, end));
  let flags = 0;
  if (zlib !== null) {
    payload = new Uint8Array(zlib.deflateRawSync(payload, { level: 1 }));
    flags |= 1;
  }
  const out = inst.output();
  const meta = encode(new Map([
    ['memory', mem.length],
    ['used', end],
    ['answers', answers.map(([id, bytes]) => [id, bytes])],
    ['stdout', out.stdout],
    ['stderr', out.stderr],
  ]));
  const total = HEADER + 4 + meta.length + 8 + payload.length;
  const b = new Uint8Array(total);
  b.set(MAGIC, 0);
  b[8] = SNAPSHOT_VERSION;
  b[9] = flags;
  b.set(hash, 12);
  let off = HEADER;
  putU32(b, off, meta.length); off += 4;
  b.set(meta, off); off += meta.length;
  putU32(b, off, payload.length); off += 4;
  putU32(b, off, crc32(meta, payload)); off += 4;
  b.set(payload, off);
  return b;
}

function bad(why) {
  return new MoatError(`not a valid Moat snapshot: ${why}`);
}

async function inflate(payload, bound) {
  if (zlib !== null) {
    try {
      return new Uint8Array(zlib.inflateRawSync(payload, { maxOutputLength: bound }));
    } catch (e) {
      throw bad(`compressed memory is corrupt (${e.message})`);
    }
  }
  if (typeof DecompressionStream === 'function') {
    try {
      const ds = new DecompressionStream('deflate-raw');
      const res = new Response(new Blob([payload]).stream().pipeThrough(ds));
      return new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw bad(`compressed memory is corrupt (${e.message})`);
    }
  }
  throw new MoatError('this snapshot is deflated and this JS environment has no zlib or DecompressionStream');
}

/**
 * Parses and checks snapshot bytes. Returns { answers: Map id -> entry bytes, memoryBytes, used,
 * memory: decoded Uint8Array, stdout, stderr }.
 */
export async function parseSnapshot(bytes, hash) {
  if (!(bytes instanceof Uint8Array)) {
    if (bytes instanceof ArrayBuffer) bytes = new Uint8Array(bytes);
    else if (ArrayBuffer.isView(bytes)) bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    else throw new TypeError('moat.load(bytes): bytes must be a Uint8Array');
  }
  if (bytes.length < HEADER + 4) throw bad('too short (truncated?)');
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC[i]) throw bad('wrong magic bytes');
  if (bytes[8] !== SNAPSHOT_VERSION) throw bad(`format version ${bytes[8]}, this host reads version ${SNAPSHOT_VERSION}`);
  if ((bytes[9] & ~1) !== 0 || bytes[10] !== 0 || bytes[11] !== 0) throw bad('unknown flags');
  if (hash === null) throw new MoatError('snapshots need the module bytes: load the Moat from bytes, a path or a URL');
  for (let i = 0; i < 32; i++) {
    if (bytes[12 + i] !== hash[i]) throw new MoatError('this snapshot was made by another build of the Moat module (its SHA-256 differs)');
  }
  let off = HEADER;
  const metaLen = u32(bytes, off); off += 4;
  if (metaLen > bytes.length - off) throw bad('truncated metadata');
  const metaBytes = bytes.subarray(off, off + metaLen);
  off += metaLen;
  if (bytes.length - off < 8) throw bad('truncated before the memory');
  const payLen = u32(bytes, off); off += 4;
  const crc = u32(bytes, off); off += 4;
  if (payLen !== bytes.length - off) throw bad(payLen > bytes.length - off ? 'truncated memory' : 'trailing bytes');
  let payload = bytes.subarray(off, off + payLen);
  if (crc32(metaBytes, payload) !== crc) throw bad('checksum mismatch (corrupt bytes)');
  let meta;
  try {
    meta = decode(metaBytes);
  } catch (e) {
    throw bad(`corrupt metadata (${e.message})`);
  }
  const get = (k) => (meta instanceof Map ? meta.get(k) : undefined);
  const memoryBytes = get('memory');
  const used = get('used');
  const answersRaw = get('answers');
  const stdout = get('stdout');
  const stderr = get('stderr');
  if (!Number.isSafeInteger(memoryBytes) || memoryBytes <= 0 || memoryBytes > MAX_MEMORY || memoryBytes % 65536 !== 0) throw bad('bad memory size');
  if (!Number.isSafeInteger(used) || used < 0 || used > memoryBytes) throw bad('bad used size');
  if (!Array.isArray(answersRaw) || typeof stdout !== 'string' || typeof stderr !== 'string') throw bad('bad metadata');
  const answers = new Map();
  for (const a of answersRaw) {
    if (!Array.isArray(a) || a.length !== 2 || typeof a[0] !== 'string' || !(a[1] instanceof Uint8Array)) throw bad('bad answers');
    answers.set(a[0], a[1]);
  }
  if (bytes[9] & 1) payload = await inflate(payload, Math.min(MAX_MEMORY, used + Math.ceil(used / 8) + 4096));
  const memory = new Uint8Array(used);
  if (!zeroRunDecode(payload, memory)) throw bad('corrupt memory encoding');
  return { answers, memoryBytes, used, memory, stdout, stderr };
}

// Python-style repr of values on the JS side of the boundary, for display only (the call list and
// the value of the last expression): shared by the page and the worker.

import { Tuple, PyFloat } from '../js/src/cbor.js';

/** A Python-style repr of a value that came back from the sandbox, for display. */
export function pyRepr(v, depth = 0) {
  if (depth > 50) return '...';
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return String(v);
  }
  if (v instanceof PyFloat) return Number.isInteger(v.value) ? `${v.value}.0` : String(v.value);
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
      .replace(q === "'" ? /'/g : /"/g, `\\${q}`);
    return q + body + q;
  }
  if (v instanceof Uint8Array) {
    let s = "b'";
    for (const b of v) {
      if (b === 0x27 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
      else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
      else s += `\\x${b.toString(16).padStart(2, '0')}`;
    }
    return `${s}'`;
  }
  if (v instanceof Tuple) {
    const items = v.map((x) => pyRepr(x, depth + 1));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => pyRepr(x, depth + 1)).join(', ')}]`;
  if (v instanceof Map) {
    return `{${[...v].map(([k, x]) => `${pyRepr(k, depth + 1)}: ${pyRepr(x, depth + 1)}`).join(', ')}}`;
  }
  if (v instanceof Set) return v.size === 0 ? 'set()' : `{${[...v].map((x) => pyRepr(x, depth + 1)).join(', ')}}`;
  if (typeof v === 'object') {
    return `{${Object.keys(v).map((k) => `${pyRepr(k)}: ${pyRepr(v[k], depth + 1)}`).join(', ')}}`;
  }
  return String(v);
}

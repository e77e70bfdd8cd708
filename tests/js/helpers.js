// Shared helpers of the JS tests: where the built interpreter is, and loading it once per file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The wasm module under test: js/dist/moat.wasm (what build.sh ships), else build-wasm/moat.wasm. */
export function wasmPath() {
  const candidates = [path.join(ROOT, 'js', 'dist', 'moat.wasm'), path.join(ROOT, 'build-wasm', 'moat.wasm')];
  if (process.env.MOAT_WASM) candidates.unshift(path.resolve(process.env.MOAT_WASM));
  for (const p of candidates) if (fs.existsSync(p)) return p;
  throw new Error(`moat.wasm is not built (looked for ${candidates.join(', ')}); run scripts/build.sh`);
}

/** The bytes of the module under test. */
export function wasmBytes() {
  return fs.readFileSync(wasmPath());
}

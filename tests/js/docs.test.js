// The examples in docs/harness.md are run here, so the documentation cannot drift from the code:
// every ```js block runs as the body of an async function with `moat`, `assert` and the package's
// exports in scope, and must not throw.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as pkg from '../../js/src/index.js';
import { ROOT, wasmBytes } from './helpers.js';

const doc = fs.readFileSync(path.join(ROOT, 'docs', 'harness.md'), 'utf8');
const blocks = [...doc.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
const AsyncFunction = (async () => {}).constructor;

let moat;
beforeAll(async () => {
  moat = await pkg.Moat.load({ wasm: wasmBytes() });
});

test('docs/harness.md has examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(8);
});

test.each(blocks.map((b, i) => [i + 1, b.split('\n')[0], b]))('docs/harness.md example %i: %s', async (i, first, body) => {
  const names = Object.keys(pkg).filter((k) => k !== 'default');
  const fn = new AsyncFunction('moat', 'assert', ...names, body);
  await fn(moat, assert, ...names.map((k) => pkg[k]));
});

// examples/agent.mjs (issue 5): the agent-style tool loop runs and shows each part (sync tool,
// async tool, denied tool, env, a snapshot saved and resumed).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, wasmPath } from './helpers.js';

test('examples/agent.mjs runs the tool loop end to end', () => {
  wasmPath(); // fails clearly when the module is not built
  const out = execFileSync(process.execPath, [path.join(ROOT, 'examples', 'agent.mjs')], { encoding: 'utf8', timeout: 60000 });
  expect(out).toMatch(/run saved \(\d+ bytes\)/);
  expect(out).toContain('[host] restored; the person says yes');
  expect(out).toContain('add: 5 | weather: 14 cloudy\n');
  expect(out).toContain("refused: host call 'send_email' denied by policy\n");
  expect(out).toMatch(/brief: (Quarterly numbers are up\.|\(no open\(\) in this build: \w+\))\n/);
  expect(out).toContain('user: agent\npublished\n');
  expect(out).toContain('[host] value: 50');
  expect(out).toContain('send_email:deny');
});

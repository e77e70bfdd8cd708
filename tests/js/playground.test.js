// The playground in a real browser (Debian's Chromium driven by playwright-core; no browser is
// ever downloaded). The repository root is served by a small static server on a free port.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { ROOT, wasmPath } from './helpers.js';
import { serveStatic } from './static-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.MOAT_REQUIRE_CHROMIUM === '1') {
  throw new Error(`${CHROMIUM} not found (apt-get install -y chromium)`);
}
if (!haveChromium) console.warn(`${CHROMIUM} not found: playground tests skipped`);
const describeBrowser = haveChromium ? describe : describe.skip;

describeBrowser('playground', () => {
  let server;
  let browser;
  let page;
  const problems = [];

  beforeAll(async () => {
    // Serve the module under test even if only build-wasm/ has it.
    server = await serveStatic(ROOT, { '/js/dist/moat.wasm': wasmPath() });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    await page.goto(`${server.url}playground/`);
    await page.waitForFunction(() => document.querySelector('#status').textContent === 'ready', null, { timeout: 30000 });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function runCode(code, { keyboard = false, typed = false } = {}) {
    if (typed) {
      // Like a user: clear the editor, then type the program key by key.
      await page.fill('#code', '');
      await page.click('#code');
      await page.keyboard.type(code);
      expect(await page.inputValue('#code')).toBe(code);
    } else {
      await page.fill('#code', code);
    }
    if (keyboard) {
      await page.focus('#code');
      await page.keyboard.press('Control+Enter');
    } else {
      await page.click('#run');
    }
    await page.waitForFunction(() => !document.body.classList.contains('running') &&
      document.querySelector('#status').textContent !== 'running…', null, { timeout: 30000 });
    return page.textContent('#output');
  }

  test('typing print(6*7) and pressing Run shows 42', async () => {
    const out = await runCode('print(6*7)', { typed: true });
    expect(out).toBe('42\n');
    expect(await page.textContent('#status')).toMatch(/^done/);
    expect(problems).toEqual([]);
  });

  test('Ctrl+Enter runs', async () => {
    const out = await runCode('print("keyboard")', { keyboard: true });
    expect(out).toBe('keyboard\n');
  });

  test('host calls appear in the call list with their results', async () => {
    const out = await runCode('print(add(2, 3))\nw = get_weather("Paris")\nprint(w["temp"])\n');
    expect(out).toBe('5\n14\n');
    const rows = await page.$$eval('#calls li', (lis) => lis.map((li) => li.textContent));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('add(2, 3)');
    expect(rows[0]).toContain('5');
    expect(rows[1]).toContain("get_weather('Paris')");
    expect(rows[1]).toContain('cloudy');
  });

  test('a refused call raises in Python and is marked in the list', async () => {
    const out = await runCode('try:\n    delete_file("/x")\nexcept PermissionError as e:\n    print("refused")\n');
    expect(out).toBe('refused\n');
    const cls = await page.$eval('#calls li', (li) => li.className);
    expect(cls).toContain('refused');
  });

  test('a traceback is shown in red', async () => {
    const out = await runCode('def f():\n    return 1/0\nf()\n');
    expect(out).toContain('Traceback (most recent call last):');
    expect(out).toContain('ZeroDivisionError: division by zero');
    const color = await page.$eval('#output .traceback', (el) => getComputedStyle(el).color);
    expect(color).toBe('rgb(198, 40, 40)');
  });

  test('mediated OS calls appear as they happen, with the policy decision', async () => {
    const out = await runCode('import os\nprint(os.getenv("USER"), os.getenv("HOME"))\ndelete_file("/x")');
    expect(out).toContain('guest None\n');
    expect(out).toContain('PermissionError');
    const rows = await page.$$eval('#calls li', (lis) => lis.map((li) => [li.textContent, li.className, li.dataset.decision]));
    expect(rows).toHaveLength(3);
    expect(rows[0][0]).toContain("os.getenv('USER')");
    expect(rows[0][0]).toContain("allowed → 'guest'");
    expect(rows[1][0]).toContain('allowed → None');
    expect(rows[2][0]).toContain("delete_file('/x')");
    expect(rows[2][0]).toContain('denied → PermissionError');
    expect(rows[2][1]).toContain('refused');
    expect(rows[2][2]).toBe('deny');
  });

  test('the files and env example reads the sandbox env and shows each call', async () => {
    await page.selectOption('#example', 'Files and env');
    await page.click('#run');
    await page.waitForFunction(() => !document.body.classList.contains('running'), null, { timeout: 30000 });
    const out = await page.textContent('#output');
    expect(out).toContain('user: guest\nmode: demo\nsecret: None\n');
    const rows = await page.$$eval('#calls li', (lis) => lis.map((li) => li.textContent));
    expect(rows.some((r) => r.includes("os.getenv('USER')"))).toBe(true);
    expect(rows.some((r) => r.startsWith('time.sleep(0.2)'))).toBe(true);
  });

  test('every bundled example runs as intended', async () => {
    const expected = {
      'Host calls': /^done/,
      Hello: /^done/,
      Traceback: /^uncaught exception$/,
      Data: /^done/,
      'Files and env': /^done/,
    };
    const names = await page.$$eval('#example option', (os) => os.map((o) => o.value));
    expect(names).toEqual([...Object.keys(expected), 'Infinite loop']);
    for (const [name, status] of Object.entries(expected)) {
      await page.selectOption('#example', name);
      await page.click('#run');
      await page.waitForFunction(() => !document.body.classList.contains('running'), null, { timeout: 30000 });
      const out = await page.textContent('#output');
      expect([name, await page.textContent('#status')]).toEqual([name, expect.stringMatching(status)]);
      if (name === 'Traceback') expect(out).toContain('ZeroDivisionError: division by zero');
      else expect(out).not.toContain('Traceback');
    }
    expect(problems).toEqual([]);
  });

  test('Stop terminates a runaway program and the next run works', async () => {
    await page.fill('#time-limit', '600000');
    await page.fill('#code', 'n = 0\nwhile True:\n    n += 1\n');
    await page.click('#run');
    await page.waitForTimeout(500);
    expect(await page.isDisabled('#run')).toBe(true);
    await page.click('#stop');
    expect(await page.textContent('#status')).toBe('stopped');
    expect(await page.textContent('#output')).toContain('[stopped]');
    await page.fill('#time-limit', '5000');
    const out = await runCode('print("again")');
    expect(out).toBe('again\n');
  });
});

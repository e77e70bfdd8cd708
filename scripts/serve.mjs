// A tiny zero-dependency static file server for the repository root (the playground loads
// /playground/ and /js/...). It serves files only: no directory listings, no writes, nothing outside
// the root (the resolved real path must stay inside it, which also defeats symlinks pointing out).
// Usage: node scripts/serve.mjs [ROOT]; PORT (default 8000), HOST (default 127.0.0.1).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = fs.realpathSync(path.resolve(process.argv[2] || path.join(here, '..')));
const port = Number.parseInt(process.env.PORT || '8000', 10);
const host = process.env.HOST || '127.0.0.1';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.py': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

// Returns the real path of the file to serve, or null when the request must be refused.
function resolveRequest(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Hidden files and folders (.git, .ci, ...) are not part of the site.
  if (decoded.split('/').some((seg) => seg.startsWith('.') && seg !== '.' && seg !== '..')) return undefined;
  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  let real;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return undefined; // does not exist
  }
  if (real !== root && !real.startsWith(root + path.sep)) return null;
  let stat = fs.statSync(real);
  if (stat.isDirectory()) {
    const index = path.join(real, 'index.html');
    if (!fs.existsSync(index)) return undefined;
    real = fs.realpathSync(index);
    if (!real.startsWith(root + path.sep)) return null;
    stat = fs.statSync(real);
  }
  if (!stat.isFile()) return undefined;
  return real;
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let url;
  try {
    url = new URL(req.url, 'http://localhost');
  } catch {
    send(res, 400, 'bad request\n');
    return;
  }
  const file = resolveRequest(url.pathname);
  if (file === null) {
    send(res, 403, 'forbidden\n');
    return;
  }
  if (file === undefined) {
    send(res, 404, 'not found\n');
    return;
  }
  // A directory URL without its trailing slash would break relative links in its index.html.
  if (!url.pathname.endsWith('/') && path.basename(file) === 'index.html' &&
      !url.pathname.endsWith('index.html')) {
    send(res, 301, 'moved\n', { Location: url.pathname + '/' + url.search });
    return;
  }
  const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
  const size = fs.statSync(file).size;
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
});

server.on('error', (err) => {
  console.error(`serve: ${err.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const shown = host.includes(':') ? `[${host}]` : host;
  console.log(`serving ${root} at http://${shown}:${port}/`);
  console.log(`playground: http://${shown}:${port}/playground/`);
});

// A tiny static file server for the playground test: serves the repository root on 127.0.0.1 on a
// free port, with the MIME types browsers insist on (application/wasm for streaming compilation,
// text/javascript for module scripts and workers). Files only; nothing outside the root.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.py': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root`; resolves to { url, close() } where url ends with "/".
 * `overrides` maps URL paths to files served instead (e.g. the wasm from build-wasm/).
 */
export function serveStatic(root, overrides = {}) {
  const realRoot = fs.realpathSync(root);
  const server = http.createServer((req, res) => {
    let file;
    try {
      const { pathname } = new URL(req.url, 'http://127.0.0.1');
      if (Object.hasOwn(overrides, pathname)) {
        res.writeHead(200, { 'Content-Type': MIME[path.extname(pathname)] ?? 'application/octet-stream' });
        fs.createReadStream(overrides[pathname]).on('error', () => res.destroy()).pipe(res);
        return;
      }
      file = path.resolve(realRoot, '.' + path.posix.normalize('/' + decodeURIComponent(pathname)));
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      file = fs.realpathSync(file);
    } catch {
      res.writeHead(404).end('not found\n');
      return;
    }
    if (file !== realRoot && !file.startsWith(realRoot + path.sep)) {
      res.writeHead(403).end('forbidden\n');
      return;
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

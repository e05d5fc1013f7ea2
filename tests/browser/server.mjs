// A tiny static file server for the browser tests, the Vite test and the demo: node:http only,
// 127.0.0.1 only, an ephemeral port unless told otherwise.
//
//   const { url, close } = await startStaticServer({ routes: {
//     '/pkg/': '/abs/path/to/pkg',                     // a directory under a URL prefix
//     '/': { dir: '/abs/path', index: 'page.html' },   // with the file `/` (and `/sub/`) serves
//     '/favicon.ico': { file: '/abs/icon.ico' },       // one file at one URL
//   } });
//
// The longest matching prefix wins. Only GET and HEAD; nothing outside a route's directory is
// reachable (`..`, encoded or not, is refused); every response says `cache-control: no-store`.
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export function mimeType(path) {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function normaliseRoutes(routes) {
  return Object.entries(routes)
    .map(([prefix, target]) => {
      if (!prefix.startsWith('/')) throw new TypeError(`route ${prefix} must start with /`);
      const spec = typeof target === 'string' ? { dir: target } : { ...target };
      if (spec.dir) spec.dir = resolve(spec.dir);
      if (spec.file) spec.file = resolve(spec.file);
      if (!spec.dir === !spec.file) throw new TypeError(`route ${prefix} needs a dir or a file`);
      return { prefix, index: 'index.html', ...spec };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/** The file a URL path maps to, or null (unknown route, or an escape from its directory). */
function locate(routes, pathname) {
  for (const route of routes) {
    if (route.file) {
      if (pathname === route.prefix) return route.file;
      continue;
    }
    // `/pkg` reaches the `/pkg/` route too: it names the directory, which the caller redirects.
    const prefix = route.prefix.endsWith('/') ? route.prefix : `${route.prefix}/`;
    if (!(pathname + (pathname.endsWith('/') ? '' : '/')).startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length);
    const target = resolve(route.dir, `.${sep}${rest}`);
    if (target !== route.dir && !target.startsWith(route.dir + sep)) return null;
    return pathname.endsWith('/') ? join(target, route.index) : target;
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * Starts serving `routes` on http://127.0.0.1:<port>. Resolves with
 * `{ url, port, server, close }`; `close()` ends every connection and resolves once closed.
 * `onRequest(req, status)` (optional) is told of every request, e.g. for a log.
 */
export async function startStaticServer({ routes, port = 0, headers = {}, onRequest } = {}) {
  if (!routes || typeof routes !== 'object') throw new TypeError('startStaticServer: routes is required');
  const table = normaliseRoutes(routes);
  const server = http.createServer(async (req, res) => {
    const done = (status) => onRequest?.(req, status);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, 'method not allowed');
      return done(405);
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      send(res, 400, 'bad request');
      return done(400);
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'bad request');
      return done(400);
    }
    const file = locate(table, pathname);
    let info = null;
    if (file) info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // `/dir` → `/dir/`, so relative URLs inside its index resolve against the directory.
      res.writeHead(301, { location: `${pathname}/`, 'cache-control': 'no-store' });
      res.end();
      return done(301);
    }
    if (!info?.isFile()) {
      send(res, 404, `not found: ${pathname}`);
      return done(404);
    }
    res.writeHead(200, {
      'content-type': mimeType(file),
      'content-length': info.size,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    done(200);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const actual = server.address().port;
  let closing;
  const close = () =>
    (closing ??= new Promise((resolveClose) => {
      server.close(() => resolveClose());
      server.closeAllConnections();
    }));
  return { url: `http://127.0.0.1:${actual}`, port: actual, server, close };
}

const here = fileURLToPath(new URL('.', import.meta.url));

/** The routes of the browser test page: the built package (`pkgDir`, default pkg/ of this
 *  repository), the shared cases, the page itself. */
export function testPageRoutes({ pkgDir = join(here, '../../pkg') } = {}) {
  return {
    '/pkg/': pkgDir,
    '/cases/': join(here, '../cases'),
    '/': { dir: here, index: 'page.html' },
  };
}

// `node tests/browser/server.mjs [--port N]`: serve the test page for a look in a real browser.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--port');
  const port = at < 0 ? 0 : Number(process.argv[at + 1]);
  const { url, close } = await startStaticServer({ routes: testPageRoutes(), port });
  console.log(`browser test page: ${url}/  (add ?mock=<mock API url> for the client cases)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => close().then(() => process.exit(0)));
}

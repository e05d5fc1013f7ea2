// The demo's one local server (node:http only, 127.0.0.1 only):
//   /            the page (www/)
//   /pkg/        the built package, imported by the page as any page imports it
//   /demo-config which mode the page is in
//   /demo-limits mock mode: POST { tight: true } swaps in a mock that enforces TIGHT_LIMITS
//                (its faults kept), { tight: false } the default limits, not enforced
//   /v1/*        mock mode: the embedded mock Claude API, faults injected by /__mock/*
//                proxy mode (ANTHROPIC_API_KEY set): https://api.anthropic.com, with the key
//                added here, so it never reaches the browser (the page's client has apiKey: null)
//
//   node www/server.mjs [--port N]      PORT=N overrides the default 8787; --port 0 picks one
//   const { url, close } = await startDemoServer({ port: 0, mode: 'mock' })   (tests)
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createMockClaude } from '../pkg/testing.mjs';
import { startStaticServer } from '../tests/browser/server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

export const DEFAULT_PORT = 8787;
export const UPSTREAM = 'https://api.anthropic.com';
/** The mock's starting point: a little latency, as a real API has, and streams that arrive
 *  word by word, slowly enough to watch. The page's Reset button returns to these. */
export const DEMO_FAULTS = Object.freeze({
  rate429: 0, rate529: 0, rate500: 0, retryAfterSec: 1, latencyMs: 150, outage: false, streamDelayMs: 35,
});

/** A window small enough to overrun by hand: the page's "burst beyond the limit" switches it on,
 *  and the client paces the burst to it. The default limits (50 requests a minute, not
 *  enforced) leave every other flow of the page unpaced. */
export const TIGHT_LIMITS = Object.freeze({ requests: 4, windowMs: 10_000, enforce: true });

// Request headers the proxy forwards; anything else (cookies, origin, a key the page might
// send, the browser opt-in) stays here. The key is added by the proxy alone.
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'anthropic-version', 'anthropic-beta'];
// Hop-by-hop headers are the connection's, not the response's (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer',
  'proxy-authenticate', 'proxy-authorization',
]);

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store',
  });
  res.end(text);
}

const apiError = (res, status, type, message) => sendJson(res, status, { type: 'error', error: { type, message } });

/**
 * A request the page made, rather than another site the user visits driving the key through
 * this server (a cross-site form post needs no CORS preflight) or a DNS-rebound host name.
 */
function fromThePage(req, port) {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || hosts.some((host) => origin === `http://${host}`);
}

/** Forwards one /v1/* request to `upstream` with the key; bodies stream both ways. */
function proxy(req, res, { upstream, apiKey, log }) {
  const target = new URL(req.url, upstream);
  const headers = { authorization: `Bearer ${apiKey}`, 'accept-encoding': 'identity' };
  for (const name of FORWARDED_REQUEST_HEADERS) {
    if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  }
  headers['anthropic-version'] ??= '2026-10-21';
  if (req.headers['content-length'] !== undefined) headers['content-length'] = req.headers['content-length'];
  const started = Date.now();
  const client = target.protocol === 'https:' ? https : http;
  const out = client.request(target, { method: req.method, headers }, (answer) => {
    const back = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!HOP_BY_HOP.has(name)) back[name] = value;
    }
    back['cache-control'] ??= 'no-store';
    res.writeHead(answer.statusCode ?? 502, back);
    // pipeline, not pipe: a stream the API cuts short is cut short for the page too.
    pipeline(answer, res, (error) => log(`${req.method} ${target.pathname} → ${answer.statusCode} ` +
      `${answer.headers['request-id'] ?? ''} ${Date.now() - started} ms${error ? ` (cut: ${error.code ?? error.message})` : ''}`));
  });
  out.on('error', (error) => {
    // error.message names the host, never the headers; it is safe to show and to log.
    log(`${req.method} ${target.pathname} → proxy error: ${error.message}`);
    if (!res.headersSent) apiError(res, 502, 'api_error', `the demo proxy could not reach ${target.origin}: ${error.message}`);
    else res.destroy();
  });
  // The page gave up (abort, closed tab): stop the upstream request as well.
  res.on('close', () => { if (!res.writableFinished) out.destroy(); });
  pipeline(req, out, () => {}); // a failure here surfaces as out's 'error' above
}

/**
 * Starts the demo server. `mode` 'mock' mounts the mock API; 'proxy' forwards /v1/* to
 * `upstream` with `apiKey` (default: ANTHROPIC_API_KEY; proxy is the default mode when it is set).
 * `pkgDir` is the package served at /pkg/ (default: this repository's pkg/).
 * Resolves with { url, port, mode, mock (the mock's API in mock mode, the one in use), close }.
 */
export async function startDemoServer({
  port = DEFAULT_PORT,
  mode,
  apiKey = process.env.ANTHROPIC_API_KEY || undefined,
  upstream = UPSTREAM,
  faults = DEMO_FAULTS,
  pkgDir = fileURLToPath(new URL('../pkg/', import.meta.url)),
  log = () => {},
} = {}) {
  mode ??= apiKey ? 'proxy' : 'mock';
  if (mode !== 'mock' && mode !== 'proxy') throw new TypeError(`mode must be 'mock' or 'proxy', not ${mode}`);
  if (mode === 'proxy' && !apiKey) throw new TypeError('proxy mode needs an API key (ANTHROPIC_API_KEY)');
  let mock = mode === 'mock' ? createMockClaude({ faults }) : null;
  let tight = false;
  const config = JSON.stringify(mock ? { mode, faultControls: true, faults, tightLimits: TIGHT_LIMITS } : { mode, faultControls: false });
  /** The mock's limits are fixed at its creation: a switch is a new mock with the same faults.
   *  Requests in flight on the old one are cut. */
  async function setLimits(req, res) {
    let body;
    try {
      body = JSON.parse(await new Response(req).text());
    } catch {
      body = null;
    }
    if (typeof body?.tight !== 'boolean') return apiError(res, 400, 'invalid_request_error', 'POST /demo-limits takes { "tight": boolean }');
    if (body.tight !== tight) {
      const old = mock;
      mock = createMockClaude({ faults: old.faults, ...(body.tight ? { limits: TIGHT_LIMITS } : {}) });
      tight = body.tight;
      old.close();
    }
    return sendJson(res, 200, { tight, limits: tight ? TIGHT_LIMITS : null });
  }

  const statics = await startStaticServer({ port, routes: { '/pkg/': pkgDir, '/': here } });
  const actualPort = statics.port;
  // The static server answers GET and HEAD of files; this server puts the API in front of it.
  const [serveFile] = statics.server.listeners('request');
  statics.server.removeAllListeners('request');
  statics.server.on('request', (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/demo-config') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(config);
    }
    if (mock && pathname === '/demo-limits') {
      if (req.method === 'POST') return setLimits(req, res);
      return sendJson(res, 200, { tight, limits: tight ? TIGHT_LIMITS : null });
    }
    if (mock) {
      if (mock.handle(req, res)) return;
    } else if (pathname.startsWith('/v1/')) {
      if (!fromThePage(req, actualPort)) {
        return apiError(res, 403, 'permission_error', 'the demo proxy only serves its own page');
      }
      return proxy(req, res, { upstream, apiKey, log });
    }
    if (pathname.startsWith('/v1/') || pathname.startsWith('/__mock/')) {
      return apiError(res, 404, 'not_found_error', `${pathname} is not served in ${mode} mode`);
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    return serveFile(req, res);
  });

  let closing;
  const close = () => (closing ??= (mock?.close(), statics.close()));
  return { url: `http://127.0.0.1:${actualPort}`, port: actualPort, mode, get mock() { return mock; }, close };
}

function portFromArgs(args) {
  const at = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const value = at < 0 ? process.env.PORT ?? String(DEFAULT_PORT)
    : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  if (!/^\d+$/.test(value ?? '') || Number(value) > 65535) {
    console.error('usage: node www/server.mjs [--port N]   (or PORT=N)');
    process.exit(2);
  }
  return Number(value);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = portFromArgs(process.argv.slice(2));
  let server;
  try {
    server = await startDemoServer({ port, log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    console.error(error.code === 'EADDRINUSE'
      ? `port ${port} is in use: try PORT=<another port> make demo` : `demo server: ${error.message}`);
    process.exit(1);
  }
  const how = server.mode === 'proxy'
    ? 'real Claude API through this server (ANTHROPIC_API_KEY stays here)'
    : 'embedded mock Claude API with fault injection (set ANTHROPIC_API_KEY for the real one)';
  console.log(`\n  claude-resilience demo: ${server.url}/\n  ${how}\n  Ctrl-C to stop\n`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.log('\n  stopping the demo server');
      server.close().then(() => process.exit(0));
    });
  }
}

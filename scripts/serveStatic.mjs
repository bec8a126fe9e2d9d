// The one static file server of the scripts, the tests and the bench: sirv, kept as plain
// as the static hosts the built site must work on: files only, under a path prefix, no
// fallback page, no compression, no caching (every request reads the file again).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * Serves folders under URL prefixes on 127.0.0.1 (a free port unless given).
 * @param {Record<string, string>} mounts URL prefix ("/some/sub/folder/") to folder.
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ origin: string, url: (path: string) => string, close: () => Promise<void> }>}
 */
export async function serveStatic(mounts, options = {}) {
  const handlers = Object.entries(mounts).map(([prefix, dir]) => ({
    prefix,
    // dev: read from disk on every request and send "Cache-Control: no-store"; no etag, so
    // no request is ever answered from a cache. "/" and "/sub/" serve their index.html.
    serve: sirv(resolve(dir), { dev: true, etag: false, single: false, extensions: ['html'] }),
  }));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const mount = handlers.find(({ prefix }) => path.startsWith(prefix));
    if (!mount) return notFound(res);
    // sirv serves from its folder's root: hand it the path below the prefix.
    req.url = `/${(req.url ?? '/').slice(mount.prefix.length).replace(/^\/+/, '')}`;
    mount.serve(req, res, () => notFound(res));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok(undefined));
      }),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

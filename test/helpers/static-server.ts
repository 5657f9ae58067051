import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Serves a built site from a folder on 127.0.0.1, as a static host would.
 * `plainHost`: as the plainest hosts do (Netlify, GitHub Pages, S3): a .txt
 * with no character set, and the site's 404.html with status 404 for any
 * address that has no file.
 */
export async function serveStatic(root: string, options: { plainHost?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    let found = await stat(file).catch(() => undefined);
    let status = 200;
    if (!found?.isFile()) {
      if (!options.plainHost) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      status = 404;
      file = path.join(root, '404.html');
      found = await stat(file);
    }
    const type = options.plainHost && path.extname(file) === '.txt' ? 'text/plain' : (types[path.extname(file)] ?? 'application/octet-stream');
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': found.size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// Serves the built app (dist/) on a free local port, as a static host would (single byte
// ranges included: the app fetches single rows of a rows file by range).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** The body, or the one byte range asked for (206), as static hosts answer. */
function send(res: ServerResponse, range: string | undefined, type: string, body: Uint8Array): void {
  const asked = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
  if (!asked) {
    res.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes' });
    res.end(body);
    return;
  }
  const start = Number(asked[1]);
  const end = Math.min(body.length - 1, asked[2] ? Number(asked[2]) : body.length - 1);
  if (start >= body.length) {
    res.writeHead(416, { 'content-range': `bytes */${body.length}` });
    res.end();
    return;
  }
  res.writeHead(206, { 'content-type': type, 'content-range': `bytes ${start}-${end}/${body.length}` });
  res.end(body.subarray(start, end + 1));
}

export async function serveDir(root: string, overrides: Record<string, string | Uint8Array | { status: number; body: string }> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  // Encoded once, as a static host reads a file once: the app asks for many ranges of each rows file.
  const encoded = new Map<string, Uint8Array>();
  const bytesOf = (body: string): Uint8Array => {
    let bytes = encoded.get(body);
    if (!bytes) encoded.set(body, (bytes = Buffer.from(body)));
    return bytes;
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const override = overrides[path];
    if (override !== undefined) {
      if (override instanceof Uint8Array) return send(res, req.headers.range, 'application/octet-stream', override);
      const { status, body } = typeof override === 'string' ? { status: 200, body: override } : override;
      if (status === 200) return send(res, req.headers.range, 'application/json', bytesOf(body));
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

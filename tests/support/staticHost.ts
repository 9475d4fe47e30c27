/**
 * A static host for the tests that need one, as GitHub Pages, Netlify or any plain file server
 * answers: a folder's index.html for a path that is a folder, a file for a file, and for any other
 * path the site's 404.html with status 404. (`vite preview`, which the other tests use, answers the
 * root index.html instead, as a single-page host does.) A path with an empty segment ("//") names no
 * file, as on a host that maps paths to files one for one (an object store).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static host: its address (ending in "/") and how to stop it. */
export type StaticHost = { url: string; close: () => Promise<void> };

/** Serves `dir` (the build) on a free port of 127.0.0.1. */
export async function startStaticHost(dir: string): Promise<StaticHost> {
  const root = resolve(dir);
  const answer = async (pathname: string): Promise<{ status: number; file: string }> => {
    const file = normalize(join(root, pathname));
    if (pathname.includes('//') || (file !== root && !file.startsWith(root + sep))) return { status: 404, file: join(root, '404.html') };
    try {
      const found = await stat(file);
      return { status: 200, file: found.isDirectory() ? join(file, 'index.html') : file };
    } catch {
      return { status: 404, file: join(root, '404.html') };
    }
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      let pathname: string;
      try {
        // The path as sent ("//phoenix-2023//" is a path here, not a host).
        pathname = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!);
      } catch {
        response.writeHead(400).end();
        return;
      }
      let { status, file } = await answer(pathname);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        // A folder without an index.html: not found, as a host has it.
        ({ status, file } = { status: 404, file: join(root, '404.html') });
        body = await readFile(file);
      }
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

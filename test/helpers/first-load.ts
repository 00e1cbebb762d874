// What the browser must download before the first filter works: the entry script and the
// chunks index.html preloads with it (every other chunk is fetched when a view first
// shows), gzip-compressed as a server would send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: { file: string; gzipKb: number }[];
  gzipKb: number;
  /** The largest chunk of the whole build, loaded on demand or not. */
  largestChunkKb: number;
}

export function firstLoadJs(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const kb = (file: string) => Math.round((gzipSync(readFileSync(join(dist, file))).length / 1024) * 10) / 10;
  const files = [...new Set(refs)].map((file) => ({ file, gzipKb: kb(file) }));
  const all = readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8');
  const chunks = Object.values(JSON.parse(all) as Record<string, { file: string }>).map((c) => c.file).filter((f) => f.endsWith('.js'));
  return {
    files,
    gzipKb: Math.round(files.reduce((n, f) => n + f.gzipKb, 0) * 10) / 10,
    largestChunkKb: Math.max(...chunks.map((f) => Math.round(readFileSync(join(dist, f)).length / 1024))),
  };
}

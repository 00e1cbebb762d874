// Imports flow one way: shared → pipeline, shared → app. The app never reaches into the
// pipeline, the pipeline never into React, features never into each other, and only the
// pipeline's CLI touches the file system and the process.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const layer = (file: string): string => relative(src, file).split(/[\\/]/)[0]!;
const resolved = (file: string, spec: string): string => (spec.startsWith('.') ? relative(src, resolve(dirname(file), spec)) : spec);

describe('architecture', () => {
  const all = files(src);

  it('shared imports nothing from the app or the pipeline', () => {
    for (const f of all.filter((f) => layer(f) === 'shared')) {
      for (const spec of imports(f)) expect(resolved(f, spec), f).not.toMatch(/^(app|pipeline)\//);
    }
  });

  it('the app never imports the pipeline or Node built-ins', () => {
    for (const f of all.filter((f) => layer(f) === 'app')) {
      for (const spec of imports(f)) {
        expect(resolved(f, spec), f).not.toMatch(/^pipeline\//);
        expect(spec, f).not.toMatch(/^node:|^(fs|path|child_process)$/);
      }
    }
  });

  it('the pipeline never imports React or the app', () => {
    for (const f of all.filter((f) => layer(f) === 'pipeline')) {
      for (const spec of imports(f)) {
        expect(resolved(f, spec), f).not.toMatch(/^app\//);
        expect(spec, f).not.toMatch(/^react/);
      }
    }
  });

  it('features never import each other', () => {
    for (const f of all.filter((f) => relative(src, f).startsWith(join('app', 'features')))) {
      const own = relative(src, f).split(/[\\/]/)[2];
      for (const spec of imports(f)) {
        const target = resolved(f, spec).split(/[\\/]/);
        if (target[0] === 'app' && target[1] === 'features') expect(target[2], `${f} imports ${spec}`).toBe(own);
      }
    }
  });

  it('only the pipeline CLI touches fs and process', () => {
    for (const f of all.filter((f) => layer(f) === 'pipeline' && !f.endsWith(join('pipeline', 'cli.ts')))) {
      const text = readFileSync(f, 'utf8');
      expect(imports(f).filter((s) => /^(node:)?fs/.test(s)), f).toEqual([]);
      expect(/\bprocess\.(env|argv|exit|stdout|stderr|cwd)/.test(text), f).toBe(false);
    }
  });
});

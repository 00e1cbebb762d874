// The command line as a user runs it: folders in, a corpus file out, a summary on stderr.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus, CorpusIndex, TextChunk } from '../../src/shared/schema';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function corpusCli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  const r = spawnSync(tsx, [join(root, 'src/pipeline/cli.ts'), ...args], { cwd: root, encoding: 'utf8', env });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm run corpus', () => {
  const work = mkdtempSync(join(tmpdir(), 'srdi-cli-'));

  it('builds the seed corpus twice with byte-identical output', () => {
    const a = join(work, 'a.json');
    const b = join(work, 'b.json');
    expect(corpusCli('--in', 'seeds', '--out', a).code).toBe(0);
    expect(corpusCli('--in', 'seeds', '--out', b).code).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
    const corpus = Corpus.parse(JSON.parse(readFileSync(a, 'utf8')));
    expect(corpus.articles).toHaveLength(29);
    expect(corpus.generatedAt).toBe('2026-03-05T00:00:00.000Z');
  });

  it('writes the split form next to the corpus: a compact index and text chunks that add up to it', () => {
    const out = join(work, 'split.json');
    expect(corpusCli('--in', 'seeds', '--out', out).code).toBe(0);
    const corpus = Corpus.parse(JSON.parse(readFileSync(out, 'utf8')));
    const index = CorpusIndex.parse(JSON.parse(readFileSync(join(work, 'split/index.json'), 'utf8')));
    expect(readdirSync(join(work, 'split')).sort()).toEqual(['index.json', 'text-0000.json']);
    expect(index.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    expect(index.articles.every((a) => !('body' in a) && !('paragraphs' in a))).toBe(true);
    const hb = index.articles.find((a) => a.title === '湖北召开 低空经济发展推进会')!;
    expect(hb).toMatchObject({ date: '2025', regions: ['湖北'], chunk: 0 });
    expect(hb.lead.length).toBeGreaterThan(20);
    const chunk = TextChunk.parse(JSON.parse(readFileSync(join(work, 'split/text-0000.json'), 'utf8')));
    expect(chunk.texts.map((t) => t.paragraphs)).toEqual(corpus.articles.map((a) => a.paragraphs));
    // The index is what the app loads first: far smaller than the full corpus.
    expect(readFileSync(join(work, 'split/index.json')).length).toBeLessThan(readFileSync(out).length / 2);
  });

  it('never replaces a folder it did not write', () => {
    mkdirSync(join(work, 'precious'));
    writeFileSync(join(work, 'precious/notes.txt'), 'keep me');
    const r = corpusCli('--in', 'seeds', '--out', join(work, 'precious.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to replace .*precious: it holds files that are not a split corpus/);
    expect(readFileSync(join(work, 'precious/notes.txt'), 'utf8')).toBe('keep me');
  });

  it('prints a summary table of files, items and warnings to stderr', () => {
    const r = corpusCli('--in', 'seeds', '--out', join(work, 'c.json'));
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/file\s+items\s+warnings\s+encoding/);
    expect(r.stderr).toMatch(/004_a8627c3d4e095617\.txt\s+18\s+0\s+utf-8/);
    expect(r.stderr).toMatch(/total\s+29\s+0/);
  });

  it('processes the good pages of a folder with bad ones, warning by name; --strict fails the run', () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    copyFileSync(join(root, 'seeds/001_c10a0d2ffacd80db.txt'), join(dir, 'good.txt'));
    copyFileSync(join(root, 'test/fixtures/encodings/gbk-crlf.txt'), join(dir, 'gbk.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    copyFileSync(join(root, 'test/fixtures/encodings/binary.bin'), join(dir, 'image.png'));
    const out = join(work, 'mixed-out.json');
    const lenient = corpusCli('--in', dir, '--out', out);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/warning: .*empty\.txt: empty file/);
    expect(lenient.stderr).toMatch(/warning: .*image\.png: binary content/);
    const corpus = Corpus.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(corpus.articles.map((a) => a.source.file).sort()).toEqual(['gbk.txt', 'good.txt']);
    expect(corpus.sources.find((s) => s.file === 'empty.txt')?.warnings).toHaveLength(1);
    expect(corpusCli('--in', dir, '--out', out, '--strict').code).toBe(1);
    expect(corpusCli('--in', 'seeds', '--out', out, '--strict').code).toBe(0);
  });

  it('takes generatedAt from SOURCE_DATE_EPOCH for reproducible builds', () => {
    const out = join(work, 'epoch.json');
    const r = spawnSync(tsx, [join(root, 'src/pipeline/cli.ts'), '--in', 'seeds', '--out', out, '--quiet'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rejects unknown options and missing folders with exit code 2', () => {
    expect(corpusCli('--bogus').code).toBe(2);
    const r = corpusCli('--in', join(work, 'nope'), '--out', join(work, 'x.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read input folder/);
  });

  it('never leaves a truncated corpus when a run is interrupted', async () => {
    const dir = join(work, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 400; i++) copyFileSync(join(root, 'seeds/002_af67aaf0ae712473.txt'), join(dir, `p${String(i).padStart(3, '0')}.txt`));
    const out = join(work, 'kept.json');
    writeFileSync(out, '{"previous":"corpus"}');
    const child = spawn(tsx, [join(root, 'src/pipeline/cli.ts'), '--in', dir, '--out', out, '--quiet'], { cwd: root, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(out, 'utf8')).toBe('{"previous":"corpus"}');
  });

  it('leaves no temporary file behind', () => {
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

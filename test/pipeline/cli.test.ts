// The command line as a user runs it: folders in, a corpus folder out, a summary on stderr,
// and the output never lost to bad pages, kills, concurrent runs or a wrong --out.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus, CorpusIndex, RowChunk, TextChunk } from '../../src/shared/schema';

const root = join(__dirname, '../..');
const cli = join(root, 'src/pipeline/cli.ts');
// Node itself, not the tsx wrapper: the pid a test signals is the run's own.
const node = [process.execPath, '--import', 'tsx', cli];
const seed = (n: string) => join(root, 'seeds', n);

/** `launcher`: as npm run corpus runs it (the bundle, scripts/corpus.ts); else from the sources. */
function corpusCli(args: string[], env: NodeJS.ProcessEnv = {}, launcher = false) {
  const full: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('SOURCE_DATE_EPOCH' in env)) delete full.SOURCE_DATE_EPOCH;
  const command = launcher ? [process.execPath, '--import', 'tsx', join(root, 'scripts/corpus.ts')] : node;
  const r = spawnSync(command[0]!, [...command.slice(1), ...args], { cwd: root, encoding: 'utf8', env: full });
  return { code: r.status, signal: r.signal, stderr: r.stderr, stdout: r.stdout };
}

const readCorpus = (dir: string) => Corpus.parse(JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')));
/** The split form's rows, every chunk's rows file in the index's order. */
const readRows = (dir: string) => CorpusIndex.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).chunks.flatMap((c) => RowChunk.parse(JSON.parse(readFileSync(join(dir, c.rows!), 'utf8'))).articles);

describe('npm run corpus', () => {
  const work = mkdtempSync(join(tmpdir(), 'srdi-cli-'));

  it('builds the seed corpus twice with byte-identical output', () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    expect(corpusCli(['--in', 'seeds', '--out', a]).code).toBe(0);
    expect(corpusCli(['--in', 'seeds', '--out', b]).code).toBe(0);
    for (const f of ['corpus.json', 'index.json', 'text-0000.json', 'facets.json', 'facets.bin']) expect(readFileSync(join(a, f))).toEqual(readFileSync(join(b, f)));
    const corpus = readCorpus(a);
    expect(corpus.articles).toHaveLength(29);
    expect(corpus.generatedAt).toBe('2026-03-05T00:00:00.000Z');
  });

  it('processes a large folder on worker threads to exactly the output of one thread, warnings in the same order', () => {
    // 20 pages: the seeds under new names, and one unreadable as text and one empty.
    const input = join(work, 'many');
    mkdirSync(input);
    const seeds = readdirSync(join(root, 'seeds')).sort();
    for (let k = 0; k < 20; k++) copyFileSync(seed(seeds[k % seeds.length]!), join(input, `p${String(k).padStart(2, '0')}-${seeds[k % seeds.length]}`));
    writeFileSync(join(input, 'p17-binary.txt'), new Uint8Array(4096).fill(0));
    writeFileSync(join(input, 'p33-empty.txt'), '');
    const one = corpusCli(['--in', input, '--out', join(work, 'one'), '--jobs', '1']);
    const two = corpusCli(['--in', input, '--out', join(work, 'two'), '--jobs', '2']);
    expect([one.code, two.code]).toEqual([0, 0]);
    for (const f of readdirSync(join(work, 'one')).filter((f) => f !== 'build.json')) expect(readFileSync(join(work, 'two', f))).toEqual(readFileSync(join(work, 'one', f)));
    const warnings = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings(two)).toEqual(warnings(one));
    expect(warnings(one).some((l) => l.includes('p17-binary.txt'))).toBe(true);
    expect(readCorpus(join(work, 'two')).articles).toHaveLength((29 * 20) / 5);
  });

  it('as npm run corpus runs it (bundled, its page workers too) writes what the sources write, and leaves no bundle behind', () => {
    const bundled = corpusCli(['--in', join(work, 'many'), '--out', join(work, 'bundled'), '--jobs', '2'], {}, true);
    expect(bundled.code).toBe(0);
    for (const f of readdirSync(join(work, 'one')).filter((f) => f !== 'build.json')) expect(readFileSync(join(work, 'bundled', f))).toEqual(readFileSync(join(work, 'one', f)));
    expect(bundled.stderr).toContain('p17-binary.txt');
    const cache = join(root, 'node_modules/.cache/srdi-pipeline');
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });

  it('says what --jobs takes', () => {
    const r = corpusCli(['--in', 'seeds', '--out', join(work, 'jobs'), '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs takes a number of threads from 1 to 64, not 0');
  });

  it('writes the split form beside the full corpus: a compact index and text chunks that add up to it', () => {
    const out = join(work, 'split');
    expect(corpusCli(['--in', 'seeds', '--out', out]).code).toBe(0);
    const corpus = readCorpus(out);
    const rows = readRows(out);
    expect(readdirSync(out).sort()).toEqual(['build.json', 'corpus.json', 'facets.bin', 'facets.json', 'ids.json', 'index.json', 'rows-0000.json', 'search-0000.bin', 'text-0000.json']);
    expect(rows.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    expect(rows.every((a) => !('body' in a) && !('paragraphs' in a))).toBe(true);
    const hb = rows.find((a) => a.title === '湖北召开 低空经济发展推进会')!;
    expect(hb).toMatchObject({ date: '2025', regions: ['湖北'], chunk: 0 });
    const chunk = TextChunk.parse(JSON.parse(readFileSync(join(out, 'text-0000.json'), 'utf8')));
    expect(chunk.texts.map((t) => t.paragraphs)).toEqual(corpus.articles.map((a) => a.paragraphs));
    expect(readFileSync(join(out, 'index.json')).length + readFileSync(join(out, 'rows-0000.json')).length).toBeLessThan(readFileSync(join(out, 'corpus.json')).length / 2);
  });

  it('prints a summary table of files, items and warnings to stderr', () => {
    const r = corpusCli(['--in', 'seeds', '--out', join(work, 'c')]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/file\s+items\s+warnings\s+encoding/);
    expect(r.stderr).toMatch(/004_a8627c3d4e095617\.txt\s+18\s+0\s+utf-8/);
    expect(r.stderr).toMatch(/total\s+29\s+0/);
  });

  it('takes generatedAt from SOURCE_DATE_EPOCH for reproducible builds', () => {
    const out = join(work, 'epoch');
    expect(corpusCli(['--in', 'seeds', '--out', out, '--quiet'], { SOURCE_DATE_EPOCH: '1767225600' }).code).toBe(0);
    expect(readCorpus(out).generatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rejects unknown options, a .json --out and missing folders with exit code 2', () => {
    expect(corpusCli(['--bogus']).code).toBe(2);
    const json = corpusCli(['--in', 'seeds', '--out', join(work, 'x.json')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--out names the output folder/);
    const r = corpusCli(['--in', join(work, 'nope'), '--out', join(work, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read input folder/);
  });
});

describe('npm run corpus never loses data to a wrong --out', () => {
  const work = mkdtempSync(join(tmpdir(), 'srdi-out-'));
  const input = join(work, 'pages');
  mkdirSync(input);
  copyFileSync(seed('001_c10a0d2ffacd80db.txt'), join(input, 'good.txt'));

  it.each([
    ['the input folder itself', () => input, /is inside the input folder/],
    ['a folder inside the input', () => join(input, 'out'), /is inside the input folder/],
    ['a folder holding the input', () => work, /contains the input folder/],
    ['a source file', () => join(input, 'good.txt'), /is inside the input folder/],
  ])('refuses %s with exit code 2', (_what, out, message) => {
    const r = corpusCli(['--in', input, '--out', out()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(input)).toEqual(['good.txt']);
  });

  it('refuses a file, and a folder that holds anything but a corpus it wrote (by what is inside, not by names)', () => {
    writeFileSync(join(work, 'notes'), 'keep me');
    expect(corpusCli(['--in', input, '--out', join(work, 'notes')]).stderr).toMatch(/is a file/);
    mkdirSync(join(work, 'precious'));
    writeFileSync(join(work, 'precious/notes.txt'), 'keep me');
    mkdirSync(join(work, 'lookalike'));
    writeFileSync(join(work, 'lookalike/index.json'), '{"my":"own data"}');
    for (const name of ['precious', 'lookalike']) {
      const r = corpusCli(['--in', input, '--out', join(work, name)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/refusing to replace .* it holds files that are not a corpus written by this command/);
    }
    expect(readFileSync(join(work, 'precious/notes.txt'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(work, 'lookalike/index.json'), 'utf8')).toBe('{"my":"own data"}');
    expect(readFileSync(join(work, 'notes'), 'utf8')).toBe('keep me');
  });
});

describe('npm run corpus processes every page on its own', () => {
  const work = mkdtempSync(join(tmpdir(), 'srdi-bad-'));
  const dir = join(work, 'mixed');
  const outside = join(work, 'secret.txt');
  mkdirSync(dir);
  copyFileSync(seed('001_c10a0d2ffacd80db.txt'), join(dir, 'good.txt'));
  copyFileSync(seed('003_9eb4cfaf7c434b3c.txt'), join(dir, 'report.md'));
  copyFileSync(seed('003_9eb4cfaf7c434b3c.txt'), join(dir, 'report.txt'));
  copyFileSync(join(root, 'test/fixtures/encodings/gbk-crlf.txt'), join(dir, 'gbk.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  copyFileSync(join(root, 'test/fixtures/encodings/binary.bin'), join(dir, 'image.png'));
  writeFileSync(join(dir, 'long-heading.md'), `# ${'很长的标题'.repeat(300)}\n\n本报讯 近日，湖南省发布专精特新中小企业培育方案，提出新增企业100家。\n`);
  copyFileSync(seed('001_c10a0d2ffacd80db.txt'), join(dir, `${'a'.repeat(246)}.txt`));
  writeFileSync(join(dir, 'sparse.txt'), '');
  truncateSync(join(dir, 'sparse.txt'), 3 * 2 ** 30);
  writeFileSync(outside, '# 机密文件\n\n本报讯 这是输入文件夹之外的一个文件，绝不能出现在语料中。\n');
  symlinkSync(outside, join(dir, 'link-out.txt'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'link-dangling.txt'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  symlinkSync(join(dir, 'good.txt'), join(dir, 'link-in.txt'));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x62, 0xe9, 0xff, 0x2e, 0x74, 0x78, 0x74])]), readFileSync(seed('003_9eb4cfaf7c434b3c.txt')));
  const out = join(work, 'out');
  const r = corpusCli(['--in', dir, '--out', out]);
  const corpus = existsSync(join(out, 'corpus.json')) ? readCorpus(out) : null;
  const warnOf = (file: string) => corpus?.sources.find((s) => s.file === file)?.warnings.join(' ') ?? '';

  it('finishes with exit 0 and writes the good pages', () => {
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const files = new Set(corpus!.articles.map((a) => a.source.file));
    expect(files).toEqual(new Set(['good.txt', 'report.md', 'report.txt', 'gbk.txt', 'long-heading.md', `${'a'.repeat(246)}.txt`, 'link-in.txt', 'b\uFFFD\uFFFD.txt']));
  });

  it('warns by name for empty, binary and too-large pages, checking size before reading', () => {
    expect(warnOf('empty.txt')).toMatch(/empty file/);
    expect(warnOf('image.png')).toMatch(/binary content/);
    expect(warnOf('sparse.txt')).toMatch(/page too large \(3072\.0 MB/);
  });

  it('never follows a link out of the input folder, and names dangling and looping links', () => {
    expect(JSON.stringify(corpus)).not.toContain('机密文件');
    expect(warnOf('link-out.txt')).toMatch(/outside the input folder; not followed/);
    expect(warnOf('link-dangling.txt')).toMatch(/does not exist; not followed/);
    expect(warnOf('loop-a.txt')).toMatch(/loops back on itself/);
  });

  it('gives every article a unique id: duplicate stems, long names, a long heading, a name that is not UTF-8', () => {
    const ids = corpus!.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('report-md-01');
    expect(ids).toContain('report-txt-01');
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(90);
    expect(corpus!.articles.find((a) => a.source.file === 'long-heading.md')!.title!.length).toBe(300);
    expect(warnOf('b\uFFFD\uFFFD.txt')).toMatch(/not valid UTF-8/);
  });

  it('fails under --strict with exit 1 (warnings), never for a crash', () => {
    expect(corpusCli(['--in', dir, '--out', join(work, 'strict'), '--strict']).code).toBe(1);
    expect(corpusCli(['--in', 'seeds', '--out', join(work, 'strict'), '--strict']).code).toBe(0);
  });

  it.runIf(process.getuid?.() === 0)('reports a page it may not read (run as an unprivileged user)', () => {
    const locked = mkdtempSync(join(tmpdir(), 'srdi-perm-'));
    chmodSync(locked, 0o777);
    mkdirSync(join(locked, 'in'));
    copyFileSync(seed('001_c10a0d2ffacd80db.txt'), join(locked, 'in/good.txt'));
    writeFileSync(join(locked, 'in/secret.txt'), '本报讯 不可读。');
    chmodSync(join(locked, 'in/secret.txt'), 0o000);
    chmodSync(join(locked, 'in'), 0o755);
    const res = spawnSync(node[0]!, [...node.slice(1), '--in', join(locked, 'in'), '--out', join(locked, 'out')], {
      cwd: root, encoding: 'utf8', uid: 65534, gid: 65534, env: { ...process.env, HOME: locked, TMPDIR: locked },
    });
    expect(res.stderr).toMatch(/secret\.txt: cannot be read \(EACCES/);
    expect(res.status).toBe(0);
    expect(readCorpus(join(locked, 'out')).articles.every((a) => a.source.file === 'good.txt')).toBe(true);
  });
});

describe('npm run corpus keeps the previous output whole when a run is killed', () => {
  const work = mkdtempSync(join(tmpdir(), 'srdi-kill-'));
  const two = join(work, 'two');
  mkdirSync(two);
  copyFileSync(seed('000_c0c77dfeae12ef6b.txt'), join(two, 'a.txt'));
  copyFileSync(seed('001_c10a0d2ffacd80db.txt'), join(two, 'b.txt'));
  const articleFiles = (out: string) => [...new Set(readCorpus(out).articles.map((a) => a.source.file))].sort();
  const whole = (out: string) => {
    const index = CorpusIndex.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    for (const c of index.chunks) TextChunk.parse(JSON.parse(readFileSync(join(out, c.file), 'utf8')));
    expect(readRows(out).length).toBe(readCorpus(out).articles.length);
    return articleFiles(out);
  };

  it.each(['chunk', 'staged', 'aside', 'switched'])('kill -9 at step %s: old or new output, whole; the next run cleans up', (step) => {
    const out = join(work, `out-${step}`);
    expect(corpusCli(['--in', 'seeds', '--out', out, '--quiet']).code).toBe(0);
    const killed = corpusCli(['--in', two, '--out', out, '--quiet'], { SRDI_CORPUS_CRASH_AT: step });
    expect(killed.signal).toBe('SIGKILL');
    // Right after the kill: the old output (or, once switched, the new one) is whole; between the renames it waits aside.
    const now = existsSync(out) ? whole(out) : whole(`${out}.previous`);
    expect(now).toEqual(step === 'switched' ? ['a.txt', 'b.txt'] : readdirSync(join(root, 'seeds')).sort());
    const next = corpusCli(['--in', two, '--out', out]);
    expect(next.code).toBe(0);
    expect(whole(out)).toEqual(['a.txt', 'b.txt']);
    expect(readdirSync(work).filter((f) => f.startsWith(`out-${step}.`))).toEqual([]);
  });

  it('a second run on the same --out says who holds it and exits 2; a stale lock is taken over', async () => {
    const many = join(work, 'many');
    mkdirSync(many);
    for (let i = 0; i < 300; i++) copyFileSync(seed('002_af67aaf0ae712473.txt'), join(many, `p${String(i).padStart(3, '0')}.txt`));
    const out = join(work, 'shared-out');
    const first = spawn(node[0]!, [...node.slice(1), '--in', many, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const firstExit = new Promise<number | null>((done) => first.once('exit', (code) => done(code)));
    await progressLine(first);
    const second = corpusCli(['--in', two, '--out', out]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(new RegExp(`another run \\(pid ${first.pid}, started .*\\) is writing`));
    expect(await firstExit).toBe(0);
    expect(articleFiles(out)).toHaveLength(300);
    writeFileSync(`${out}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, started: 'long ago' }));
    const stale = corpusCli(['--in', two, '--out', out]);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/took over a stale lock left by pid 4206649/);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('an interrupted run (killed while processing) leaves the previous corpus and removes its leftovers next time', async () => {
    const many = join(work, 'many2');
    mkdirSync(many);
    for (let i = 0; i < 300; i++) copyFileSync(seed('002_af67aaf0ae712473.txt'), join(many, `p${String(i).padStart(3, '0')}.txt`));
    const out = join(work, 'kept');
    expect(corpusCli(['--in', two, '--out', out, '--quiet']).code).toBe(0);
    const before = readFileSync(join(out, 'corpus.json'));
    const child = spawn(node[0]!, [...node.slice(1), '--in', many, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    await progressLine(child);
    await killAndWait(child);
    expect(readFileSync(join(out, 'corpus.json'))).toEqual(before);
    writeFileSync(join(work, 'kept.json.4242.tmp'), 'old-style leftover');
    const next = corpusCli(['--in', two, '--out', out]);
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(/removed kept\.\d+\.tmp, left by an interrupted run/);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });
});

/** Resolves when the child reports progress (so it is mid-run and holds the lock); rejects if it ends first. */
function progressLine(child: ReturnType<typeof spawn>): Promise<void> {
  return new Promise((done, fail) => {
    let seen = '';
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString();
      if (/pages processed/.test(seen)) done();
    });
    child.once('exit', (code) => fail(new Error(`the run ended (code ${code}) before reporting progress: ${seen}`)));
  });
}

function killAndWait(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

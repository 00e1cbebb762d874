// How a run replaces its output folder without ever losing the previous good one:
// it holds a lock beside the folder for the whole run, writes everything into a fresh
// staging folder, and switches it in with two renames (old aside, new in). A run killed
// at any point leaves either the old or the new output whole; the next run restores an
// output left aside and removes stale staging folders. Pure: the CLI passes in the
// file-system operations.

export interface OutputFs {
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  list(dir: string): string[];
  /** The file's text, or null if it cannot be read. */
  readText(path: string): string | null;
  /** Creates a file only if none exists; false if one does. */
  createExclusive(path: string, text: string): boolean;
  rename(from: string, to: string): void;
  remove(path: string): void;
  isProcessAlive(pid: number): boolean;
}

export interface OutputPaths {
  out: string;
  lock: string;
  previous: string;
  staging: string;
}

export const BUILD_FILE = 'build.json';
const BUILD_KIND = 'srdi-corpus-build';
const OUTPUT_FILE = /^(index\.json|corpus\.json|build\.json|facets\.json|facets\.bin|ids\.json|(text|rows)-\d{4,}\.json|search-\d{4,}\.bin)$/;

export function outputPaths(out: string, pid: number): OutputPaths {
  return { out, lock: `${out}.lock`, previous: `${out}.previous`, staging: `${out}.${pid}.tmp` };
}

/** What build.json says: proof that a folder is one this command wrote. */
export function buildRecord(articles: number, chunks: number, generatedAt: string): string {
  return `${JSON.stringify({ kind: BUILD_KIND, articles, chunks, generatedAt })}\n`;
}

/** A folder this command wrote: only corpus files, and a build record (or, from older runs, an index) that says so. */
export function isCorpusFolder(fs: OutputFs, dir: string): boolean {
  const names = fs.list(dir);
  if (names.length === 0) return true;
  if (!names.every((n) => OUTPUT_FILE.test(n))) return false;
  const record = fs.readText(`${dir}/${BUILD_FILE}`);
  if (record !== null) return parseJson(record)?.kind === BUILD_KIND;
  const index = fs.readText(`${dir}/index.json`);
  return index !== null && /^\{"schemaVersion":\d+,/.test(index);
}

/** Why --out cannot be used, or null. The input must never be written over or deleted. */
export function outputProblem(fs: OutputFs, out: string, inDir: string): string | null {
  const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(`${parent}/`);
  if (inside(out, inDir)) return `--out ${out} is inside the input folder ${inDir}: its pages would be overwritten or read back as pages`;
  if (inside(inDir, out)) return `--out ${out} contains the input folder ${inDir}: replacing it would delete the pages`;
  if (fs.exists(out) && !fs.isDirectory(out)) return `--out ${out} is a file, not a corpus folder; choose a new folder name`;
  if (fs.exists(out) && !isCorpusFolder(fs, out)) return `refusing to replace ${out}: it holds files that are not a corpus written by this command`;
  return null;
}

export type LockResult = { ok: true; notes: string[] } | { ok: false; message: string };

/** Takes the run's lock; a lock whose process is gone is stale and taken over. */
export function acquireLock(fs: OutputFs, paths: OutputPaths, pid: number, now: string): LockResult {
  const record = `${JSON.stringify({ pid, started: now })}\n`;
  if (fs.createExclusive(paths.lock, record)) return { ok: true, notes: [] };
  const holder = parseJson(fs.readText(paths.lock) ?? '');
  const holderPid = typeof holder?.pid === 'number' ? holder.pid : null;
  if (holderPid !== null && fs.isProcessAlive(holderPid)) {
    return { ok: false, message: `another run (pid ${holderPid}, started ${String(holder?.started)}) is writing ${paths.out}; wait for it to finish, or delete ${paths.lock} if that process is gone` };
  }
  fs.remove(paths.lock);
  if (!fs.createExclusive(paths.lock, record)) return { ok: false, message: `another run took the lock ${paths.lock} at the same moment` };
  return { ok: true, notes: [`took over a stale lock left by ${holderPid === null ? 'an unknown run' : `pid ${holderPid}`}`] };
}

export function releaseLock(fs: OutputFs, paths: OutputPaths): void {
  fs.remove(paths.lock);
}

/** Under the lock: finish or undo a switch a killed run left half done, and remove stale staging. */
export function recoverOutput(fs: OutputFs, paths: OutputPaths, siblings: string[]): string[] {
  const notes: string[] = [];
  if (fs.exists(paths.previous)) {
    if (fs.exists(paths.out)) fs.remove(paths.previous);
    else {
      fs.rename(paths.previous, paths.out);
      notes.push(`restored the previous output ${paths.out} that an interrupted run had set aside`);
    }
  }
  const base = paths.out.slice(paths.out.lastIndexOf('/') + 1);
  const stale = new RegExp(`^${escapeRegExp(base)}(\\.json)?\\.\\d+\\.tmp$`);
  for (const name of siblings.filter((n) => stale.test(n))) {
    fs.remove(`${paths.out.slice(0, paths.out.lastIndexOf('/'))}/${name}`);
    notes.push(`removed ${name}, left by an interrupted run`);
  }
  return notes;
}

/** Puts the staged output in place: the old one aside, the new one in, the old one removed. */
export function switchIn(fs: OutputFs, paths: OutputPaths, checkpoint: (step: 'aside' | 'switched') => void): void {
  if (fs.exists(paths.out)) fs.rename(paths.out, paths.previous);
  checkpoint('aside');
  fs.rename(paths.staging, paths.out);
  checkpoint('switched');
  if (fs.exists(paths.previous)) fs.remove(paths.previous);
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

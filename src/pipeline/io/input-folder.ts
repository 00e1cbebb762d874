// Which entries of an input folder are pages, and which are reported instead: hidden
// files and folders are passed over; a link is followed only to a file inside the folder;
// a name that is not UTF-8 is shown with replacement characters. Pure: the CLI passes in
// the file-system operations.

export type PathRef = string | Uint8Array;

export interface InputEntry {
  /** The entry's name as the file system gives it (bytes, since names need not be UTF-8). */
  raw: Uint8Array;
  kind: 'file' | 'directory' | 'symlink' | 'other';
}

export interface InputFs {
  list(dir: string): InputEntry[];
  /** The path joined for the file system (raw bytes kept). */
  join(dir: string, raw: Uint8Array): PathRef;
  /** Where a link finally leads; throws for a dangling link or a loop. */
  realpath(path: PathRef): string;
  /** Size and kind, following links. */
  stat(path: PathRef): { size: number; isFile: boolean };
}

export interface PageEntry {
  path: PathRef;
  /** The name as shown and used for ids. */
  name: string;
  size: number;
  /** Set when the name is not valid UTF-8 and is shown approximately. */
  nameNote: string | null;
}

export interface SkippedEntry {
  name: string;
  reason: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

export function listInputFolder(fs: InputFs, dir: string): { pages: PageEntry[]; skipped: SkippedEntry[] } {
  const root = fs.realpath(dir);
  const pages: PageEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const entry of fs.list(dir)) {
    const { name, nameNote } = decodeName(entry.raw);
    if (name.startsWith('.') || entry.kind === 'directory') continue;
    const path = fs.join(dir, entry.raw);
    const problem = linkProblem(fs, entry, path, root);
    if (problem) {
      skipped.push({ name, reason: problem });
      continue;
    }
    try {
      const st = fs.stat(path);
      if (st.isFile) pages.push({ path, name, size: st.size, nameNote });
      else if (entry.kind !== 'symlink') skipped.push({ name, reason: 'not a regular file' });
    } catch (e) {
      skipped.push({ name, reason: `cannot be read (${e instanceof Error ? e.message : String(e)})` });
    }
  }
  const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { pages: pages.sort(byName), skipped: skipped.sort(byName) };
}

function decodeName(raw: Uint8Array): { name: string; nameNote: string | null } {
  try {
    return { name: utf8.decode(raw), nameNote: null };
  } catch {
    // Processed all the same: only the name shown is approximate.
    return { name: lossy.decode(raw), nameNote: 'the file name is not valid UTF-8; it is shown with replacement characters' };
  }
}

function linkProblem(fs: InputFs, entry: InputEntry, path: PathRef, root: string): string | null {
  if (entry.kind !== 'symlink') return null;
  let target: string;
  try {
    target = fs.realpath(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    return code === 'ELOOP' ? 'a link that loops back on itself; not followed' : 'a link whose target does not exist; not followed';
  }
  if (!target.startsWith(`${root}/`)) return `a link to ${target}, outside the input folder; not followed`;
  return null;
}

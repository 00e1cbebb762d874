// The layers are enforced by `npm run lint` (eslint.config.js). This checks the rules are
// live: each forbidden arrow, written into a file of the layer it would break, is an
// error, and the allowed arrows are not. (The real tree passing is `npm run lint` itself.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const eslint = new ESLint({ cwd: root });

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: join(root, file) });
  return [...new Set(result!.messages.map((m) => m.ruleId ?? m.message))];
}

const use = (what: string) => `${what}\nexport const used = [x];`;

describe('lint enforces the layers', () => {
  it.each([
    ['state never imports ui', 'src/app/state/probe.ts', use("import { useT as x } from '../ui/shell-context';")],
    ['ui never reads the store', 'src/app/ui/Probe.tsx', use("import { useExplorer as x } from '../state/store';")],
    ['ui never imports data', 'src/app/ui/Probe.tsx', use("import { useEngine as x } from '../data/engine-context';")],
    ['model never imports state', 'src/app/model/probe.ts', use("import { useExplorer as x } from '../state/store';")],
    ['state never imports data', 'src/app/state/probe.ts', use("import { useView as x } from '../data/use-view';")],
    ['features never import each other', 'src/app/features/charts/Probe.tsx', use("import { Reader as x } from '../reader/Reader';")],
    ['shared imports nothing of src', 'src/shared/probe.ts', use("import { EMPTY_SET as x } from '../app/model/filters';")],
    ['the app never imports the pipeline', 'src/app/model/probe.ts', use("import { placeDictionary as x } from '../../pipeline/gazetteer';")],
    ['strings import no model', 'src/app/strings/probe.ts', use("import { EMPTY_SET as x } from '../model/filters';")],
  ])('%s', async (_rule, file, code) => {
    expect(await rulesBroken(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('keeps React out of the model and Node out of the app', async () => {
    expect(await rulesBroken('src/app/model/probe.ts', use("import { useMemo as x } from 'react';"))).toContain('no-restricted-imports');
    expect(await rulesBroken('src/app/ui/probe.ts', use("import { readFileSync as x } from 'node:fs';"))).toContain('no-restricted-imports');
    expect(await rulesBroken('src/app/ui/probe.ts', 'export const x = process.env.HOME;')).toContain('no-restricted-globals');
  });

  it('lets only the pipeline CLI touch the file system and the process', async () => {
    expect(await rulesBroken('src/pipeline/stages/probe.ts', use("import { readFileSync as x } from 'node:fs';"))).toContain('no-restricted-imports');
    expect(await rulesBroken('src/pipeline/stages/probe.ts', 'export const x = process.argv;')).toContain('no-restricted-globals');
    expect(await rulesBroken('src/pipeline/cli.ts', use("import { readFileSync as x } from 'node:fs';\nexport const y = process.argv;"))).toEqual([]);
  });

  it('lets only the server CLI touch the file system and the process', async () => {
    expect(await rulesBroken('src/server/probe.ts', use("import { readFileSync as x } from 'node:fs';"))).toContain('no-restricted-imports');
    expect(await rulesBroken('src/server/probe.ts', 'export const x = process.env.SRDI_TOKEN;')).toContain('no-restricted-globals');
    expect(await rulesBroken('src/server/cli.ts', use("import { readFileSync as x } from 'node:fs';\nexport const y = process.argv;"))).toEqual([]);
  });

  it('names components in PascalCase and other files in kebab-case', async () => {
    expect(await rulesBroken('src/app/ui/chartLegend.tsx', 'export const x = 1;')).toContain('check-file/filename-naming-convention');
    expect(await rulesBroken('src/app/model/FacetIndex.ts', 'export const x = 1;')).toContain('check-file/filename-naming-convention');
  });

  it('allows the arrows the layers are built on', async () => {
    expect(await rulesBroken('src/app/features/charts/Probe.tsx', use("import { Timeline as x } from '../../ui/charts/Timeline';"))).toEqual([]);
    expect(await rulesBroken('src/app/state/probe.ts', use("import { EMPTY_SET as x } from '../model/filters';"))).toEqual([]);
    expect(await rulesBroken('src/app/data/probe.ts', use("import { computeView as x } from '../model/view';"))).toEqual([]);
    expect(await rulesBroken('src/app/model/probe.ts', use("import { translate as x } from '../strings/translate';"))).toEqual([]);
  });
});

describe('the layout says what lives where', () => {
  const folders = (dir: string): string[] => [dir, ...readdirSync(dir).map((f) => join(dir, f)).filter((p) => statSync(p).isDirectory()).flatMap(folders)];
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('every folder of src opens with a one-line README.md, and the README lists it in the same words', () => {
    for (const dir of folders(join(root, 'src'))) {
      const name = relative(root, dir);
      const note = join(dir, 'README.md');
      expect(existsSync(note), `${name}/README.md`).toBe(true);
      const line = readFileSync(note, 'utf8').trim();
      expect(line.split('\n'), name).toHaveLength(1);
      expect(readme, name).toContain(`- \`${name}/\` — ${line}`);
    }
  });
});

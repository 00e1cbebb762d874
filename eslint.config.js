// The layers the README describes, enforced. Imports flow one way:
//   shared ← pipeline            (Node; only cli.ts touches fs and process)
//   shared ← app/strings ← app/model ← app/state, app/data, app/ui ← app/features ← App.tsx, main.tsx
// and features never import each other: what two features share lives in ui/, model/ or state/.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const app = (dir) => `./src/app/${dir}`;
const features = readdirSync(new URL('./src/app/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** `import-x/no-restricted-paths` zones: `target` may not import from `from`. */
const zones = [
  { target: './src/shared', from: ['./src/app', './src/pipeline', './src/server'], message: 'shared is the floor: it imports nothing of src/.' },
  { target: './src/server', from: ['./src/app', './src/pipeline'], message: 'The server stands on shared/ alone.' },
  { target: ['./src/app', './src/pipeline'], from: './src/server', message: 'Nothing imports the server.' },
  { target: './src/app', from: './src/pipeline', message: 'The app never imports the pipeline (Node only).' },
  { target: './src/pipeline', from: './src/app', message: 'The pipeline never imports the app.' },
  { target: app('strings'), from: [app('model'), app('state'), app('data'), app('ui'), app('features'), app('App.tsx'), app('LazyFeatures.tsx'), app('EarlyExplorer.tsx')], message: 'strings is pure text: it imports only shared/.' },
  { target: app('model'), from: [app('state'), app('data'), app('ui'), app('features'), app('App.tsx'), app('LazyFeatures.tsx'), app('EarlyExplorer.tsx')], message: 'model is pure: no state, data, ui or features.' },
  { target: app('state'), from: [app('data'), app('ui'), app('features'), app('App.tsx'), app('LazyFeatures.tsx'), app('EarlyExplorer.tsx')], message: 'state knows the model, not data, ui or features.' },
  { target: app('data'), from: [app('state'), app('ui'), app('features'), app('App.tsx'), app('LazyFeatures.tsx'), app('EarlyExplorer.tsx')], message: 'data fetches and indexes; it knows the model, not state, ui or features.' },
  { target: app('ui'), from: [app('state'), app('data'), app('features'), app('App.tsx'), app('LazyFeatures.tsx'), app('EarlyExplorer.tsx')], message: 'ui is presentational: it gets what it shows as props, never from the store, data or a feature.' },
  ...features.map((name) => ({
    target: app(`features/${name}`),
    from: app('features'),
    except: [`./${name}`],
    message: 'Features never import each other: move what both need into ui/, model/ or state/.',
  })),
];

const NODE_BUILTINS = { patterns: [{ group: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os', 'worker_threads'], message: 'The app runs in the browser: no Node built-ins.' }] };
const NO_REACT = { patterns: [{ group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', '@tanstack/*', 'recharts'], message: 'This layer is plain TypeScript: no React, store or query client.' }] };

/** In a Node folder, only `cli.ts` reads files, the environment and the arguments. */
function onlyCliTouchesTheSystem(folder) {
  const message = `Only ${folder}/cli.ts touches the file system and the process: pass what a module needs in.`;
  return [
    {
      files: [`${folder}/**/*.ts`],
      ignores: [`${folder}/cli.ts`],
      rules: {
        'no-restricted-imports': ['error', { patterns: [...NO_REACT.patterns, { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'child_process', 'node:process'], message }] }],
        'no-restricted-globals': ['error', { name: 'process', message }],
      },
    },
    { files: [`${folder}/cli.ts`], rules: { 'no-restricted-imports': ['error', NO_REACT] } },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: { URL: 'readonly', process: 'readonly' } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Sanitisers (CSV, XML, text cleaning) match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // One naming convention: components are PascalCase .tsx, everything else kebab-case .ts.
      'check-file/filename-naming-convention': ['error', { 'src/**/!(main).tsx': 'PASCAL_CASE', '{src,test,bench,scripts,eval}/**/*.ts': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{src,test}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', NODE_BUILTINS],
      'no-restricted-globals': ['error', { name: 'process', message: 'The app runs in the browser.' }],
    },
  },
  // A function over 80 lines is a design smell: split it where it does two things.
  { files: ['src/**/*.{ts,tsx}'], rules: { 'max-lines-per-function': ['error', { max: 80 }] } },
  // The composition root stays a page: behaviour belongs in features and hooks.
  { files: ['src/app/App.tsx'], rules: { 'max-lines': ['error', { max: 100 }] } },
  { files: ['src/app/{model,strings}/**/*.ts', 'src/shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...NO_REACT.patterns, ...NODE_BUILTINS.patterns] }] } },
  // Only the pipeline's CLI and the server's touch the file system and the process; the rest is handed what it needs.
  ...onlyCliTouchesTheSystem('src/pipeline'),
  ...onlyCliTouchesTheSystem('src/server'),
);

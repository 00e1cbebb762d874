/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The corpus path is a build-time setting so one build can point at another corpus.
const corpusUrl = process.env.VITE_CORPUS_URL ?? 'corpus/index.json';

/**
 * The built app forbids inline script and every remote origin. Only the production
 * build gets it: the dev server's hot reload injects inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly may be compiled (the facet counts' kernel, shipped in the bundle); no string is ever run as script.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Charts set inline style attributes; no style comes from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'srdi-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __CORPUS_URL__: JSON.stringify(corpusUrl) },
  build: {
    chunkSizeWarningLimit: 1500,
    // Lists every chunk: the benchmark and the size test read what the first load needs.
    manifest: true,
    // Fonts are never inlined as data: URLs: the CSP allows fonts from 'self' only, and a
    // blocked subset of Noto Sans SC would draw its characters as empty boxes.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

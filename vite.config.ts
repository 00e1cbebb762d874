/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The corpus path is a build-time setting so one build can point at another corpus.
const corpusUrl = process.env.VITE_CORPUS_URL ?? 'corpus.json';

export default defineConfig({
  base: './',
  plugins: [react()],
  define: { __CORPUS_URL__: JSON.stringify(corpusUrl) },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

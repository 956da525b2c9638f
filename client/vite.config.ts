import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiServer = 'http://localhost:3000';

/**
 * Bootstrap Italia's stylesheet embeds the Video.js icon font as a data: URI. We show no video, and the
 * app's Content-Security-Policy (font-src 'self') rightly refuses data: fonts: drop that @font-face.
 */
const dropVideoJsFont = {
  postcssPlugin: 'drop-videojs-font',
  AtRule: {
    'font-face': (rule: { toString(): string; remove(): void }) => {
      if (/font-family:\s*VideoJS/i.test(rule.toString())) rule.remove();
    },
  },
};

export default defineConfig({
  plugins: [react()],
  css: { postcss: { plugins: [dropVideoJsFont] } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    // The machine is shared (2 cores): a jsdom render of a whole form has taken over 5 s under load.
    testTimeout: 15_000,
  },
});

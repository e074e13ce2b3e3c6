import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app: sources in web/, built into dist/web, which the server serves with a strict CSP
// (script-src 'self'), so the build must not need inline scripts.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // maps for error reports, without the sourceMappingURL comment; the server never serves them
    sourcemap: 'hidden',
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});

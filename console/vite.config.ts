import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway serves the built files at /console; nothing is fetched from elsewhere at run time.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page's CSP allows scripts from the gateway only: no inline preload helper.
    modulePreload: { polyfill: false },
    // ECharts is one large chunk by nature; it is served from this machine, not downloaded.
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
});

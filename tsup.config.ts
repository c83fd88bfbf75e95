import { defineConfig } from 'tsup'

// chevrotain stays external: two copies of it in one process give token
// types colliding indexes (see grammar/README.md).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // import.meta.url in the CJS build (src/normalize/opencc.ts loads opencc-js lazily).
    shims: true,
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
  },
])

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Several tests run the built CLI in child processes; on a loaded 2-core
    // machine one can take more than the default 5 s. No test measures speed.
    testTimeout: 60_000,
  },
})

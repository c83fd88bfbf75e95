/**
 * vitest globalSetup: build dist/ once, before any test file runs, when it is
 * missing or stale. The tests that need dist/ also call ensureBuilt() (a
 * cheap mtime check when this has run), so they work without it too.
 */
import { ensureBuilt } from './helpers/build'

export default async function setup(): Promise<void> {
  await ensureBuilt()
}

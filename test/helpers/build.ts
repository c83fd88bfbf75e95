/**
 * Build dist/ with tsup when it is missing or older than its sources, so that
 * `npm test` works on a clean clone. Safe to call from several test files at
 * once: a lock directory makes one caller build while the others wait, then
 * re-check.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const dist = join(root, 'dist')
export const cli = join(dist, 'cli.js')

/** What the build produces; all must exist and be newer than every source. */
const OUTPUTS = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js']
/** What the build reads. */
const SOURCES = ['src', 'grammar', 'package.json', 'tsup.config.ts', 'tsconfig.json']

const LOCK = join(root, 'node_modules', '.cache', 'baozhi-build.lock')
/** A lock older than this is from a crashed run and is taken over. */
const STALE_MS = 5 * 60_000
const BUILD_TIMEOUT_MS = 4 * 60_000

/** Why dist/ needs a build, or null when it is up to date. */
export function staleReason(): string | null {
  let oldestOutput = Infinity
  for (const file of OUTPUTS) {
    const path = join(dist, file)
    if (!existsSync(path)) return `dist/${file} is missing`
    oldestOutput = Math.min(oldestOutput, statSync(path).mtimeMs)
  }
  for (const source of SOURCES) {
    const newest = newestMtime(join(root, source))
    if (newest > oldestOutput) return `${source} changed since the last build`
  }
  return null
}

export async function ensureBuilt(): Promise<void> {
  if (staleReason() === null) return
  await withLock(() => {
    // Another caller may have built while we waited.
    const reason = staleReason()
    if (reason === null) return
    const tsup = join(root, 'node_modules', '.bin', 'tsup')
    const [command, args] = existsSync(tsup) ? [tsup, []] : ['npx', ['tsup']]
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (result.status !== 0) {
      throw new Error(
        `build failed (${reason}): tsup exited with ${result.status ?? result.signal ?? result.error?.message}\n` +
          `${result.stdout ?? ''}${result.stderr ?? ''}`,
      )
    }
  })
}

async function withLock(fn: () => void): Promise<void> {
  mkdirSync(dirname(LOCK), { recursive: true })
  const deadline = Date.now() + BUILD_TIMEOUT_MS + 30_000
  for (;;) {
    try {
      mkdirSync(LOCK) // atomic: fails if another caller holds the lock
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const age = Date.now() - safeMtime(LOCK)
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true })
      else if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${LOCK}`)
      else await new Promise((r) => setTimeout(r, 200))
    }
  }
  try {
    fn()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

function safeMtime(path: string): number {
  try {
    return statSync(path).mtimeMs
  } catch {
    return Date.now()
  }
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs // a deleted file updates its directory
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/**
 * A bench module (bench/NAME.mjs), after the build it imports: the bench
 * scripts import 'baozhi', i.e. dist/ through the package's exports.
 */
export async function importBench<T>(name: string): Promise<T> {
  await ensureBuilt()
  return (await import(pathToFileURL(join(root, 'bench', `${name}.mjs`)).href)) as T
}

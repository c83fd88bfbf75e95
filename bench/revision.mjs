/**
 * Another git revision's parser, bundled from its src/ and grammar/ (once
 * per revision, cached under node_modules/.cache/<cache>), for the benches
 * and checks that compare this checkout with it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { bundle, bundlePath, cacheDir } from './bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** `rev`'s short hash and its parseIssue. */
export async function revisionParser(rev, cache) {
  const sha = execFileSync('git', ['rev-parse', '--short', rev], { cwd: root, encoding: 'utf8' }).trim()
  const bundled = bundlePath(sha, cache)
  if (!existsSync(bundled)) {
    const tree = join(cacheDir(cache), sha)
    rmSync(tree, { recursive: true, force: true })
    mkdirSync(tree, { recursive: true })
    const archive = execFileSync('git', ['archive', sha, 'src', 'grammar'], { cwd: root, maxBuffer: 2 ** 30 })
    execFileSync('tar', ['-x', '-C', tree], { input: archive })
    await bundle(join(tree, 'src/index.ts'), sha, cache)
    rmSync(tree, { recursive: true, force: true })
  }
  return { sha, parseIssue: (await import(pathToFileURL(bundled).href)).parseIssue }
}

/**
 * Bundling TypeScript the benches run from source (another revision's
 * parser, a spike): one ES module with the package's dependencies left
 * external, written under node_modules/.cache so its imports of chevrotain
 * & co. resolve to this checkout's.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'tsup'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The folder under node_modules/.cache where `cache`'s bundles (and their sources) go. */
export const cacheDir = (cache) => join(root, 'node_modules/.cache', cache)

/** Where `bundle` writes `name` in `cache`. */
export const bundlePath = (name, cache) => join(cacheDir(cache), `${name}.mjs`)

/** Bundle `entry` as `<cache>/<name>.mjs`; its path. */
export async function bundle(entry, name, cache) {
  await build({
    entry: { [name]: entry },
    format: ['esm'],
    outDir: cacheDir(cache),
    outExtension: () => ({ js: '.mjs' }),
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
    config: false,
    external: ['chevrotain', 'opencc-js', 'unist-util-visit'],
  })
  return bundlePath(name, cache)
}

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

/** Bundle `entry` as `<cache>/<name>.mjs`; its path. */
export async function bundle(entry, name, cache) {
  const outDir = join(root, 'node_modules/.cache', cache)
  await build({
    entry: { [name]: entry },
    format: ['esm'],
    outDir,
    outExtension: () => ({ js: '.mjs' }),
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
    config: false,
    external: ['chevrotain', 'opencc-js', 'unist-util-visit'],
  })
  return join(outDir, `${name}.mjs`)
}

/** Where `bundle` writes `name` in `cache`. */
export const bundlePath = (name, cache) => join(root, 'node_modules/.cache', cache, `${name}.mjs`)

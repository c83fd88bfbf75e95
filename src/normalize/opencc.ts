/**
 * opencc-js, loaded only when an input needs it: simplified-only users never
 * pay its load time (~5 ms) nor its converter build (~15 ms, ~3 MB).
 * Loaded synchronously through require (Node >= 20.19 can require the
 * package's UMD build from ESM too), so parseIssue stays synchronous.
 */
import { createRequire } from 'node:module'

type Convert = (text: string) => string

let toSimplified: Convert | undefined
let toTraditional: Convert | undefined

interface OpenCC {
  Converter(options: { from: string; to: string }): Convert
}

/** One direction's build (t2cn is ~110 KB, a third of the full package). */
function load(entry: 'opencc-js/t2cn' | 'opencc-js/cn2t'): OpenCC {
  return createRequire(import.meta.url)(entry) as OpenCC
}

/**
 * Traditional (Hong Kong, Taiwan or standard) → mainland simplified,
 * character by character: the code-point count is kept (phrase presets
 * such as twp would rewrite words and move offsets).
 */
export function simplify(text: string): string {
  toSimplified ??= load('opencc-js/t2cn').Converter({ from: 'hk', to: 'cn' })
  return toSimplified(text)
}

/**
 * Mainland simplified → traditional, for fields users want traditional.
 * Taiwan standard forms (楊峰雷, where OpenCC's own standard gives 楊峯雷).
 */
export function traditionalize(text: string): string {
  toTraditional ??= load('opencc-js/cn2t').Converter({ from: 'cn', to: 'tw' })
  return toTraditional(text)
}

/**
 * opencc-js, loaded only when an input needs it: simplified-only users never
 * pay its load time (~5 ms) nor its converter build (~15 ms, ~3 MB).
 * Loaded synchronously through require (Node >= 20.19 can require the
 * package's UMD build from ESM too), so parseIssue stays synchronous.
 */
import { createRequire } from 'node:module'
import { fastConverter, type OpenCCConfig, type OpenCCTrie } from './fast-converter'

type Convert = (text: string) => string

let toSimplified: Convert | undefined
let toTraditional: Convert | undefined

interface OpenCC {
  Converter(options: { from: string; to: string }): Convert
  Trie: new () => OpenCCTrie
  Locale: { configs?: Record<string, OpenCCConfig> }
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
  toSimplified ??= simplifier()
  return toSimplified(text)
}

/** OpenCC's hk → cn conversion, read with the table shortcut (fast-converter.ts) where the build offers its config. */
export function simplifier(): Convert {
  const opencc = load('opencc-js/t2cn')
  const config = opencc.Locale.configs?.hk2s
  return config ? fastConverter(opencc.Trie, config) : opencc.Converter({ from: 'hk', to: 'cn' })
}

/** opencc-js's own hk → cn converter (for tests: the fast one must give the same text). */
export function openccSimplifier(): Convert {
  return load('opencc-js/t2cn').Converter({ from: 'hk', to: 'cn' })
}

/**
 * Mainland simplified → traditional, for fields users want traditional.
 * Taiwan standard forms (楊峰雷, where OpenCC's own standard gives 楊峯雷).
 */
export function traditionalize(text: string): string {
  toTraditional ??= load('opencc-js/cn2t').Converter({ from: 'cn', to: 'tw' })
  return toTraditional(text)
}

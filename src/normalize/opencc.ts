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

/**
 * Mainland simplified → traditional, for fields users want traditional.
 * Taiwan standard forms (楊峰雷, where OpenCC's own standard gives 楊峯雷).
 */
export function traditionalize(text: string): string {
  toTraditional ??= traditionalizer()
  return toTraditional(text)
}

/** The two directions as opencc-js names them: its build, its locales, its preset config. */
const DIRECTIONS = {
  simplify: { entry: 'opencc-js/t2cn', from: 'hk', to: 'cn', config: 'hk2s' },
  traditionalize: { entry: 'opencc-js/cn2t', from: 'cn', to: 'tw', config: 's2tw' },
} as const

type Direction = keyof typeof DIRECTIONS

/**
 * A direction's preset config read with the table shortcut
 * (fast-converter.ts): the same text as opencc-js's converter, in a third
 * of the time, and linear where opencc-js is exponential (runs of
 * ideographic description characters). opencc-js's own converter if its
 * build has no config for the direction.
 */
function converter(direction: Direction): Convert {
  const { entry, from, to, config } = DIRECTIONS[direction]
  const opencc = load(entry)
  const preset = opencc.Locale.configs?.[config]
  return preset ? fastConverter(opencc.Trie, preset) : opencc.Converter({ from, to })
}

export const simplifier = (): Convert => converter('simplify')
export const traditionalizer = (): Convert => converter('traditionalize')

/** opencc-js's own converter for a direction (tests: ours must give the same text). */
export function openccConverter(direction: Direction): Convert {
  const { entry, from, to } = DIRECTIONS[direction]
  return load(entry).Converter({ from, to })
}

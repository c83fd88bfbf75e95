/**
 * The table-shortcut converter (src/normalize/fast-converter.ts) must give
 * exactly opencc-js's own output, in both directions: on every fixture, on
 * text made of the dictionaries' own characters and phrases, and on the
 * characters its trie reads specially (astral, surrogates, ideographic
 * descriptions). Where opencc-js takes exponential time (runs of ⿰), ours
 * must still answer.
 */
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { openccConverter, simplifier, traditionalizer } from '../src/normalize/opencc'

const fixtures = fixturePages()

type Configs = Record<string, { conversionChain: string[][]; segmentation: string[] }>
const load = (entry: string) => (createRequire(__filename)(entry) as { Locale: { configs: Configs } }).Locale.configs

// Words from the dictionaries each direction loads: phrases whose matches
// overlap and segment boundaries are where the two could disagree.
function wordsOf(config: { conversionChain: string[][]; segmentation: string[] }): string[] {
  return [...config.conversionChain.flat(), ...config.segmentation]
    .flatMap((dict) => dict.split('|'))
    .flatMap((entry) => entry.split(' '))
    .filter((word, k) => word.length > 0 && k % 7 === 0)
}
const special = ['𠀀', '𡈽', '\ud840', '\udc00', '⿰氵青', '⿱⿰木木木', '⿰', '⿲', '。', ' ', '\n', 'A', '電', '髮', '乾隆', '於', '发', '干']

const directions = [
  { name: 'simplify (hk → cn)', fast: simplifier(), reference: openccConverter('simplify'), words: wordsOf(load('opencc-js/t2cn').hk2s!) },
  {
    name: 'traditionalize (cn → tw)',
    fast: traditionalizer(),
    reference: openccConverter('traditionalize'),
    words: wordsOf(load('opencc-js/cn2t').s2tw!),
  },
]

describe.each(directions)('fast converter, $name', ({ fast, reference, words }) => {
  it('gives opencc-js output on every fixture', () => {
    for (const { name, text } of fixtures) expect(fast(text), name).toBe(reference(text))
  })

  it('gives opencc-js output on text made of dictionary words and awkward characters', () => {
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...special), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(fast(text)).toBe(reference(text))
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps text with nothing to convert as it is', () => {
    expect(fast('')).toBe('')
    expect(fast('2026 ABC')).toBe('2026 ABC')
  })

  it('reads a long run of ideographic description characters (opencc-js: exponential time)', () => {
    // 30 of them still take opencc-js well under a second: the same text.
    expect(fast('⿰'.repeat(30) + '發')).toBe(reference('⿰'.repeat(30) + '發'))
    const run = '⿰'.repeat(100_000)
    expect(fast(run)).toBe(run)
  })
})

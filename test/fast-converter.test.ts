/**
 * The table-shortcut converter (src/normalize/fast-converter.ts) must give
 * exactly opencc-js's own output: on every fixture, on text made of the
 * dictionaries' own characters and phrases, and on the characters its
 * trie reads specially (astral, surrogates, ideographic descriptions).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openccSimplifier, simplifier } from '../src/normalize/opencc'

const fast = simplifier()
const reference = openccSimplifier()

const fixtures = ['pages', 'corpus'].flatMap((dir) =>
  readdirSync(join(__dirname, 'fixtures', dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name, readFileSync(join(__dirname, 'fixtures', dir, name), 'utf8')] as const),
)

// Words from the dictionaries the converter loads: phrases whose matches
// overlap and segment boundaries are where the two could disagree.
const { Locale } = createRequire(__filename)('opencc-js/t2cn') as { Locale: { configs: { hk2s: { conversionChain: string[][]; segmentation: string[] } } } }
const entries = [...Locale.configs.hk2s.conversionChain.flat(), ...Locale.configs.hk2s.segmentation]
  .flatMap((dict) => dict.split('|'))
  .flatMap((entry) => entry.split(' '))
  .filter((word) => word.length > 0)
const words = entries.filter((_, k) => k % 7 === 0)
const special = ['𠀀', '𡈽', '\ud840', '\udc00', '⿰氵青', '⿱⿰木木木', '⿰', '。', ' ', '\n', 'A', '電', '髮', '乾隆', '於']

describe('fast converter', () => {
  it('gives opencc-js output on every fixture', () => {
    for (const [name, text] of fixtures) expect(fast(text), name).toBe(reference(text))
  })

  it('gives opencc-js output on text made of dictionary words and awkward characters', () => {
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...special), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(fast(text)).toBe(reference(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps text with nothing to convert as it is', () => {
    expect(fast('本报讯 记者张三')).toBe('本报讯 记者张三')
    expect(fast('')).toBe('')
  })
})

/**
 * Properties (fast-check): for any string, parseIssue gives a tree that is
 * plain JSON, whose positions are in order and in bounds, whose leaves are
 * the printed characters, and which loses no printed character — also for
 * random mixes of the conventions' own markers, truncated and line-shuffled
 * real pages. Runs are bounded so the suite stays fast.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { parseIssue } from '../src/index'
import { MARKERS, shuffleLines } from './helpers/generated-inputs.mjs'
import { checkInvariants } from './helpers/invariants.mjs'


const fixtures = fixturePages().map((page) => page.text)

function sound(input: string): void {
  const tree = parseIssue(input)
  expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  expect(checkInvariants(tree, input, { lineColumn: input.length < 2000 })).toEqual([])
}

describe('properties', () => {
  it('any string of UTF-16 units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), sound), { numRuns: 150 })
  })

  it('any mix of the conventions’ markers and text', () => {
    const piece = fc.oneof(fc.constantFrom(...MARKERS), fc.string({ unit: 'grapheme', maxLength: 6 }))
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => sound(pieces.join(''))), { numRuns: 200 })
  })

  it('real pages truncated anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % text.length
        sound(text.slice(from, from + (b % 3000)))
      }),
      { numRuns: 60 },
    )
  })

  it('real pages with their lines shuffled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.integer(), (text, seed) => sound(shuffleLines(text, seed))),
      { numRuns: 40 },
    )
  })
})

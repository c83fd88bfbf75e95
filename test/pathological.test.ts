/**
 * Pathological inputs in the style of cmark's pathological tests
 * (test/helpers/generated-inputs.mjs): each must parse to a sound tree.
 * Sizes are kept small enough for the suite; whether the time grows
 * linearly is measured by `npm run bench` at growing sizes, not here. A
 * gross blow-up (exponential, or a backtracking regex) shows up here as a
 * test timeout.
 */
import { describe, expect, it } from 'vitest'
import { FURNITURE_PATTERNS as furniturePatterns } from '../grammar/constructs'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary } from '../grammar/vocabulary'
import { parseIssue } from '../src/index'
import { pathologicalInputs } from './helpers/generated-inputs.mjs'
import { checkInvariants } from './helpers/invariants.mjs'

const N = 20_000

const cases = pathologicalInputs(N)

describe('pathological inputs', () => {
  for (const [name, input] of Object.entries(cases)) {
    it(name, () => {
      const tree = parseIssue(input)
      expect(tree.position.end.offset).toBe(input.length)
      expect(checkInvariants(tree, input, { lineColumn: false })).toEqual([])
    })
  }
})

describe('no pattern backtracks catastrophically', () => {
  const adversarial = [
    '一'.repeat(N),
    '第'.repeat(N),
    '0'.repeat(N),
    '5月'.repeat(N / 2),
    '二〇'.repeat(N / 2),
    '-'.repeat(N),
    '—'.repeat(N),
    ' '.repeat(N),
    '(一'.repeat(N / 2),
    '01版:'.repeat(N / 4),
    '《人民日报》('.repeat(N / 6),
    '2018-09-19 '.repeat(N / 10),
  ]

  it('every token pattern of the lexer', () => {
    const { lexerOrder } = createTokenSet(defaultVocabulary)
    for (const token of lexerOrder) {
      if (!(token.PATTERN instanceof RegExp)) continue
      const pattern = new RegExp(token.PATTERN.source, 'y')
      for (const text of adversarial) {
        pattern.lastIndex = 0
        pattern.exec(text) // must return, linear in the match
      }
    }
    expect(lexerOrder.length).toBeGreaterThan(20)
  })

  it('every furniture pattern', () => {
    for (const pattern of furniturePatterns) for (const text of adversarial) pattern.exec(text)
    expect(furniturePatterns.length).toBeGreaterThan(3)
  })
})

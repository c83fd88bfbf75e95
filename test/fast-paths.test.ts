/**
 * The builder reads most units without the parser when the grammar is the
 * built-in one (src/assemble/rule-runner.ts, src/speed/plain.ts). A parser
 * subclass that changes nothing takes the parser's own rules instead, so
 * both must give the same tree for any input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { BaozhiParser, createParser, type TokenSet } from '../src/index'

class SameGrammar extends BaozhiParser {
  constructor(tokens: TokenSet) {
    super(tokens)
    this.performSelfAnalysis()
  }
}

const throughRules = createParser({ extensions: [{ name: 'same-grammar', parser: SameGrammar }] })
const builtIn = createParser()

const MARKERS = [
  '本报讯', '本报', '记者', '新华社', '北京', '5月9日电', '据新华社电', '(记者王强)', '【本报讯】', '一是', '二是', '三是', '一要', '二要',
  '第一、', '第二、', '(一)', '(二)', '首先', '其次', '最后', '①', '②', '1.', '2.', '《', '》', '5月9日', '昨日', '。', ',', '\n', '\n\n', ' ',
]

const fixtures = fixturePages().map((page) => page.text)

function same(input: string): void {
  expect(builtIn.parseIssue(input)).toEqual(throughRules.parseIssue(input))
}

describe('fast paths read what the rules read', () => {
  it('on every fixture', () => {
    for (const text of fixtures) same(text)
  })

  it('on any mix of datelines, list markers and text', () => {
    const piece = fc.oneof(fc.constantFrom(...MARKERS), fc.constantFrom('会议', '强调', '要求', '张晔', '开会', '人民日报'))
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => same(pieces.join(''))), { numRuns: 400 })
  })

  it('on real lines with datelines and list markers put anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MARKERS)), { maxLength: 8 }), (text, at, inserts) => {
        let chunk = text.slice(at % text.length, (at % text.length) + 1500)
        for (const [k, marker] of inserts) {
          const i = k % (chunk.length + 1)
          chunk = chunk.slice(0, i) + marker + chunk.slice(i)
        }
        same(chunk)
      }),
      { numRuns: 120 },
    )
  })
})

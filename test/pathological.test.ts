/**
 * Pathological inputs in the style of cmark's pathological tests: each must
 * parse to a sound tree. Sizes are kept small enough for the suite; the
 * scaling at large sizes is measured by `npm run bench`, not here. A
 * quadratic path or a backtracking regex shows up as a test timeout.
 */
import { describe, expect, it } from 'vitest'
import { furniturePatterns } from '../grammar/furniture'
import { createTokenSet } from '../grammar/tokens'
import { defaultVocabulary } from '../grammar/vocabulary'
import { parseIssue } from '../src/index'
import { checkInvariants } from './helpers/invariants'

const N = 20_000

const cases: Record<string, string> = {
  'one long line': '会议要求,要深入贯彻落实。'.repeat(N / 2),
  'blank lines': '\n'.repeat(N * 5),
  'list markers in a row': `标题\n\n本报讯 ${'一是要抓好;'.repeat(N / 2)}`,
  'unclosed brackets': '（'.repeat(N),
  'unclosed lenticular brackets': '【'.repeat(N),
  'unclosed quotes': '“'.repeat(N),
  'unclosed book titles': '《'.repeat(N),
  'dateline openings': '本报讯（记者'.repeat(N / 4),
  'wire openings': '新华社北京5月9日电（记者'.repeat(N / 8),
  'headline-like lines': '短标题\n\n'.repeat(N / 2),
  'bylines': '本报记者 张建国\n'.repeat(N / 4),
  'credits without end': `标题\n\n本报讯（${'记者张三、'.repeat(N / 4)}`,
  'signatures': '(张晔)'.repeat(N / 2),
  'jump and page lines': '(下转第2版)\n01版:要闻\n'.repeat(N / 8),
  // Traditional text goes through OpenCC's conversion, whose own reading of
  // description sequences is exponential in a run of them.
  'ideographic description characters in traditional text': `這個們來說時會國為與對發經從電後點${'⿰'.repeat(N)}`,
  'comma clauses after a role': `记者${'全市上下团结一心,'.repeat(N / 8)}`,
}

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

/**
 * Properties (fast-check): for any string, parseIssue gives a tree that is
 * plain JSON, whose positions are in order and in bounds, whose leaves are
 * the printed characters, and which loses no printed character — also for
 * random mixes of the conventions' own markers, truncated and line-shuffled
 * real pages. Runs are bounded so the suite stays fast.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../src/index'
import { checkInvariants } from './helpers/invariants'

const MARKERS = [
  '本报讯', '本報訊', '本报', '记者', '記者', '通讯员', '责编', '本版', '新华社', '中央社', '北京', '台北', '5月9日', '９日电',
  '29日電', '一是', '二是', '第一', '首先', '其次', '(一)', '一、', '1.', '①', '（', '）', '(', ')', '【', '】', '〔', '〕',
  '《', '》', '“', '”', '「', '」', '——', '、', '，', ',', '。', '：', '／', '■', '▲', '图为', '摄', '资料图片', '报道', '下转第2版',
  '01版:要闻', '發佈日期 : 2018-08-02', '\n', '\n\n', '\n\n\n', '\r\n', '\r', ' ', '　', '\ue40c', '张晔', '杨峰雷', '会议召开',
  '昨日', '1021029', '\u0000', '\ud800', '\udfff', '𠀀', '\u202e', '\ufeff',
]

const fixtures = ['pages', 'corpus'].flatMap((dir) =>
  readdirSync(join(__dirname, 'fixtures', dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(__dirname, 'fixtures', dir, name), 'utf8')),
)

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
      fc.property(fc.constantFrom(...fixtures), fc.integer(), (text, seed) => {
        const lines = text.split('\n')
        let state = seed
        const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) % lines.length)
        for (let i = 0; i < lines.length; i++) {
          const j = next()
          ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        }
        sound(lines.join('\n'))
      }),
      { numRuns: 40 },
    )
  })
})

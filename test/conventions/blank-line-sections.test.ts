/**
 * Pages that set paragraphs apart with blank lines: a short line that ends
 * no clause stands on its own there — a section's label or head, never
 * glued to the paragraph under it — and a section's title may take two
 * lines parted by the page's blank line, or open the body under the
 * story's credit line (民生 columns: 市民反映 / 记者跑腿 / 帮办结果).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, findAll, page } from '../helpers/tree'

const HEADLINE = '龙潭西路无路灯照明 市民盼尽快安装'
const P1 = '1月2日下午，饶城市民戴先生致电本报新闻热线反映称，龙潭西路部分路段没有路灯，夜间出行很不方便。'
const P2 = '当天晚上8时许，记者前往龙潭西路看到，从该路段与槠溪北路交叉口往东，数百米路段一片漆黑。'
const P3 = '随后，记者就此联系到了市交通建设投资集团有限公司，工作人员表示将尽快安装路灯。'

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return {
    intertitles: findAll(issue, 'intertitle').map((n) => toString(n).replace(/\s+/g, ' ')),
    paragraphs: findAll(issue, 'paragraph').map((n) => toString(n)),
  }
}

describe('sections of a story on a page of blank-line paragraphs', () => {
  it('记者跑腿, a short line between paragraphs: a section’s title, not the start of the next paragraph', () => {
    expect(read(page(HEADLINE, P1, '记者跑腿', P2))).toEqual({ intertitles: ['记者跑腿'], paragraphs: [P1, P2] })
  })

  it('a title in two lines parted by the blank line: 废品站藏身荒地 / 易燃品堆积如山', () => {
    expect(read(page(HEADLINE, P1, '废品站藏身荒地', '易燃品堆积如山', P2))).toEqual({ intertitles: ['废品站藏身荒地易燃品堆积如山'], paragraphs: [P1, P2] })
  })

  it('the first section’s title under the story’s credit line: 本报记者 郑欢 / 市民反映', () => {
    const { intertitles, paragraphs } = read(page(HEADLINE, '本报记者 郑欢', '市民反映', P1, '记者跑腿', P2, '帮办结果', P3))
    expect(intertitles).toEqual(['市民反映', '记者跑腿', '帮办结果'])
    expect(paragraphs).toEqual([P1, P2, P3])
  })
})

describe('sections on blank-line pages: where it must not fire', () => {
  it('a paragraph broken where a line ends a clause goes on: …严禁一切野， / 外用火…', () => {
    const { paragraphs } = read(page(HEADLINE, '森林防火期内，全市严禁一切野，', '外用火，违者将依法处理。'))
    expect(paragraphs).toEqual(['森林防火期内，全市严禁一切野，外用火，违者将依法处理。'])
  })

  it('a long line that ends no sentence runs on into the next', () => {
    const broken = '当天晚上8时许，记者前往龙潭西路看到，从该路段与槠溪北路交叉口往东数百米的路段'
    const { paragraphs } = read(page(HEADLINE, P1, broken, '一片漆黑，行人只能借着车灯走路。'))
    expect(paragraphs).toHaveLength(2)
  })

  it('a quote that ends a sentence is no section’s first line: @北雁雁:这些人真是无聊! / 记者核实', () => {
    const { intertitles } = read(page(HEADLINE, P1, '@北雁雁:这些人真是无聊!', '记者核实', P2))
    expect(intertitles).not.toContain('@北雁雁:这些人真是无聊!记者核实')
  })

  it('under a headline with no credit line, a short line is the heading group’s, not a section', () => {
    expect(read(page(HEADLINE, '市民反映', P1)).intertitles).toEqual([])
  })
})

/**
 * Hard-wrapped copies (src/normalize/unwrap.ts): a page OCR read column by
 * column, or a clipping service cut at a fixed width, reads as the page it
 * was cut from — the line breaks the column's edge made inside sentences,
 * words and names are read past; every other line break stays.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { unwrapColumns } from '../../src/normalize/unwrap'
import { articles, expectSource, find, findAll } from '../helpers/tree'

/** Each line cut every `width` characters, a mark that may not open a line kept on the line before (as typesetters do). */
const NO_LINE_START = /[，。、：；！？）」』”》,.:;!?)]/
function cut(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line]
      const pieces: string[] = []
      for (let from = 0; from < chars.length; ) {
        let to = Math.min(chars.length, from + width)
        while (to < chars.length && NO_LINE_START.test(chars[to]!)) to++
        pieces.push(chars.slice(from, to).join(''))
        from = to
      }
      return pieces.length ? pieces.join('\n') : line
    })
    .join('\n')
}

// A made-up story as a page prints it: title, dateline with credits, three paragraphs, a closing credit.
const TITLE = '城北新区老旧小区改造全面启动'
const PARAGRAPHS = [
  '本报讯（记者 王丽娟 通讯员 陈志刚）5月9日，城北新区老旧小区改造工程启动仪式在幸福里社区举行，今年全区将改造小区四十二个，惠及居民一万二千余户。',
  '据介绍，此次改造涉及雨污分流、管线入地、加装电梯、增设停车位等内容，区住建局将在六月底前完成全部小区的方案设计，并通过居民议事会征求意见。',
  '幸福里社区居民张大爷说，小区建成已有三十多年，下水道经常堵塞，楼道灯也坏了不少，这次改造真正改到了大家的心坎上。（通讯员 赵明洪 李传秀）',
]
const PRINTED = `${TITLE}\n\n${PARAGRAPHS.join('\n')}\n`

/** What a reader takes from a tree: headlines, paragraphs' text, datelines' credits, signatures' names. */
function reading(input: string) {
  const issue = parseIssue(input)
  const flat = (s: string) => s.replace(/\s*\n\s*/g, '')
  return {
    headlines: findAll(issue, 'headline').map((h) => flat(toString(h))),
    paragraphs: findAll(issue, 'paragraph').map((p) => flat(toString(p))),
    credits: findAll(issue, 'credit').map((c) => [c.role, c.names]),
    signatures: findAll(issue, 'signature').map((s) => s.names),
  }
}

describe('a hard-wrapped copy reads as the page it was cut from', () => {
  it.each([16, 20, 24, 30])('cut every %i characters: the same title, dateline, paragraphs and closing credit as printed', (width) => {
    const input = `${TITLE}\n\n${cut(PARAGRAPHS.join('\n'), width)}\n`
    expect(reading(input)).toEqual(reading(PRINTED))
    expect(reading(PRINTED).signatures).toEqual([['赵明洪', '李传秀']])
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
  })

  it('a role and a name the column cut read whole: （通 / 讯员 高晴）, （记者 欧 / 阳明月 赵敏）', () => {
    const briefs = [
      '● 日前，区审计局派出审计组，实地查勘乡镇村级摄像头安装工程，将此工程接入应急联动指挥系统，为保障群众生命财产安全。（通讯员 高晴）',
      '● 为提升城市品质，区城管局近日启动背街小巷整治行动，计划年内完成二十条街巷的改造提升，惠及沿街居民三千余户。（记者 欧阳明月 赵敏）',
    ]
    const input = `${cut(briefs.join('\n'), 20)}\n`
    expect(input).toContain('（通\n讯员 高晴）')
    expect(input).toContain('（记者 欧\n阳明月 赵敏）')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['高晴'], ['欧阳明月', '赵敏']])
    // (The node shows the copy as printed, its line break a layout break.)
    const signature = find(issue, 'signature')!
    expect(input.slice(signature.position.start.offset!, signature.position.end.offset!)).toBe('（通\n讯员 高晴）')
  })

  it('the line breaks read past are layout breaks in the tree: toString reads the text, positions point into the copy', () => {
    const input = `${TITLE}\n\n${cut(PARAGRAPHS.join('\n'), 20)}\n`
    const issue = parseIssue(input)
    const first = find(issue, 'paragraph')!
    expect(findAll(first, 'layoutBreak').length).toBeGreaterThan(0)
    for (const text of findAll(first, 'text')) {
      expect(text.value).not.toMatch(/\n/)
      expect(input.slice(text.position.start.offset!, text.position.end.offset!)).toBe(text.value)
    }
  })
})

describe('unwrapColumns: only the breaks the column made', () => {
  const wrapped = cut(PARAGRAPHS.join('\n'), 20)

  it('takes out the breaks inside sentences, and maps every offset back to the copy', () => {
    const { text, toInput, column } = unwrapColumns(wrapped)
    expect(column?.width).toBe(20)
    // (The dateline's first line holds no mark of running text, as a title as wide would not: its break is left to
    // the dateline's rules, which run it on into the lead (the parse above reads the paragraph whole).)
    const [dateline, ...rest] = PARAGRAPHS
    expect(text.split('\n')).toEqual([...cut(dateline!, 20).split('\n').slice(0, 1), cut(dateline!, 20).split('\n').slice(1).join(''), ...rest])
    for (let k = 0; k < text.length; k++) expect(wrapped[toInput![k]!]).toBe(text[k])
  })

  it('must not fire: lines that are paragraphs of their own, of many lengths', () => {
    expect(unwrapColumns(PRINTED)).toEqual({ text: PRINTED })
  })

  it('must not fire: a title as wide as the column, no mark of running text in it, keeps its line', () => {
    const title = '城北新区老旧小区改造工程启动仪式昨日举行'
    expect([...title]).toHaveLength(20)
    const { text } = unwrapColumns(`${title}\n${wrapped}\n`)
    expect(text.startsWith(`${title}\n本报讯`)).toBe(true)
  })

  it('must not fire: teasers a site cut at one length, each closed by its ellipsis', () => {
    const teasers = ['市政府召开常务会议，研究部署下半年经济工作，会议指出要...', '全市安全生产工作会议召开，会议要求各部门压实责任，确...', '城北新区老旧小区改造全面启动，今年将改造小区四十二...']
    const input = `${teasers.join('\n')}\n`
    expect(unwrapColumns(input)).toEqual({ text: input })
  })

  it('must not fire: under a line at the edge, an indented line, a bullet, an ordinal, or a caption with its credit opens a block of its own', () => {
    for (const opening of ['　　今年全区将改造小区四十二个。', '● 今年全区将改造小区四十二个。', '一、改造内容', '2.改造时间', '市民在幸福里社区查看方案。 记者 刘洋 摄']) {
      const lines = wrapped.split('\n')
      const edge = lines.findIndex((line) => !/[。）]$/.test(line))
      const input = [...lines.slice(0, edge + 1), opening, ...lines.slice(edge + 1)].join('\n')
      expect(unwrapColumns(input).text).toContain(`\n${opening}`)
    }
  })

  it('must not fire: a line its credit closes after its sentence (…采访。广西新闻网记者 胡雁) ends there, as wide as the others or not', () => {
    const captions = ['参访团一行在宝迪红供应链公司采访。广西新闻网记者 胡雁 摄', '参访团一行在中马钦州产业园区采访。广西新闻网记者 胡雁 摄', '参访团记者在中华电力防城港电厂采访。广西新闻网记者 胡雁']
    const input = `${captions.join('\n')}\n广西新闻网钦州11月28日讯(记者 胡雁)“钦州和防城港是很有经济发展潜力的地方。”\n`
    expect(unwrapColumns(input).text).toBe(input)
  })

  it('must not fire: a list of short entries alike under a story is no column (the story’s lines overrun it)', () => {
    const story = '5月23日，原州区古雁街道雁岭社区开展垃圾分类宣传活动，让辖区居民在轻松愉快的氛围中掌握垃圾分类知识。'
    const list = Array.from({ length: 8 }, (_, k) => `[2026-03-0${k + 1}] -, 查看`).join('\n')
    const input = `${story}\n相关新闻\n${list}\n`
    expect(unwrapColumns(input).column).toBeUndefined()
  })
})

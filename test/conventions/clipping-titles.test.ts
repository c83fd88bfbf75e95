/**
 * A press-clipping export's index line, the only place it prints a
 * document's title (grammar/constructs/clipping-title.ts):
 * 2. 大公报 -  (标题) 2019-06-04 经济 A16 财经头条 — the paper a source note,
 * the title the headline, the date and page a page header; no text lost.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll } from '../helpers/tree'

const LINE = '2. 大公报 -  (积极考虑并购湾区看好广深 领展拟回购6000万个基金单位) 2019-06-04 经济 A16 财经头条'
const RULE = '-'.repeat(60)
const BODY = '领展截至今年三月底止年度收益微增0.1%至100.37亿元。谈及中美贸易争端对集团的影响，行政总裁王国龙表示影响不大。'

describe('clipping index lines: where they fire', () => {
  it('the title in brackets is the headline; the paper, date and page are recorded', () => {
    const input = [LINE, '', '', '', RULE, '', '', '', BODY, ''].join('\n')
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('积极考虑并购湾区看好广深 领展拟回购6000万个基金单位')
    expect(find(issue, 'sourceNote')!.source).toBe('大公报')
    expect(find(issue, 'pageHeader')).toMatchObject({ page: 16, date: { year: 2019, month: 6, day: 4 } })
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
    expectSource(input, issue)
  })

  it('a reporter’s credit after the lead, with more text under it, is the story’s byline (大公報 layout)', () => {
    const input = [LINE, '', BODY, '', '大公报记者林静文', '', BODY, ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline')).toHaveLength(1)
    expect(find(find(issue, 'byline')!, 'credit')!.names).toEqual(['林静文'])
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

describe('clipping index lines: where they must not fire', () => {
  it('a numbered line with brackets but no date is text', () => {
    const input = ['2. 大公报 - (积极考虑并购湾区看好广深) 经济 A16', '', BODY, ''].join('\n')
    expect(find(parseIssue(input), 'sourceNote')).toBeUndefined()
  })

  it('a sentence that opens with a numbered point keeps its text', () => {
    const input = ['市委召开会议', '', '2. 加强领导 - (一)完善机制。', ''].join('\n')
    expect(find(parseIssue(input), 'sourceNote')).toBeUndefined()
  })

  it('记者手记 with text under it stays a section title', () => {
    const input = ['市委召开会议', '', '本报讯 5月9日，会议召开。', '', '记者手记', '', BODY, ''].join('\n')
    expect(toString(find(parseIssue(input), 'intertitle'))).toBe('记者手记')
  })
})

describe('the paper a clipping’s header names', () => {
  it('275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23: the page header records the paper, as printed, and the date', () => {
    const header = find(parseIssue('275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23\n報章 | A02 |澳聞\n\n標題\n\n【本報消息】昨日，會議舉行。\n'), 'pageHeader')!
    expect(header.paper).toBe('澳門日報')
    expect(header.date).toMatchObject({ year: 2019, month: 5, day: 23 })
  })

  it('a paper’s own folio (光明日报 2012年10月27日 星期六) names it too; a date line names none', () => {
    expect(find(parseIssue('光明日报 2012年10月27日 星期六\n\n标题\n\n本报讯 昨日，会议举行。\n'), 'pageHeader')!.paper).toBe('光明日报')
    expect(find(parseIssue('2024年6月4日 星期二\n\n标题\n\n本报讯 昨日，会议举行。\n'), 'pageHeader')!.paper).toBeUndefined()
  })
})

describe('a clipping’s header broken after its medium, and its title a question (part (aq): d598–d600, 每日經濟新聞, 21世紀經濟報道, 證券時報)', () => {
  const HEADER = ['222 .每日經濟新聞 | 發行量/接觸人次: 200,000 | 2019-05-14', '報章 |', '09 |鎂刻地產 |By 甄素靜', '字數: 1104 words']
  const LEAD = '進入5月以來，深圳樓市雖然實際成交量較4月略有下滑，但多名中介人士告訴記者，一些新開盤的項目能明顯體驗到“搶房”的氛圍。'

  it('報章 | / 09 |鎂刻地產 |By 甄素靜: page headers, the page and section recorded; the title under them the headline, though a question', () => {
    const input = [...HEADER, '深圳二手房單月成交8000套 樓市已到牛熊分界線？', LEAD, '新房供應增長但成交下降', LEAD].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'pageHeader').map((h) => [h.page, h.section])).toEqual([[undefined, undefined], [undefined, undefined], [9, '鎂刻地產']])
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual(['深圳二手房單月成交8000套 樓市已到牛熊分界線？'])
    expectSource(input, issue)
  })

  it('the whole of d598: one story under its question, nothing of the header a heading', () => {
    const issue = parseIssue(readFileSync(new URL('../fixtures/corpus/d598.txt', import.meta.url), 'utf8'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual(['深圳二手房單月成交8000套 樓市已到牛熊分界線？'])
  })

  it('must not fire: a page, a section and a name between bars with no By is no header (12 |要闻 |张三)', () => {
    expect(findAll(parseIssue('标题\n\n12 |要闻 |张三\n\n正文第一段。\n'), 'pageHeader')).toEqual([])
  })

  it('must not fire: a question under a story’s text, with text straight under it, stays the text’s (an interview’s question)', () => {
    const issue = parseIssue(['专访市长：城市如何更新', '', '记者：今年城市更新的重点是什么？', '市长：重点是老旧小区改造和背街小巷整治。', '为什么先改老旧小区？', '因为居民的诉求最集中。'].join('\n'))
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

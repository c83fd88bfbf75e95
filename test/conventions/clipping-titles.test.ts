/**
 * A press-clipping export's index line, the only place it prints a
 * document's title (grammar/constructs/clipping-title.ts):
 * 2. 大公报 -  (标题) 2019-06-04 经济 A16 财经头条 — the paper a source note,
 * the title the headline, the date and page a page header; no text lost.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll } from '../helpers/tree'

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

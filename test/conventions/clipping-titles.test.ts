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

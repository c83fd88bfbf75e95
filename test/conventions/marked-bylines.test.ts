/**
 * Bylines as more papers print them under the title:
 *   □陈 泳 报道 · □  初墨          a white square before the writer (as ■ before 記者蔡少玲)
 *   ○记者刘念海文/图                a white circle before the reporter and the works
 *   聯合報〔記者陳嘉寧／桃園報導〕    a paper's name, then its reporter's filing line in brackets
 * Each is a byline in the heading, not a subheadline, and each is tested
 * where it must not fire: □ standing for a lost character, a paper's
 * bracketed note that names no reporter.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

const HEADLINE = '战酷暑 保清洁'
const BODY = '7月23日是二十四节气中的大暑。当天，全市环卫工人顶高温、冒酷暑打扫卫生。'

/** The first article's bylines as role, names and place. */
const bylines = (issue: Issue) =>
  findAll(articles(issue)[0]!, 'byline').flatMap((b) => findAll(b, 'credit').map(({ role, names, place }) => ({ role, names, place })))

describe('marked bylines: where they fire', () => {
  it('□陈 泳 报道: a white square, a padded name, then 报道', () => {
    const input = page(HEADLINE, '□陈 泳 报道', BODY)
    const issue = parseIssue(input)
    expect(bylines(issue)).toEqual([{ role: undefined, names: ['陈泳'], place: undefined }])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('□  初墨: a columnist\'s name after the square', () => {
    const input = page('点亮城市夜色正逢时', '□  初墨', '夜间经济是现代城市经济的重要组成部分，做好夜间经济意义重大。')
    const issue = parseIssue(input)
    expect(bylines(issue)).toEqual([{ role: undefined, names: ['初墨'], place: undefined }])
    expectSource(input, issue)
  })

  it('○记者刘念海文/图: a white circle before the reporter, the works after the name', () => {
    const input = page(HEADLINE, '○记者刘念海文/图', BODY)
    const issue = parseIssue(input)
    expect(bylines(issue)).toEqual([{ role: '记者', names: ['刘念海'], place: undefined }])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('联合报〔记者陈嘉宁／桃园报导〕: a paper\'s name, then its reporter filing from a place', () => {
    const input = `血溅桃机 他把老婆丢下楼再跳楼\n联合报〔记者陈嘉宁／桃园报导〕\n\n${BODY}\n`
    const issue = parseIssue(input)
    expect(bylines(issue)).toEqual([{ role: '记者', names: ['陈嘉宁'], place: '桃园' }])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })
})

describe('marked bylines: where they must not fire', () => {
  it('NOT a byline: □ standing for characters the copy lost, at the start of a sentence', () => {
    const input = page(HEADLINE, '□□公司负责人表示，今年的收成比去年好。', BODY)
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT a bullet: ○ as a zero in a year, a brief\'s ○ before its date, ○ for a character the copy hides', () => {
    for (const line of ['二○二四年，全市环卫工人顶高温打扫卫生。', '○11月26日，省委常委会议召开。', '村民王○明说，今年的收成比去年好。']) {
      const input = page(HEADLINE, line, BODY)
      const issue = parseIssue(input)
      expect(findAll(issue, 'byline')).toEqual([])
      expect(findAll(issue, 'credit')).toEqual([])
      expect(findAll(issue, 'paragraph')).toHaveLength(2)
      expectSource(input, issue)
    }
  })

  it('NOT a credit: □ inside a name in the body', () => {
    const input = page(HEADLINE, '村民王□明说，今年的收成比去年好。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'credit')).toEqual([])
    expect(toString(find(issue, 'paragraph')!)).toBe('村民王□明说，今年的收成比去年好。')
    expectSource(input, issue)
  })

  it('NOT a byline: a paper\'s bracketed note with no reporter filing from a place', () => {
    const input = `血溅桃机 他把老婆丢下楼再跳楼\n联合报〔记者陈嘉宁〕\n\n${BODY}\n`
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })
})

describe('a credit line between one short line and the lead', () => {
  const LEAD = '本报讯 时下，正是桂花开放的时节。走在城区的大街小巷，桂花香气扑鼻。'

  it('街头桂花飘香 / 花好莫要采。 / □全媒体记者 王建成 文/图 / 本报讯…: the story’s byline, one story', () => {
    const input = page('街头桂花飘香 市民莫要采摘\n花好莫要采。\n□全媒体记者 王建成 文/图', LEAD)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    expect(bylines(issue)).toEqual([{ role: '全媒体记者', names: ['王建成'], place: undefined }])
    expect(findAll(issue, 'signature')).toEqual([])
    expect(find(issue, 'dateline')?.source).toBe('本报讯')
  })

  it('must not fire: after a story’s paragraphs the credit line closes it: a signature, no byline', () => {
    const input = page(HEADLINE, BODY, '当天，不少市民为环卫工人送上了清凉饮品和慰问品。', '□全媒体记者 王建成', LEAD)
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王建成']])
    expect(findAll(issue, 'byline')).toEqual([])
  })

  it('must not fire: one long paragraph over the credit line is the story’s text, the credit its signature', () => {
    const long = '7月23日是二十四节气中的大暑。当天，全市环卫工人顶高温、冒酷暑打扫卫生，不少市民送上了清凉饮品。'
    const issue = parseIssue(page(HEADLINE, long, '□全媒体记者 王建成', LEAD))
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王建成']])
  })
})

describe('a credit line between one short line and the lead: where it must not fire (a review’s probes)', () => {
  it('a lead of its own over the credit line: the credit signs it', () => {
    const issue = parseIssue(page('图书馆新馆开馆', '本报讯 市图书馆新馆昨日正式开馆。', '记者 王五', '本报讯 昨日，市政府召开常务会议，研究部署近期重点工作。'))
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王五']])
  })

  it('a dateline naming its own reporter under the credit line: the credit is not its byline', () => {
    const issue = parseIssue(page('金秋稻香', '昨日，农民在田间收割水稻。', '本报记者 王五', '本报讯 (记者 李四) 昨日，全市秋粮收购工作全面启动。'))
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

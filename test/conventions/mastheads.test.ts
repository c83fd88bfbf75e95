/**
 * Mastheads of papers the vocabulary does not know (grammar/constructs/masthead.ts
 * `unknownPapers`): a paper's name alone on the first line, over the page's
 * date or page line, is the masthead — never a kicker, headline or source.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll } from '../helpers/tree'

const STORY = ['我市召开安全生产工作会议', '', '本报讯（记者 张三）6月3日，我市召开安全生产工作会议。']
const masthead = (input: string) => find(parseIssue(input), 'masthead')

describe('unknown papers’ mastheads: where they fire', () => {
  it('晋城日报 over a date line and a page line', () => {
    const input = ['晋城日报', '2024年6月4日 星期二', '第3版：城市新闻', '', ...STORY].join('\n') + '\n'
    const issue = parseIssue(input)
    expect(find(issue, 'masthead')!.paper).toBe('晋城日报')
    expect(toString(find(issue, 'headline'))).toBe('我市召开安全生产工作会议')
    expect(findAll(issue, 'pageHeader')).toHaveLength(2)
    expect(issue.data.issueDate).toMatchObject({ year: 2024, month: 6, day: 4 })
    expectSource(input, issue)
  })

  it('a page line that sets its section apart with a space (第03版 综合新闻), the story straight under it', () => {
    const input = ['石门都市报', '第03版 综合新闻', ...STORY].join('\n') + '\n'
    const issue = parseIssue(input)
    expect(find(issue, 'masthead')!.paper).toBe('石门都市报')
    expect(find(issue, 'pageHeader')!.page).toBe(3)
    expect(toString(find(issue, 'pageHeader')!)).toBe('第03版 综合新闻')
    expect(toString(find(issue, 'headline'))).toBe('我市召开安全生产工作会议')
    expectSource(input, issue)
  })

  it('a county paper over its page line, a blank line between', () => {
    expect(masthead(['黔西南日报', '', '01版:要闻', '', ...STORY].join('\n'))!.paper).toBe('黔西南日报')
  })
})

describe('unknown papers’ mastheads: where they must not fire', () => {
  it('a paper’s name over a title (a repost’s source) stays a source note', () => {
    const issue = parseIssue(['金华晚报', ...STORY].join('\n'))
    expect(find(issue, 'masthead')).toBeUndefined()
    expect(find(issue, 'sourceNote')!.source).toBe('金华晚报')
  })

  it('a paper’s name under a title stays a source note, page line or not', () => {
    const issue = parseIssue(['我市召开安全生产工作会议', '金华晚报', '第3版：城市新闻', '', '本报讯（记者 张三）6月3日，会议召开。'].join('\n'))
    expect(find(issue, 'masthead')).toBeUndefined()
  })

  it('a page number and a sentence after a space is no page line (第3版 刊登了一篇评论。)', () => {
    const issue = parseIssue(['我市召开安全生产工作会议', '第3版 刊登了一篇评论。', '会议要求，要抓好落实。'].join('\n') + '\n')
    expect(findAll(issue, 'pageHeader')).toEqual([])
  })

  it('a headline that ends in 报 is no paper (特大喜报)', () => {
    expect(masthead(['特大喜报', '2024年6月4日 星期二', ...STORY].join('\n'))).toBeUndefined()
  })
})

describe('an unknown paper’s name between the page’s date line and its page line', () => {
  it('2024年6月4日 星期二 / 晋城日报 / 第3版：城市新闻: the masthead', () => {
    const input = ['2024年6月4日 星期二', '晋城日报', '第3版：城市新闻', '', ...STORY].join('\n') + '\n'
    const issue = parseIssue(input)
    expect(find(issue, 'masthead')!.paper).toBe('晋城日报')
    expect(findAll(issue, 'sourceNote')).toEqual([])
    expect(issue.data.issueDate).toMatchObject({ year: 2024, month: 6, day: 4 })
    expectSource(input, issue)
  })

  it('must not fire: with no page line under it, the name under a date line stays a source (2024年6月4日 星期二 / 晋城日报 / title)', () => {
    const input = ['2024年6月4日 星期二', '晋城日报', '', ...STORY].join('\n') + '\n'
    expect(masthead(input)).toBeUndefined()
  })

  it('must not fire: under a story’s text, a paper’s name over a page line is no masthead', () => {
    const input = [...STORY, '', '晋城日报', '第3版：城市新闻', ''].join('\n')
    expect(masthead(input)).toBeUndefined()
  })
})

describe('a page’s running line of its parts in any order: the paper, the date, the weekday, the page and its section', () => {
  it.each([
    ['铜仁日报 2024年6月4日 星期二 第3版', { page: 3, paper: '铜仁日报', date: { year: 2024, month: 6, day: 4 } }],
    ['第3版 城市新闻 2024年6月4日', { page: 3, section: '城市新闻', date: { year: 2024, month: 6, day: 4 } }],
    ['2024年6月4日 星期二 | 第3版', { page: 3, date: { year: 2024, month: 6, day: 4 } }],
    ['2024-06-04 星期二 第A03版：要闻', { page: 3, section: '要闻', date: { year: 2024, month: 6, day: 4 } }],
    ['铜仁日报 · 第3版 · 2024年06月04日', { page: 3, paper: '铜仁日报', date: { year: 2024, month: 6, day: 4 } }],
  ])('%s over the story: the page header, the story’s title its headline (the line was the headline, the title a subheadline)', (line, header) => {
    const input = [line, '', ...STORY].join('\n') + '\n'
    const issue = parseIssue(input)
    expect(find(issue, 'pageHeader')).toMatchObject(header)
    expect(toString(find(issue, 'headline'))).toBe('我市召开安全生产工作会议')
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(issue.data.issueDate).toMatchObject(header.date)
    expectSource(input, issue)
  })

  it.each(['人民日报第3版刊登我市经验做法', '本报第3版 刊登我市经验做法 欢迎阅读', '警情通报第3版 2024年6月4日 城区'])('must not fire: %s — a title citing a page, words after the page not set apart as its section, or a report’s word — stays the headline', (title) => {
    const issue = parseIssue([title, '', ...STORY].join('\n') + '\n')
    expect(findAll(issue, 'pageHeader')).toEqual([])
    expect(toString(find(issue, 'headline'))).toBe(title)
  })
})

/**
 * A story kept as a Markdown file (d642, a Hong Kong outlet's archive): its
 * front matter at the file's top is interface, its ATX heading's words the
 * title; where it must not fire: a hashtag, key: value lines under text, a
 * rule of dashes in a table's copy.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll } from '../helpers/tree'

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return issue
}

const BODY = '去年6月9日的百萬人反修例遊行後，大批示威者在立法會示威區外聚集至翌日凌晨。'

describe('a Markdown file’s front matter and title', () => {
  it('--- / fields / --- / # title / text: the fields interface, the heading’s words the headline, one article', () => {
    const input = ['---', 'title: "社工承認非法集結及襲警囚 4 個月"', 'date: "2020-07-16"', 'author: "記者邢穎琦"', 'tags:', '  - "非法集結"', 'url: "https://www.hkcnews.com/article/32031"', '---', '', '# 社工承認非法集結及襲警囚 4 個月', '', BODY, ''].join('\n')
    const issue = read(input)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline')!)).toBe('社工承認非法集結及襲警囚 4 個月')
    // (The author field's key and closing quote are interface, its value the byline: credits-over-titles.test.ts.)
    expect(findAll(issue, 'chrome')).toHaveLength(10)
    expect(find(issue, 'byline')).toBeDefined()
    expect(findAll(issue, 'paragraph').map((n) => toString(n))).toEqual([BODY])
  })

  it('## a second-level heading over text is a title too', () => {
    expect(toString(find(read(['## 全市春耕工作推进会召开', '', '本报讯 5月9日，全市春耕工作推进会召开。', ''].join('\n')), 'headline')!)).toBe('全市春耕工作推进会召开')
  })

  it('must not fire: a hashtag (#两会#), key: value lines under the text, a rule of dashes inside the page', () => {
    const tag = read(['#两会# 代表委员热议民生', '', '本报讯 3月5日，十四届全国人大二次会议开幕。', ''].join('\n'))
    expect(findAll(tag, 'chrome')).toEqual([])
    const fields = read(['全市春耕工作推进会召开', '', '本报讯 5月9日，全市春耕工作推进会召开。', '', 'note: 会议材料另附', 'date: 5月9日', ''].join('\n'))
    expect(findAll(fields, 'chrome')).toEqual([])
    const rule = read(['全市春耕工作推进会召开', '', '本报讯 5月9日，全市春耕工作推进会召开。', '', '---', '', '会议要求，各地要抓好落实。', ''].join('\n'))
    expect(findAll(rule, 'chrome').map((n) => toString(n))).not.toContain('---')
  })
})

describe('an archive’s Markdown clipping of an old page (part (bc), d654–d657)', () => {
  const LEAD = '〔中央社瀋陽廿三日電〕蔣主席偕夫人，於今日下午四時飛抵瀋陽，白副總長崇禧，張主任委員嘉璈同來。'
  const clipping = (...afterFrontMatter: string[]) =>
    ['---', 'layout: post', 'title: "國軍昨晨收復長春 蔣主席偕夫人抵瀋　視察東北慰問受難同胞"', 'author: "申报"', 'date: 1946-05-24 00:00:00 +0000', '---', '', ...afterFrontMatter, ''].join('\n')

  it('no heading in the file: the title field’s words are the headline, its key and quotes interface', () => {
    const issue = read(clipping('> 申报 1946年05月24日 第1版 第24521期', '', LEAD))
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline')!)).toBe('國軍昨晨收復長春 蔣主席偕夫人抵瀋　視察東北慰問受難同胞')
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('> and the archive’s citation of the page: the quote’s mark interface, the citation the page header with paper, date and page', () => {
    const issue = read(clipping('> 申报 1946年05月24日 第1版 第24521期', '', LEAD))
    expect(find(issue, 'pageHeader')).toMatchObject({ paper: '申报', page: 1, date: { year: 1946, month: 5, day: 24 } })
    const edition = read(clipping('> 大光报（韶关）   1948-10-31', '', LEAD))
    expect(find(edition, 'pageHeader')).toMatchObject({ date: { year: 1948, month: 10, day: 31 } })
  })

  it('〔中央社瀋陽廿三日電〕: a wire’s dateline in tortoise-shell brackets, the bracket its own', () => {
    const issue = read(clipping(LEAD))
    expect(find(issue, 'dateline')).toMatchObject({ source: '中央社', place: '瀋陽', date: { day: 23 } })
    expect(toString(find(issue, 'dateline')!)).toBe('〔中央社瀋陽廿三日電〕')
  })

  it('an emphasis’s marks around a quoted staff line are interface too (> *责任编辑：张三*)', () => {
    const issue = read(clipping(LEAD, '', '> *责任编辑：张三*'))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(expect.arrayContaining(['> *', '*']))
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((c) => c.names))).toEqual([['张三']])
  })

  it('must not fire: a quote or a note inside the story’s text keeps its marks and its place in the story', () => {
    for (const inside of ['> 市民王女士说：“家门口就能锻炼，太方便了。”', '*（本文转载自新华日报）*', '**编者按：口袋公园虽小，却连着民生。**']) {
      const issue = read(clipping(LEAD, '', inside, '', '公园内设有健身器材和儿童游乐设施，周边居民纷纷前来锻炼。'))
      expect(articles(issue), inside).toHaveLength(1)
      expect(findAll(issue, 'chrome').map((n) => toString(n)), inside).not.toContain('*')
    }
  })

  it('must not fire: with a heading after the front matter, the heading is the title (one headline)', () => {
    const issue = read(clipping('# 國軍昨晨收復長春', '', LEAD))
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['國軍昨晨收復長春'])
  })

  it('must not fire: a breadcrumb’s steps (> 首页 > 新闻), a line of text between asterisks inside it (*注*意)', () => {
    const crumbs = read(['> 首页 > 新闻 > 正文', '', '全市春耕工作推进会召开', '', '本报讯 5月9日，全市春耕工作推进会召开。', ''].join('\n'))
    expect(findAll(crumbs, 'chrome').map((n) => toString(n))).not.toContain('> ')
    const stars = read(['全市春耕工作推进会召开', '', '本报讯 5月9日，全市春耕工作推进会召开。*注*意安全。', ''].join('\n'))
    expect(findAll(stars, 'chrome')).toEqual([])
  })
})

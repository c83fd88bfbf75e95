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
    expect(findAll(issue, 'chrome')).toHaveLength(9)
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

/**
 * A column of briefs under one title (要闻简报 / ◆… / ◆…): a reader sees one
 * article whose items are its paragraphs — the ◆ bullets are no ordinal
 * list, and no item is an article of its own (it has no title). A column
 * whose items carry their own titles is several articles (layout.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

const BRIEFS = [
  '要闻简报',
  '   ◆9月24日,县直机关干部职工篮球赛在县体育馆正式开赛。县人大常委会副主任出席开幕式。',
  '    ◆9月23日,我县召开巩固衔接重点工作调度会。副县长李晋平出席。',
  '    ◆9月25日,副县长李晋平带队检查水源地保护工作。',
  '',
].join('\n')

describe('brief columns', () => {
  it('要闻简报 with ◆ items: one article, one paragraph per item, no list', () => {
    const issue = parseIssue(BRIEFS)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe('要闻简报')
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    expect(findAll(issue, 'list')).toEqual([])
    expectSource(BRIEFS, issue)
  })

  it('NOT one article when each item has its own title and lead: several articles', () => {
    const input = ['县直机关篮球赛开赛', '', '本报讯 9月24日,县直机关干部职工篮球赛开赛。', '', '', '我县召开重点工作调度会', '', '本报讯 9月23日,我县召开巩固衔接重点工作调度会。', ''].join('\n')
    expect(articles(parseIssue(input))).toHaveLength(2)
  })
})

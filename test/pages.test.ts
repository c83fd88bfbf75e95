/**
 * Multi-page issues: pages grouped by their numbered headers (or footers),
 * and an article continued by a jump line linked to its continuation.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Article, type Page } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'

const issueText = [
  '01版:要闻',
  '',
  '全市春耕生产全面展开',
  '',
  '本报讯 (记者杨峰雷)5月9日,全市春耕生产全面展开。各县区抓住有利时机,组织农民抢墒播种。',
  '',
  '(下转第2版)',
  '',
  '02版:地方',
  '',
  '(上接第1版)',
  '',
  '市农业农村局负责人介绍,今年全市粮食播种面积稳中有增。',
  '',
  '县里召开安全生产会议',
  '',
  '本报讯 5月9日,县里召开安全生产会议。(张晔)',
  '',
].join('\n')

describe('pages', () => {
  const tree = parseIssue(issueText)
  const pages = tree.children as Page[]

  it('groups an issue of several pages by their headers', () => {
    expect(pages.map((p) => [p.type, p.page, p.section])).toEqual([
      ['page', 1, '要闻'],
      ['page', 2, '地方'],
    ])
    expect(pages[0]!.children.map((n) => n.type)).toEqual(['pageHeader', 'article', 'jumpLine'])
    expect(pages[1]!.children.map((n) => n.type)).toEqual(['pageHeader', 'jumpLine', 'article', 'article'])
    expect(checkInvariants(tree, issueText)).toEqual([])
  })

  it('links an article to its continuation through the jump lines', () => {
    const first = pages[0]!.children.find((n) => n.type === 'article') as Article
    const continuation = pages[1]!.children.find((n) => n.type === 'article') as Article
    expect(first.continuedOn).toBe(2)
    expect(continuation.continuedFrom).toBe(1)
    expect(toString(continuation)).toMatch(/^市农业农村局负责人介绍/)
    const other = pages[1]!.children.filter((n) => n.type === 'article')[1] as Article
    expect(other.continuedFrom).toBeUndefined()
  })

  it('groups by footers when each page’s numbered line closes it', () => {
    const text = '标题一\n\n本报讯 5月9日,甲事。\n\n《人民日报》（2025年03月10日第 01 版）\n\n标题二\n\n本报讯 5月9日,乙事。\n\n《人民日报》（2025年03月10日第 02 版）\n'
    const grouped = parseIssue(text).children as Page[]
    expect(grouped.map((p) => [p.type, p.page, p.children.map((n) => n.type)])).toEqual([
      ['page', 1, ['article', 'pageHeader']],
      ['page', 2, ['article', 'pageHeader']],
    ])
  })

  it('does not group a single page', () => {
    const text = '01版:要闻\n\n标题\n\n本报讯 5月9日,甲事。\n'
    expect(parseIssue(text).children.map((n) => n.type)).toEqual(['pageHeader', 'article'])
  })
})

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

describe('an e-paper’s list of its pages', () => {
  const STORY = '儒林路夜景遭破坏\n\n连日来，据家住安顺城区儒林路的一些个体工商户反映，去年打造的景观灯损坏严重。\n'
  const pagesOf = (text: string) => parseIssue(text).children.filter((child) => child.type === 'page')

  it('第01版 / 要闻 / 第02版 / 综合新闻 / 第03版 / 社会生活 over the story: navigation, no pages', () => {
    const text = `第01版\n要闻\n\n第02版\n综合新闻\n\n第03版\n社会生活\n\n${STORY}`
    const tree = parseIssue(text)
    expect(pagesOf(text)).toEqual([])
    expect(tree.children.filter((child) => child.type === 'chrome').map((c) => toString(c))).toEqual(['第01版', '要闻', '第02版', '综合新闻', '第03版', '社会生活'])
    checkInvariants(tree, text)
  })

  it('the list without section names (第01版:要闻 / 第02版:综合 / 第03版:文旅): navigation too', () => {
    expect(pagesOf(`第01版:要闻\n第02版:综合\n第03版:文旅\n\n${STORY}`)).toEqual([])
  })

  it('must not fire: pages with their stories between their headers stay pages', () => {
    const text = `01版:要闻\n\n${STORY}\n02版:综合\n\n${STORY}\n03版:文旅\n\n${STORY}`
    expect(pagesOf(text)).toHaveLength(3)
  })

  it('must not fire: a page’s footer and the next page’s header side by side (two numbers) still part the pages', () => {
    const text = `01版:要闻\n\n${STORY}\n（第 01 版）\n02版:综合\n\n${STORY}`
    expect(pagesOf(text).length).toBeGreaterThanOrEqual(2)
  })
})

describe('the headers printed over a page’s numbered one are the page’s', () => {
  const EXPORT = [
    '文章总数: 2 篇',
    '',
    '1 .南方日报 | 2024-05-09',
    '报章 | A03 |要闻',
    '广州推进城市更新',
    '本报讯（记者 王芳）5月8日，广州市召开城市更新工作会议。',
    '文章编号: 202405090012345',
    '',
    '2 .羊城晚报 | 2024-05-10',
    '报章 | A05 |广州新闻',
    '地铁新线下月开通',
    '羊城晚报讯 记者李强报道：广州地铁新线将于下月开通。',
    '文章编号: 202405090012346',
    '',
  ].join('\n')

  it('a clipping export: each document’s paper and date line with its page line, the page dated by it (they parted the pages)', () => {
    const pages = parseIssue(EXPORT).children as Page[]
    expect(pages.map((p) => [p.page, p.section, p.date?.day])).toEqual([
      [3, '要闻', 9],
      [5, '广州新闻', 10],
    ])
    expect(pages[1]!.children.slice(0, 2).map((n) => toString(n))).toEqual(['2 .羊城晚报 | 2024-05-10', '报章 | A05 |广州新闻'])
    checkInvariants(parseIssue(EXPORT), EXPORT)
  })

  it('what stands before the first page’s header with no story in it opens that page (d743: a dated header over the page’s own)', () => {
    const input = ['1957年7月20日人民日报 第3版', '', '第3版()', '', '淮北发现新煤田', '本报合肥18日电 在辽阔的淮北平原上,勘探队员又发现了新煤田。', '', '第4版()', '', '国际简讯', '新华社北京18日电 联合国大会今天开幕。', ''].join('\n')
    const pages = parseIssue(input).children as Page[]
    expect(pages.map((p) => [p.page, p.date?.year])).toEqual([
      [3, 1957],
      [4, undefined],
    ])
    expect(pages[0]!.children.slice(0, 2).map((n) => n.type)).toEqual(['pageHeader', 'pageHeader'])
  })

  it('must not fire: a story before the first numbered header stays a page of its own; text between pages stays the page’s above', () => {
    const input = ['全市春耕生产全面展开', '', '本报讯 5月9日,全市春耕生产全面展开。', '', issueText].join('\n')
    const pages = parseIssue(input).children as Page[]
    expect(pages.map((p) => p.page)).toEqual([undefined, 1, 2])
  })
})

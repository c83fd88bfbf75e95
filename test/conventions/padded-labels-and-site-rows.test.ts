/**
 * Forms that hold across sites rather than for one of them, met in parts (eo)–(es) (d1026 广西师范大学, d1032 淅川融媒,
 * d1033 沁源县论坛, d1038 四川民族学院报, d1039 薄扶林速報):
 *   编 辑:钱 劭 / 审 核:王 上 / 来 源:淅川融媒      labels padded to a wider label's width: read closed up
 *   监 审:王晓凡                                  a review's role by its words ([监总…]审), under the other reviews
 *   2007/04/26 9561次浏览 分类:师大要闻            a site's row of pieces, one date among them: the stamp
 *   期次:第四期   作者:  文/   查看:55              labelled fields and no date: interface
 *   Site icon 薄扶林速報 · Exit mobile version     WordPress's mobile pages' furniture
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { closePaddedLabels } from '../../src/normalize/labels'
import { articles, find, findAll, headlinesOf, page, printed, readChecked as read, chromeLines as chrome } from '../helpers/tree'

const TITLE = '县领导深入乡镇调研农村人居环境整治工作'
const LEAD = '11月21日,县委常委、宣传部长马华中带领乡镇和相关单位负责人深入金河镇调研农村人居环境整治工作。'
const MORE = '马华中指出,要持续抓好农村环境和公路沿线广告牌专项整治工作。'
const staff = (input: string) => findAll(read(input), 'editorLine').flatMap((line) => findAll(line, 'credit').map((credit) => `${credit.role}:${credit.names.join('、')}`))
const subheadlines = (input: string) => findAll(read(input), 'subheadline').map((node) => printed(node, false))

describe('labels padded to a wider label’s width', () => {
  const FOOTER = '来 源:淅川融媒\n记者:王照娟\n编 辑:钱 劭\n审 核:王 上\n监 审:王晓凡'

  it('编 辑:, 审 核:, 监 审: under a story: its staff lines, the roles closed up, the nodes as printed (d1032)', () => {
    const input = `${TITLE}\n${LEAD}\n${MORE}\n${FOOTER}\n`
    expect(staff(input)).toEqual(['编辑:钱劭', '审核:王上', '监审:王晓凡'])
    expect(findAll(read(input), 'editorLine').map((node) => printed(node, false))).toEqual(['编 辑:钱 劭', '审 核:王 上', '监 审:王晓凡'])
  })

  it('来 源:淅川融媒: the source note, no story of its own; 记者:王照娟 the signature', () => {
    const tree = read(`${TITLE}\n${LEAD}\n${MORE}\n${FOOTER}\n`)
    expect(articles(tree)).toHaveLength(1)
    expect(find(tree, 'sourceNote')?.source).toBe('淅川融媒')
    expect(find(tree, 'signature')?.names).toEqual(['王照娟'])
  })

  it('作    者: with four spaces over another empty field (发布单位:) under a signed story: the site’s fields, no story’s title (d1026)', () => {
    const input = page(TITLE, LEAD, '(宣传部 赵亮  学生记者 蓝诚诚  文/摄)', '    作    者:\n    发布单位:', MORE)
    expect(headlinesOf(input)).toEqual([TITLE])
    expect(chrome(input)).toEqual(['作    者:', '发布单位:'])
  })

  it('not a place’s name over a title: 渭滨区峪泉路便民市场: over its headline stays the kicker', () => {
    expect(printed(find(read(page('渭滨区峪泉路便民市场:\n市民有序购物自觉佩戴口罩', LEAD)), 'kicker')!, false)).toBe('渭滨区峪泉路便民市场:')
  })

  it('closed up only before a colon, at a line’s start or after a space: not a padded title, nor words of a sentence', () => {
    expect(closePaddedLabels('编 辑:钱 劭\n作    者:\n').text).toBe('编辑:钱 劭\n作者:\n')
    expect(closePaddedLabels('春 天\n他说 好:就这样\n').toInput).toBeUndefined()
    expect(headlinesOf(page('春 天', LEAD))).toEqual(['春 天'])
  })

  it('not a review’s role alone under a paragraph: 监审:王晓凡 with no staff line over it stays the story’s', () => {
    expect(staff(`${TITLE}\n${LEAD}\n监审:王晓凡\n`)).toEqual([])
  })
})

describe('a site’s row of pieces', () => {
  const SITE_TITLE = '自治区重大项目建设宣传报道团到我校采访雁山校区项目进展情况'

  it('2007/04/26 9561次浏览 分类:师大要闻 under the title: the stamp, dated that day, no subheadline (d1026)', () => {
    const input = page(SITE_TITLE, '2007/04/26 9561次浏览 分类:师大要闻', LEAD)
    expect(find(read(input), 'stamp')?.date).toMatchObject({ year: 2007, month: 4, day: 26 })
    expect(subheadlines(input)).toEqual([])
  })

  it('a poster’s name, a dash, the date and time: the stamp (TUhjnbcbe - 2020/11/1 1:13:00, d1033)', () => {
    expect(find(read(page(SITE_TITLE, 'TUhjnbcbe - 2020/11/1 1:13:00', LEAD)), 'stamp')?.date).toMatchObject({ year: 2020, month: 11, day: 1 })
  })

  it('期次:第四期   作者:  文/   查看:55, fields with no date: interface, no subheadline (d1038)', () => {
    const input = page('我与校报二、三事', '   期次:第四期   作者:  文/   查看:55   ', LEAD)
    expect(chrome(input)).toContain('期次:第四期   作者:  文/   查看:55')
    expect(subheadlines(input)).toEqual([])
  })

  it('not an event’s fields in a notice: 时间:2024年5月9日 14:30 地点:市体育馆 stays the story’s text', () => {
    const input = page(SITE_TITLE, LEAD, '时间:2024年5月9日 14:30 地点:市体育馆', MORE)
    expect(find(read(input), 'stamp')).toBeUndefined()
    expect(chrome(input)).toEqual([])
  })

  it('not a row naming its author: 作者:王晓明 分类:校园新闻 is no interface', () => {
    expect(chrome(page(SITE_TITLE, '作者:王晓明 分类:校园新闻', LEAD))).toEqual([])
  })

  it('not a sentence: 阅读:120 人次参加了活动,分类:… holds a clause’s mark', () => {
    expect(find(read(page(SITE_TITLE, '2024/05/09 共有120人参加,分类:活动', LEAD)), 'stamp')).toBeUndefined()
  })
})

describe('WordPress’s mobile pages', () => {
  it('Site icon 薄扶林速報 over the title, Exit mobile version at the foot: interface, the title the story’s (d1039)', () => {
    const input = page('Site icon 薄扶林速報', '通宵溫習室周日上鎖 同學望改善安排', '近日學校考試事務處開放部分百周年校園的課室作通宵溫習室予同學使用。', 'Exit mobile version')
    expect(headlinesOf(input)).toEqual(['通宵溫習室周日上鎖 同學望改善安排'])
    expect(chrome(input)).toEqual(['Site icon 薄扶林速報', 'Exit mobile version'])
  })

  it('not the words inside a sentence: …the exit mobile version of the app… stays text', () => {
    expect(chrome(page('应用更新', '该公司表示,用户可以选择 Exit mobile version 按钮返回桌面版本。'))).toEqual([])
  })
})

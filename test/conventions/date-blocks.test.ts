/**
 * A site's date printed in parts, a line each, under the story's title,
 * and the outlet named alone under it (part (ai) and (af): d541 宁化在线,
 * d558 海西晨报's record, d560 HKET):
 *   开学啦!宁化3万余名中小学生走进校园 / 2014 / 02/18 / 08:30 / 宁化县新闻中心 / the text
 *   2015-06-14 / 09:31 / 海西晨报 / the text
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return issue
}
const LEAD = '2月17日，寒假正式收尾，宁化3万余名中小学生陆续走进校门，开始了新学期的学习生活。'
const MORE = '上午8时许，笔者在城东中学大门口发现，寄宿生基本上由家长护送。'

describe('a date block under the title', () => {
  it('title / 2014 / 02/18 / 08:30 / 宁化县新闻中心 / text: the title the headline; the parts interface, the outlet a source note', () => {
    const issue = read(['开学啦!宁化3万余名中小学生走进校园', '2014', '02/18', '08:30', '宁化县新闻中心', LEAD, MORE].join('\n'))
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe('开学啦!宁化3万余名中小学生走进校园')
    expect(types(articles(issue)[0])).toEqual(['headline', 'chrome', 'chrome', 'chrome', 'sourceNote', 'paragraph', 'paragraph'])
  })

  it('a time, then a whole date: the date the stamp (股市 / 20:49 / 2023/03/31)', () => {
    const issue = read(['國美零售延遲刊發2022年業績', '20:49', '2023/03/31', LEAD].join('\n'))
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2023, month: 3, day: 31 })
  })

  it('a time alone is never a title (2015-06-14 / 09:31 / the text)', () => {
    const issue = read(['2015-06-14', '09:31', LEAD].join('\n'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain('09:31')
  })

  it('must not fire: a whole date straight under a heading-like line is a table’s cell, not a stamp (公司名称 / 2026/1/13)', () => {
    const issue = read(['2026年IPO过会企业一览', '', '杭州高特电子设备股份有限公司', '2026/1/13', '苏州联讯仪器股份有限公司', '2026/1/14'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('must not fire: a time inside a sentence stays text; a whole date under text is no stamp', () => {
    const issue = read(['全市召开会议', LEAD, '会议于9:30开始，11:00结束。', '2026/1/13'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('must not fire: a title that ends in 中心 is no outlet’s name (市民服务中心)', () => {
    const issue = read(['市民服务中心', LEAD].join('\n'))
    expect(findAll(issue, 'sourceNote')).toEqual([])
  })
})

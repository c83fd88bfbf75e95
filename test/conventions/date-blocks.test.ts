/**
 * A site's date printed in parts, a line each, under the story's title,
 * and the outlet named alone under it (part (ai) and (af): d541 宁化在线,
 * d558 海西晨报's record, d560 HKET):
 *   开学啦!宁化3万余名中小学生走进校园 / 2014 / 02/18 / 08:30 / 宁化县新闻中心 / the text
 *   2015-06-14 / 09:31 / 海西晨报 / the text
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, readChecked, types } from '../helpers/tree'

const read = readChecked
const LEAD = '2月17日，寒假正式收尾，宁化3万余名中小学生陆续走进校门，开始了新学期的学习生活。'
const MORE = '上午8时许，笔者在城东中学大门口发现，寄宿生基本上由家长护送。'

describe('a date block under the title', () => {
  it('title / 2014 / 02/18 / 08:30 / 宁化县新闻中心 / text: the title the headline; the parts interface, the outlet a source note', () => {
    const issue = read(['开学啦!宁化3万余名中小学生走进校园', '2014', '02/18', '08:30', '宁化县新闻中心', LEAD, MORE].join('\n'))
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe('开学啦!宁化3万余名中小学生走进校园')
    expect(types(articles(issue)[0])).toEqual(['headline', 'chrome', 'chrome', 'chrome', 'sourceNote', 'paragraph', 'paragraph'])
  })

  it('a part, then a whole date: the date the stamp (2014 / 08:30 / 2014/02/18 under the title)', () => {
    const issue = read(['开学啦!宁化3万余名中小学生走进校园', '2014', '08:30', '2014/02/18', LEAD].join('\n'))
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2014, month: 2, day: 18 })
  })

  it('must not fire: a timetable’s or a schedule’s times amid the text stay text (首班 / 06:00 / 末班 / 22:30; 日程： / 08:00 / 学生入场)', () => {
    for (const lines of [
      ['我市公交线路调整方案出炉', '本报讯（记者 李明）市交通运输局昨日发布公交线路调整方案，自下周一起实施。', '调整后首末班时间如下：', '首班', '06:00', '末班', '22:30', '市民可拨打热线咨询。'],
      ['高考百日誓师大会举行', '3月1日，市一中举行高考百日誓师大会。', '誓师大会日程：', '08:00', '学生入场', '08:30', '誓师仪式开始'],
    ]) {
      const issue = read(lines.join('\n'))
      expect(articles(issue), lines[0]).toHaveLength(1)
      expect(findAll(issue, 'chrome'), lines[0]).toEqual([])
    }
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

  it('must not fire: a media centre named where no stamp stands over it — a title’s first line, a list of names, a cut sentence', () => {
    for (const lines of [
      ['宁化县融媒体中心', '推出系列融媒体产品', LEAD],
      ['全省县级融媒体中心建设表彰名单公布', LEAD, '先进单位：', '宁化县融媒体中心', '建宁县融媒体中心'],
      ['文化活动举行', '本次活动主办单位为宁化县文化馆，承办单位为', '宁化县融媒体中心', '和宁化县图书馆。'],
    ]) {
      expect(findAll(read(lines.join('\n')), 'sourceNote'), lines[0]).toEqual([])
    }
  })
})

describe('a numeric date alone over the page’s text (d641)', () => {
  const BODY = '三秦都市报记者张军建报道：7月26号中午，渭南市民沈老先生家人和亲戚21人在餐馆就餐后出现不适。'
  it.each(['2008-7-27', '2008/7/27', '2008.7.27'])('%s over a story with no title: the page’s date, no headline', (date) => {
    const issue = read([date, BODY, '目前，患者情况稳定。'].join('\n'))
    expect(findAll(issue, 'headline')).toEqual([])
    const header = find(issue, 'pageHeader')!
    expect(toString(header)).toBe(date)
    expect(header.date).toMatchObject({ year: Number(date.slice(0, 4)), month: Number(date.split(/[-/.]/)[1]), day: Number(date.split(/[-/.]/)[2]) })
  })

  it('must not fire: the first of a series of dated entries (a diary, a table’s column), a date titling its ——subtitle', () => {
    const diary = read(['2023.5.1', '上午参加社区义务劳动，给小区的花坛除草。', '', '2023.5.2', '阴有小雨。在家整理旧书。'].join('\n'))
    expect(findAll(diary, 'pageHeader')).toEqual([])
    const table = read(['2026/1/13', '中信证券', '2026/1/14', '天海汽车电子集团股份有限公司'].join('\n'))
    expect(findAll(table, 'pageHeader')).toEqual([])
    const titled = read(['2008.8.8', '——写在北京奥运会开幕十周年之际', '', '十年前的今天，北京国家体育场上空绽放的焰火，让全世界记住了这个夜晚。'].join('\n'))
    expect(toString(find(titled, 'headline')!)).toBe('2008.8.8')
  })

  it('must not fire: a date under the text is a table’s cell; no date is made of mixed separators', () => {
    const table = read(['全市上半年新增上市公司名单', LEAD, '2026/1/13', '中信证券', '2026/1/14', '天海汽车电子集团股份有限公司'].join('\n'))
    expect(findAll(table, 'pageHeader')).toEqual([])
    for (const line of ['2008-7/27', '2008.7-27']) expect(findAll(read([line, LEAD].join('\n')), 'pageHeader')).toEqual([])
  })
})

describe('a site’s date of the day at its top, the weekday in brackets or by its short name (part (bl), d703: 2024年03月29日 (星期五))', () => {
  const TITLE = '仁川唐人街韩中融冰之夜——中国日文化节'
  const TEXT = '9月24日中午的仁川市中区北城洞的唐人街。随处可见中国饭店招牌的街道上,正在紧张准备。'

  it.each(['2024年03月29日 (星期五)', '2024年03月29日（星期五）', '2024年3月29日 周五', '2024年3月29日 星期五'])('%s over the title: the page’s date line, the title under it the headline', (line) => {
    const issue = read([line, TITLE, '', TEXT].join('\n'))
    expect(find(issue, 'pageHeader')).toBeDefined()
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
  })

  it('not a date with more after it: a lead (2024年3月29日（星期五）上午,…) or a day’s weather (2024年3月29日 周五 晴)', () => {
    for (const line of ['2024年3月29日（星期五）上午,仁川中国日文化节开幕。', '2024年3月29日 周五 晴']) {
      expect(find(read([TITLE, '', line, TEXT].join('\n')), 'pageHeader'), line).toBeUndefined()
    }
  })
})

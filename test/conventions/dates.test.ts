/**
 * Dates: numbers as printed (readNumber), printed dates read into numbers
 * (readDate), and date nodes in parsed text, full-width digits included.
 */
import { describe, expect, it } from 'vitest'
import { readNumber } from '../../grammar/numerals'
import { readDate } from '../../grammar/rules/dates'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

describe('readNumber', () => {
  it.each([
    ['5', 5],
    ['09', 9],
    ['2019', 2019],
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['二十三', 23],
    ['三十一', 31],
    ['廿三', 23],
    ['卅一', 31],
    ['两', 2],
    ['二〇一九', 2019],
    ['一九九七', 1997],
    ['二零二零', 2020],
  ])('%s → %d', (raw, value) => {
    expect(readNumber(raw)).toBe(value)
  })

  it.each(['', '五月', 'abc', '5G', '百'])('%j is not a number', (raw) => {
    expect(readNumber(raw)).toBeUndefined()
  })
})

describe('readDate', () => {
  it.each([
    ['5月9日', { month: 5, day: 9 }],
    ['12月31日', { month: 12, day: 31 }],
    ['2019年5月9日', { year: 2019, month: 5, day: 9 }],
    ['二〇一九年五月九日', { year: 2019, month: 5, day: 9 }],
    ['十二月三十一日', { month: 12, day: 31 }],
    ['五月二十日', { month: 5, day: 20 }],
    ['十四日', { day: 14 }],
    ['廿三日', { day: 23 }],
    ['9日', { day: 9 }],
    ['114年7月10日', { year: 2025, month: 7, day: 10 }],
  ])('%s', (raw, fields) => {
    expect(readDate(raw)).toEqual({ raw, ...fields })
  })

  it('ignores the 电 of a wire dateline: 5月9日电', () => {
    expect(readDate('5月9日电')).toEqual({ raw: '5月9日电', month: 5, day: 9 })
  })
})

describe('dates in parsed text', () => {
  it('5月9日 in a lead', () => {
    const input = page('市委专题会议召开', '本报讯 (记者杨峰雷)5月9日,市委专题会议召开。')
    const issue = parseIssue(input)
    const dates = findAll(issue, 'date')
    expect(dates.map(({ value, year, month, day }) => ({ value, year, month, day }))).toEqual([
      { value: '5月9日', year: undefined, month: 5, day: 9 },
    ])
    expectSource(input, issue)
  })

  it('2019年5月9日 and 二〇一九年五月九日 in a paragraph', () => {
    const input = page(
      '市委专题会议召开',
      '本报讯 二〇一九年五月九日,市委市政府召开约谈会议。2019年5月9日以来,各县已完成整改。',
    )
    const issue = parseIssue(input)
    const dates = findAll(issue, 'date')
    expect(dates.map(({ value, year, month, day }) => ({ value, year, month, day }))).toEqual([
      { value: '二〇一九年五月九日', year: 2019, month: 5, day: 9 },
      { value: '2019年5月9日', year: 2019, month: 5, day: 9 },
    ])
    expect(find(issue, 'dateline')!.date).toEqual({ year: 2019, month: 5, day: 9, raw: '二〇一九年五月九日' })
    expectSource(input, issue)
  })

  it('十四日 and 廿三日 in wire datelines', () => {
    const input = page(
      '重庆推进城市更新',
      '新华社重庆十四日电 重庆市十四日召开城市更新工作推进会。',
      '本报北京廿三日电 全国文化和旅游系统假期安全工作视频会议召开。',
    )
    const issue = parseIssue(input)
    const dates = findAll(issue, 'date')
    expect(dates.map(({ value, month, day }) => ({ value, month, day }))).toEqual([
      { value: '十四日', month: undefined, day: 14 },
      { value: '廿三日', month: undefined, day: 23 },
    ])
    expect(findAll(issue, 'dateline').map((d) => d.date)).toEqual([
      { day: 14, raw: '十四日' },
      { day: 23, raw: '廿三日' },
    ])
    expectSource(input, issue)
  })

  it('a day alone in digits (１５日继续交火, 11日从兰州大学获悉) is a date; a span or a rate is not', () => {
    const input = page('叙首都发生交火', '本报讯 政府士兵１５日继续交火。记者11日从兰州大学获悉，该项目3日内完工，大厦1日需花66元，站在5日均线之上。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'date').map(({ value, day }) => ({ value, day }))).toEqual([
      { value: '１５日', day: 15 },
      { value: '11日', day: 11 },
    ])
    expectSource(input, issue)
  })

  it('full-width ５月９日: numbers read, characters kept as printed', () => {
    const input = page('市委专题会议召开', '本报讯 ５月９日，市委专题会议召开。')
    const issue = parseIssue(input)
    const date = find(issue, 'date')!
    expect(date).toMatchObject({ value: '５月９日', month: 5, day: 9 })
    expect(find(issue, 'dateline')!.date).toEqual({ month: 5, day: 9, raw: '５月９日' })
    expect(toString(find(issue, 'paragraph'))).toBe('本报讯 ５月９日，市委专题会议召开。')
    expectSource(input, issue)
  })

  it('full-width ２０１９年５月１０日 in the body', () => {
    const input = page('市委专题会议召开', '本报讯 ５月９日，市委专题会议召开。会议决定，自２０１９年５月１０日起开展专项检查。')
    const issue = parseIssue(input)
    const dates = findAll(issue, 'date')
    expect(dates.map(({ value, year, month, day }) => ({ value, year, month, day }))).toEqual([
      { value: '５月９日', year: undefined, month: 5, day: 9 },
      { value: '２０１９年５月１０日', year: 2019, month: 5, day: 10 },
    ])
    expectSource(input, issue)
  })

  it('NOT dates: 5月份, 5月底, 第四十二次', () => {
    const input = page(
      '全市核酸检测实验室建设会议召开',
      '本报讯 (记者徐国华)全市核酸检测实验室建设工作于5月份全面开展,5月底前完成第四十二次培训。',
    )
    const issue = parseIssue(input)
    expect(findAll(issue, 'date')).toEqual([])
    expect(find(issue, 'dateline')!.date).toBeUndefined()
    expectSource(input, issue)
  })
})

describe('the day in brackets inside a relative day’s word (昨(10)日)', () => {
  it('昨(10)日, 今（11）日, 前(9)日: dates with their day; after the dateline, the dateline’s day', () => {
    const issue = parseIssue(['本报向华人赠送新年礼物', '', '〔本报消息〕昨(10)日下午，本报继续开展岁暮济贫活动。今（11）日上午继续。前(9)日已有准备。', ''].join('\n'))
    expect(findAll(issue, 'date').map((d) => d.day)).toEqual([10, 11, 9])
    expect(find(issue, 'dateline')!.date).toMatchObject({ day: 10 })
  })

  it('must not fire: a bracket that holds no day, or words around a number', () => {
    const issue = parseIssue(['标题', '', '本报讯 昨(周三)日程有变，今(2024)年计划不变。', ''].join('\n'))
    expect(findAll(issue, 'date').filter((d) => d.day !== undefined)).toEqual([])
  })
})

describe('the day closed by 号 after its month, as speech says it (7月26号)', () => {
  it('本报讯（记者 张伟）7月26号中午，…: a date, the dateline’s', () => {
    const input = page('市民广场改造完工', '本报讯（记者 张伟）7月26号中午，市民广场改造完工。')
    const issue = parseIssue(input)
    expect(find(issue, 'dateline')!.date).toMatchObject({ month: 7, day: 26 })
    expectSource(input, issue)
  })

  it('must not fire: a number with 号 that counts no day (地铁7月1号线, 3月5号楼), nor 号 with no month (26号)', () => {
    for (const text of ['地铁7月1号线开通运营。', '小区3月5号楼完成改造。', '他住在26号院。', '国际车展开幕，4月1号厅展出新能源车型。', '省政府7月1号令公布。', '在5月2号选手的演唱中，现场掌声不断。', '护士来到6月5号病房查房。']) {
      expect(findAll(parseIssue(page('标题', text)), 'date'), text).toEqual([])
    }
  })
})

describe('a month of a year with no day (2021年12月) as the lead’s first date (d636)', () => {
  it('【欧洲时报记者田皓雪子报道】2021年12月，…: the dateline’s month, no day', () => {
    const input = page('《欧洲时报》英国版创刊十周年', '【欧洲时报记者田皓雪子报道】2021年12月，《欧洲时报》英国版正式迎来创刊十周年纪念。')
    const issue = parseIssue(input)
    expect(find(issue, 'dateline')!.date).toMatchObject({ year: 2021, month: 12 })
    expect(find(issue, 'dateline')!.date!.day).toBeUndefined()
    expectSource(input, issue)
  })

  it('still: a whole date is one date with its day (2021年12月31日), not a month then a day', () => {
    const dates = findAll(parseIssue(page('标题', '本报讯 2021年12月31日，市民广场改造完工。')), 'date')
    expect(dates.map((d) => [d.year, d.month, d.day])).toEqual([[2021, 12, 31]])
  })
})

describe('a date with the spaces a PDF’s copy sets after digits (4 月29 日, 2023 年 10 月 2 日)', () => {
  it('readDate: the spaces are no part of the numbers', () => {
    expect(readDate('2019 年4 月29 日')).toMatchObject({ year: 2019, month: 4, day: 29 })
    expect(readDate('3 月 11 日')).toMatchObject({ month: 3, day: 11 })
  })

  it('(本报记者 李楠 张茜茜)3 月 11 日,…: the dateline’s date; 4 月29 日 in the text a date node', () => {
    const input = page('法国总统候选人发表讲话', '(本报记者 李楠 张茜茜)3 月 11 日,法国总统候选人在巴黎发表讲话。', '4 月29 日，深圳市教育局回应称已展开调查。')
    const issue = parseIssue(input)
    expect(find(issue, 'dateline')!.date).toMatchObject({ month: 3, day: 11 })
    expect(findAll(issue, 'date').map((d) => [d.month, d.day])).toEqual([[3, 11], [4, 29]])
    expectSource(input, issue)
  })

  it('a page’s date line so printed is its page header: 2023 年 10 月 2 日 星期一', () => {
    const issue = parseIssue(page('2023 年 10 月 2 日 星期一', '市民广场改造完工', '本报讯 10月1日，市民广场改造完工。'))
    expect(find(issue, 'pageHeader')?.date).toMatchObject({ year: 2023, month: 10, day: 2 })
  })

  it('must not fire: a month alone, or two spaces (3 月 是, 5  月 9 日), or a span of days (5 日内)', () => {
    for (const text of ['今年3 月是旅游旺季。', '活动于5  月 9  日举行。', '项目将在5 日内完工。']) {
      expect(findAll(parseIssue(page('标题', text)), 'date'), text).toEqual([])
    }
  })
})

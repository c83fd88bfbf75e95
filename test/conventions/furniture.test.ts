/**
 * Page furniture: running page headers and footers (01版:要闻, 《人民日报》
 * （2025年03月10日第 06 版）, 光明日报 2012年10月27日 星期六), web pages'
 * publication stamps and interface lines, section labels alone on a line, and jump lines
 * ((下转第2版), (上接第一版)) with the article's continuedOn / continuedFrom.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEADLINE = '全市春耕工作推进会召开'
const LEAD = '本报讯 5月9日，全市春耕工作推进会召开。'

/** The stamp's fields, without its children and position. */
const stamp = (issue: Issue) => {
  const node = find(issue, 'stamp')!
  return { date: node.date, text: toString(node) }
}

/** The page header's fields, without its children and position. */
const header = (issue: Issue) => {
  const node = find(issue, 'pageHeader')!
  return { page: node.page, section: node.section, date: node.date, text: toString(node) }
}

describe('page headers: where they fire', () => {
  it('01版:要闻: page and section', () => {
    const input = page('01版:要闻', HEADLINE, LEAD)
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(header(issue)).toEqual({ page: 1, section: '要闻', date: undefined, text: '01版:要闻' })
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(issue.data.issueDate).toBeUndefined()
    expectSource(input, issue)
  })

  it('第1版(要闻)', () => {
    const input = page('第1版(要闻)', HEADLINE, LEAD)
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(header(issue)).toEqual({ page: 1, section: '要闻', date: undefined, text: '第1版(要闻)' })
    expectSource(input, issue)
  })

  it('第一版: a page number in Chinese numerals', () => {
    const input = page('第一版', HEADLINE, LEAD)
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(header(issue)).toEqual({ page: 1, section: undefined, date: undefined, text: '第一版' })
    expectSource(input, issue)
  })

  it('《人民日报》（2025年03月10日第 06 版）: page and date; the issue date completes 昨日', () => {
    const input = page('《人民日报》（2025年03月10日第 06 版）', HEADLINE, '本报讯 昨日，全市春耕工作推进会召开。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    const date = { year: 2025, month: 3, day: 10, raw: '2025年03月10日' }
    expect(header(issue)).toEqual({ page: 6, section: undefined, date, text: '《人民日报》（2025年03月10日第 06 版）' })
    expect(types(find(issue, 'pageHeader'))).toEqual(['bookTitle', 'text', 'date', 'text'])
    expect(issue.data.issueDate).toEqual(date)
    // 昨日 is the lead's, resolved there; the dateline prints no date.
    expect(find(issue, 'dateline')!.date).toBeUndefined()
    expect(find(find(issue, 'paragraph')!, 'date')).toMatchObject({ relative: '昨日', resolved: { year: 2025, month: 3, day: 9 } })
    expectSource(input, issue)
  })

  it('《 人民日报 》（ 2026年06月12日   06 版）: padded, no 第', () => {
    const input = page('《 人民日报 》（ 2026年06月12日   06 版）', HEADLINE, '本报讯 昨日，全市春耕工作推进会召开。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    const date = { year: 2026, month: 6, day: 12, raw: '2026年06月12日' }
    expect(header(issue)).toEqual({ page: 6, section: undefined, date, text: '《 人民日报 》（ 2026年06月12日   06 版）' })
    expect(issue.data.issueDate).toEqual(date)
    expect(find(find(issue, 'paragraph')!, 'date')).toMatchObject({ relative: '昨日', resolved: { year: 2026, month: 6, day: 11 } })
    expectSource(input, issue)
  })

  it('光明日报 2012年10月27日 星期六: a nameplate with a date is a page header, not a masthead', () => {
    const input = page('光明日报 2012年10月27日 星期六', HEADLINE, '本报讯 昨日，全市春耕工作推进会召开。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(findAll(issue, 'masthead')).toEqual([])
    const date = { year: 2012, month: 10, day: 27, raw: '2012年10月27日' }
    expect(header(issue)).toEqual({ page: undefined, section: undefined, date, text: '光明日报 2012年10月27日 星期六' })
    expect(issue.data.issueDate).toEqual(date)
    expect(find(find(issue, 'paragraph')!, 'date')).toMatchObject({ relative: '昨日', resolved: { year: 2012, month: 10, day: 26 } })
    expectSource(input, issue)
  })

  it('a header without a date leaves issueDate unset and 昨日 unresolved', () => {
    const input = page('第1版(要闻)', HEADLINE, '本报讯 昨日，全市春耕工作推进会召开。')
    const issue = parseIssue(input)
    expect(issue.data.issueDate).toBeUndefined()
    expect(find(find(issue, 'paragraph')!, 'date')!.day).toBeUndefined()
    expectSource(input, issue)
  })
})

describe('web publication stamps and section labels', () => {
  it('發佈日期 : 2018-08-02 under the headline: a stamp inside the article', () => {
    const input = '男子酒後鬧事被捕\n發佈日期 : 2018-08-02\n\n【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。\n'
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'stamp', 'paragraph'])
    const date = { year: 2018, month: 8, day: 2, raw: '2018-08-02' }
    expect(stamp(issue)).toEqual({ date, text: '發佈日期 : 2018-08-02' })
    expect(issue.data.issueDate).toEqual(date)
    expect(find(issue, 'paragraph')!.children.find((c) => c.type === 'date')).toMatchObject({ relative: '昨日', resolved: { year: 2018, month: 8, day: 1 } })
    expectSource(input, issue)
  })

  it('发布时间：2019/04/24 with a full-width colon and slashes', () => {
    const input = page(`${HEADLINE}\n发布时间：2019/04/24`, '本报讯 4月23日，全市春耕工作推进会召开。')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'stamp', 'paragraph'])
    expect(stamp(issue)).toEqual({ date: { year: 2019, month: 4, day: 24, raw: '2019/04/24' }, text: '发布时间：2019/04/24' })
    expect(find(issue, 'dateline')!.date).toEqual({ month: 4, day: 23, raw: '4月23日', resolved: { year: 2019, month: 4, day: 23 } })
    expectSource(input, issue)
  })

  it('2018-09-19 11:05: a bare date with a time', () => {
    const input = page(`${HEADLINE}\n2018-09-19 11:05`, LEAD)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'stamp', 'paragraph'])
    expect(stamp(issue)).toEqual({ date: { year: 2018, month: 9, day: 19, raw: '2018-09-19' }, text: '2018-09-19 11:05' })
    expect(issue.data.issueDate).toMatchObject({ year: 2018, month: 9, day: 19 })
    expectSource(input, issue)
  })

  it('a bare date without a time is text (more often a table cell than a stamp)', () => {
    const input = page(HEADLINE, LEAD, '2026/1/13')
    const issue = parseIssue(input)
    expect(findAll(issue, 'stamp')).toEqual([])
    expectSource(input, issue)
  })

  // parser bug: the section is read from the normalized (simplified) line, so
  // 港聞 comes back as section '港闻' although fields are as printed by default
  // (source stays 本報訊 on the same page).
  it('港聞: a section label alone on a line; its name as printed', () => {
    const input = page('港聞', '男子酒後鬧事被捕', '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(header(issue)).toEqual({ page: undefined, section: '港聞', date: undefined, text: '港聞' })
  })

  it('港聞 with fields: simplified gives 港闻', () => {
    const input = page('港聞', '男子酒後鬧事被捕', '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。')
    const issue = parseIssue(input, { fields: 'simplified' })
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(header(issue)).toEqual({ page: undefined, section: '港闻', date: undefined, text: '港聞' })
    expect(find(issue, 'dateline')!.source).toBe('本报讯')
    expectSource(input, issue)
  })
})

describe('jump lines', () => {
  it('(下转第2版) after an article: a top-level jumpLine and article.continuedOn', () => {
    const input = page(HEADLINE, '本报讯 5月9日，全市春耕工作推进会召开。会议要求，各地要抓好春耕备耕工作。', '(下转第2版)')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'jumpLine'])
    const jump = find(issue, 'jumpLine')!
    expect([jump.direction, jump.page, toString(jump)]).toEqual(['to', 2, '(下转第2版)'])
    expect(articles(issue)[0]!.continuedOn).toBe(2)
    expect(articles(issue)[0]!.continuedFrom).toBeUndefined()
    expectSource(input, issue)
  })

  it('(上接第一版) opens the continuation: an article with continuedFrom and no heading', () => {
    const input = page('(上接第一版)', '会议要求，各地要抓好春耕备耕工作，确保粮食生产稳定发展。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['jumpLine', 'article'])
    const jump = find(issue, 'jumpLine')!
    expect([jump.direction, jump.page, toString(jump)]).toEqual(['from', 1, '(上接第一版)'])
    const [article] = articles(issue)
    expect(article!.continuedFrom).toBe(1)
    expect(types(article)).toEqual(['paragraph'])
    expect(issue.data.diagnostics.filter((d) => d.code === 'orphan-text')).toEqual([])
    expectSource(input, issue)
  })

  it('two numbered pages: pages, headers and both jump lines', () => {
    const input = page(
      '01版:要闻',
      HEADLINE,
      '本报讯 5月9日，全市春耕工作推进会召开。会议要求，各地要抓好春耕备耕工作。',
      '(下转第2版)',
      '02版:要闻',
      '(上接第1版)',
      '会议强调，要确保粮食生产稳定发展。',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['page', 'page'])
    const [one, two] = findAll(issue, 'page')
    expect([one!.page, one!.section, two!.page, two!.section]).toEqual([1, '要闻', 2, '要闻'])
    expect(types(one)).toEqual(['pageHeader', 'article', 'jumpLine'])
    expect(types(two)).toEqual(['pageHeader', 'jumpLine', 'article'])
    const [first, second] = findAll(issue, 'article')
    expect(first!.continuedOn).toBe(2)
    expect(second!.continuedFrom).toBe(1)
    expect(toString(second)).toBe('会议强调，要确保粮食生产稳定发展。')
    // expectSource treats only the issue and articles as containers; a page
    // is one too (blank lines separate its children), so check inside it.
    for (const p of [one!, two!]) for (const child of p.children) expectSource(input, child)
    expect(input.slice(one!.position.start.offset, one!.position.end.offset)).toMatch(/^01版:要闻[\s\S]*\(下转第2版\)$/)
    expect(input.slice(two!.position.start.offset, two!.position.end.offset)).toMatch(/^02版:要闻[\s\S]*发展。$/)
  })
})

describe('page furniture: where it must not fire', () => {
  it('a table cell 2026/1/13 is no publication stamp', () => {
    const input = page(HEADLINE, LEAD, '2026/1/13')
    const issue = parseIssue(input)
    expect(findAll(issue, 'pageHeader')).toEqual([])
    expect(issue.data.issueDate).toBeUndefined()
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(toString(findAll(issue, 'paragraph')[1])).toBe('2026/1/13')
    expectSource(input, issue)
  })

  it('a sentence mentioning 第2版 is no jump line nor page header', () => {
    const input = page(HEADLINE, LEAD, '详细报道见本报第2版。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'jumpLine')).toEqual([])
    expect(findAll(issue, 'pageHeader')).toEqual([])
    expect(articles(issue)[0]!.continuedOn).toBeUndefined()
    expect(toString(findAll(issue, 'paragraph')[1])).toBe('详细报道见本报第2版。')
    expectSource(input, issue)
  })

  it('(下转第2版) in the middle of a sentence is text', () => {
    const input = page(HEADLINE, '本报讯 5月9日，全市春耕工作推进会召开(下转第2版)，会议要求抓好落实。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'jumpLine')).toEqual([])
    expect(articles(issue)[0]!.continuedOn).toBeUndefined()
    expectSource(input, issue)
  })

  it('a headline starting with 第一: 第一书记扎根乡村, 第一版画大展开幕', () => {
    for (const headline of ['第一书记扎根乡村', '第一版画大展开幕']) {
      const input = page(headline, LEAD)
      const issue = parseIssue(input)
      expect(types(issue), headline).toEqual(['article'])
      expect(findAll(issue, 'pageHeader'), headline).toEqual([])
      expect(toString(find(issue, 'headline')), headline).toBe(headline)
      expectSource(input, issue)
    }
  })

  it('a section name inside a headline is no section label: 港闻速递', () => {
    const input = page('港聞速遞', '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'pageHeader')).toEqual([])
    expect(toString(find(issue, 'headline'))).toBe('港聞速遞')
    expectSource(input, issue)
  })
})

describe('web page interface lines', () => {
  it('列印 / 文字大小 and the font-size options under the title: chrome in the heading group', () => {
    const input = page(
      '【許金山案】法官完成引導 陪審團開始退庭商議',
      '2018-09-19 11:05\n列印',
      '文字大小',
      '仲細D都得',
      '仲未夠？',
      '已經最大。',
      '中文大學醫學院副教授許金山案今於高等法院再續，控辯雙方上周已完成結案陳詞。',
    )
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'stamp', 'chrome', 'chrome', 'chrome', 'chrome', 'chrome', 'paragraph'])
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['列印', '文字大小', '仲細D都得', '仲未夠？', '已經最大。'])
    expect(toString(find(issue, 'headline')!)).toBe('【許金山案】法官完成引導 陪審團開始退庭商議')
  })

  it('字号 大 中 小 on one line; 打印本页 关闭窗口 at the end of the page', () => {
    const input = page(HEADLINE, '字号 大 中 小', LEAD, '打印本页 关闭窗口')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['article', 'chrome'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'chrome', 'paragraph'])
  })

  it('must not fire: a lone 大, a sentence that names a control, options after body text', () => {
    const input = page(HEADLINE, LEAD, '大', '点击打印按钮即可打印本页。', '会议指出，要搭建平台。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('版次: the page printed as a site field', () => {
  it('版次:16 alone, or before the author’s field (版次:16 作者:马美玲 雍雨): the page header', () => {
    const issue = parseIssue(page('版次:16 作者:马美玲 雍雨\n火车站作为一座城市的“会客厅”，是展现文明形象的窗口。'))
    expect(find(issue, 'pageHeader')).toMatchObject({ page: 16 })
    expect(findAll(issue, 'headline')).toEqual([])
    expect(find(parseIssue(page('版次:A05', '本报讯 昨日，市里开会。')), 'pageHeader')).toMatchObject({ page: 5 })
  })

  it('must not fire: 版次 in a sentence', () => {
    expect(findAll(parseIssue(page('标题', '本报讯 列车调整版次:16趟列车停运。')), 'pageHeader')).toEqual([])
  })

  it('版次：A03 版名：要闻: the page and its section in their fields; the title under it the headline', () => {
    const input = page('版次：A03 版名：要闻', '我州新增3个省级示范村', '本报讯 近日，省农业农村厅公布名单。')
    const issue = parseIssue(input)
    expect(find(issue, 'pageHeader')).toMatchObject({ page: 3, section: '要闻' })
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['我州新增3个省级示范村'])
    expectSource(input, issue)
  })
})

describe('a paper’s name and the page, no date (恩施日报 第3版)', () => {
  it('恩施日报 第3版, 恩施日报 · 第3版：要闻 over the title: the page header, the paper named', () => {
    for (const [line, section] of [['恩施日报 第3版', undefined], ['恩施日报 · 第3版：要闻', '要闻']] as const) {
      const input = page(line, '我州新增3个省级示范村', '本报讯 近日，省农业农村厅公布名单。')
      const issue = parseIssue(input)
      const header = find(issue, 'pageHeader')!
      expect([header.page, header.paper, header.section], line).toEqual([3, '恩施日报', section])
      expect(findAll(issue, 'headline').map((h) => toString(h)), line).toEqual(['我州新增3个省级示范村'])
      expectSource(input, issue)
    }
  })

  it('must not fire: a title naming a paper and a page in a sentence (恩施日报第3版刊发评论员文章) stays the title', () => {
    const issue = parseIssue(page('恩施日报第3版刊发评论员文章', '本报讯 近日，本报刊发评论员文章。'))
    expect(findAll(issue, 'pageHeader')).toEqual([])
  })
})

describe('a front page’s date lines (正報, d162)', () => {
  it('二O一三年五月十七日: the issue’s date in numerals; 農曆癸巳年四月初八日: the lunar date; 澳門特別行政區政府承認之有效刊物: the imprint', () => {
    const issue = parseIssue('第一版\n農曆癸巳年四月初八日\n二O一三年五月十七日\n星期五\n澳門特別行政區政府承認之有效刊物\n澳大遺址花落誰家?\n【本報訊】澳門大學新學年開始遷入橫琴新校區運作。\n')
    const headers = findAll(issue, 'pageHeader')
    expect(headers).toHaveLength(5)
    expect(headers[2]!.date).toMatchObject({ year: 2013, month: 5, day: 17 })
    expect(toString(find(issue, 'headline'))).toBe('澳大遺址花落誰家?')
  })

  it('must not fire: a headline naming a lunar festival, a sentence with a date in numerals', () => {
    expect(findAll(parseIssue(page('农历新年将至 市场供应充足', '本报讯 昨日，记者走访市场。')), 'pageHeader')).toEqual([])
    expect(findAll(parseIssue(page('标题', '本报讯 二〇一三年五月十七日，会议在市里召开。')), 'pageHeader')).toEqual([])
  })
})

describe('a jump line glued to the story’s last sentence (jump-line.ts readGluedJump; d62, d287)', () => {
  it('…抓好落实。（下转第二版）: the paragraph, then a top-level jumpLine, the page on the article', () => {
    const input = page(HEADLINE, LEAD, '会议要求，各地要抓好春耕生产。（下转第二版）')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'jumpLine'])
    expect(articles(issue)[0]!.continuedOn).toBe(2)
    expect(toString(findAll(issue, 'paragraph').at(-1)!)).toBe('会议要求，各地要抓好春耕生产。')
    expectSource(input, issue)
  })

  it('must not fire: a title with its pointer (我市两会（下转第2版）), a jump back opening the text under a title, 紧接 read alone', () => {
    expect(findAll(parseIssue(page('我市两会（下转第2版）', LEAD)), 'jumpLine').every((jump) => toString(jump) !== '我市两会（下转第2版）')).toBe(true)
    const back = parseIssue(page(HEADLINE, '（上接第一版）会议指出，各地要抓好春耕生产。'))
    expect(toString(find(back, 'headline'))).toBe(HEADLINE)
    expect(findAll(back, 'jumpLine')).toEqual([])
    const alone = find(parseIssue(page('（紧接第一版）', '会议指出，各地要抓好春耕生产。')), 'jumpLine')
    expect([alone?.direction, alone?.page]).toEqual(['from', 1])
  })
})

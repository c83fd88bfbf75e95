/**
 * More of a news site's and an e-paper's furniture around a story, as a
 * reader skips it: the site's fields after the publication date (刊发日期:…
 * 阅读次数: 作者:… 语音阅读:…), a site's address and date under the title
 * (www.zjol.com.cn 2003年10月06日 浙江在线新闻网站), a page header naming the
 * issue's serial number (A2:综合*新闻总第3307期 >2018-09-14编印), a search
 * box (报刊搜索: 搜索) and a font-size label (文字: 大 中 小 打印). None is a
 * kicker, a subheadline or a paragraph. Each is tested where it must not fire.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue, PageHeader, Stamp } from '../../src/index'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

const HEADLINE = '全市春耕工作推进会召开'
const LEAD = '本报讯 5月9日，全市春耕工作推进会召开。'

const headlineOf = (issue: Issue) => {
  const headline = articles(issue)[0]?.children.find((n) => n.type === 'headline')
  return headline ? toString(headline) : undefined
}
/** The heading lines of the first article other than its headline. */
const headingExtras = (issue: Issue) =>
  (articles(issue)[0]?.children ?? []).filter((n) => n.type === 'kicker' || n.type === 'subheadline').map((n) => toString(n))

describe('site stamps with the site’s fields', () => {
  it.each([
    ['刊发日期:2018-09-14 阅读次数: 作者:本通  语音阅读:语音阅读', { year: 2018, month: 9, day: 14 }],
    ['www.zjol.com.cn  2003年10月06日  浙江在线新闻网站', { year: 2003, month: 10, day: 6 }],
    ['发布时间:2021-03-24 浏览次数:1024', { year: 2021, month: 3, day: 24 }],
    // Fields in ASCII square brackets, as a converter copies a site's 【】, and its font-size switch.
    ['2017-09-07 08:26:36 [来源:湖南日报] [责编:廖慧文] 字体:【大 中 小】', { year: 2017, month: 9, day: 7 }],
  ])('%s under the title is a stamp with its date', (line, date) => {
    const issue = parseIssue(`${HEADLINE}\n${line}\n\n${LEAD}`)
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject(date)
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(headingExtras(issue)).toEqual([])
  })

  it('must not fire: a bracketed tag before a title ([视频] 全市春耕…) is the title’s', () => {
    const issue = parseIssue(`[视频] ${HEADLINE}\n\n${LEAD}`)
    expect(find(issue, 'stamp')).toBeUndefined()
  })

  it('must not fire: a site’s address in a sentence, a date label inside a sentence', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\nwww.zjol.com.cn 是浙江在线的网址，读者可登录查阅全文。\n刊发日期为2018年9月14日的通知已经失效。`)
    expect(find(issue, 'stamp')).toBeUndefined()
  })
})

describe('a page header naming the issue’s serial number', () => {
  it.each([
    ['A2:综合*新闻总第3307期 >2018-09-14编印', { year: 2018, month: 9, day: 14 }],
    ['2018年9月14日 星期五 总第3307期', { year: 2018, month: 9, day: 14 }],
  ])('%s is a dated page header, not a kicker', (line, date) => {
    const issue = parseIssue(`${line}\n\n${HEADLINE}\n${LEAD}`)
    expect((find(issue, 'pageHeader') as PageHeader).date).toMatchObject(date)
    expect(issue.data.issueDate).toMatchObject(date)
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(headingExtras(issue)).toEqual([])
  })

  it('must not fire: a headline naming a serial number, with no date', () => {
    const issue = parseIssue(`我市举办总第100期道德讲堂\n${LEAD}`)
    expect(find(issue, 'pageHeader')).toBeUndefined()
    expect(headlineOf(issue)).toBe('我市举办总第100期道德讲堂')
  })
})

describe('a search box and a font-size label', () => {
  it('报刊搜索: 搜索 over the title is interface, and takes no line under it', () => {
    const issue = parseIssue(`报刊搜索: 搜索\n\n开栏的话\n\n${LEAD}`)
    expect(types(issue)[0]).toBe('chrome')
    expect(headlineOf(issue)).toBe('开栏的话')
    expect(headingExtras(issue)).toEqual([])
  })

  it('文字: 大 中 小 打印 over the title is interface', () => {
    const issue = parseIssue(`文字: 大  中  小     打印\n\n${HEADLINE}\n${LEAD}`)
    expect(types(issue)[0]).toBe('chrome')
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(headingExtras(issue)).toEqual([])
  })

  it('must not fire: a headline about search, a text credit', () => {
    expect(headlineOf(parseIssue(`搜索引擎大会在杭州召开\n${LEAD}`))).toBe('搜索引擎大会在杭州召开')
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n文字:张三 摄影:李四`)
    expect(find(issue, 'chrome')).toBeUndefined()
  })
})

describe('an e-paper’s folio and navigation', () => {
  it('1886 期 / 第2版:2: the issue’s number and the page are a page header, not the headline', () => {
    const issue = parseIssue(`1886 期 / 第2版:2\n要闻简报\n   ◆9月23日，我县召开重点工作调度会。\n   ◆9月27日，县政协组织侨界人士开展视察活动。`)
    expect((find(issue, 'pageHeader') as PageHeader).page).toBe(2)
    expect(headlineOf(issue)).toBe('要闻简报')
  })

  it('返回主页 | 郑州晚报 | 标题导航 | 郑州日报 and 上一期  下一期 are interface', () => {
    const issue = parseIssue(`返回主页 | 郑州晚报 | 标题导航 | 郑州日报\n上一期  下一期\n\n${HEADLINE}\n\n${LEAD}`)
    expect(types(issue).slice(0, 2)).toEqual(['chrome', 'chrome'])
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('must not fire: a table row with bars names no control; a headline naming an issue and a page', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n收入 | 支出 | 结余 | 合计`)
    expect(find(issue, 'chrome')).toBeUndefined()
    const course = parseIssue(`第3期培训班第2版教材印发\n${LEAD}`)
    expect(find(course, 'pageHeader')).toBeUndefined()
    expect(headlineOf(course)).toBe('第3期培训班第2版教材印发')
  })
})

describe('the editor’s field among the site’s fields', () => {
  const editors = (issue: Issue) => {
    const names: string[] = []
    for (const article of articles(issue)) for (const child of article.children) if (child.type === 'editorLine') for (const c of child.children) if (c.type === 'credit') names.push(...c.names)
    return names
  }

  it.each([
    ['2017-09-07 08:26:36 [来源:湖南日报] [责编:廖慧文] 字体:【大 中 小】', '廖慧文', { year: 2017, month: 9, day: 7 }],
    ['稿源:津滨网 编辑:邵华 2021-03-01 14:23', '邵华', { year: 2021, month: 3, day: 1 }],
  ])('%s: the stamp, and the editor’s line', (line, editor, date) => {
    const issue = parseIssue(`${HEADLINE}\n${line}\n\n${LEAD}`)
    expect(editors(issue)).toEqual([editor])
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject(date)
    expect(headingExtras(issue)).toEqual([])
  })

  it.each([
    ['  • 發佈時間:2015-02-10 09:34:06  來源:廈門日報  作者:佚名  責任編輯:羅伯特', ['羅伯特'], { year: 2015, month: 2, day: 10 }],
    ['2019-11-05 09:16:02  |  來源:長春日報  |  編輯:田東艷   |  責編:董健雄', ['田東艷', '董健雄'], { year: 2019, month: 11, day: 5 }],
  ])('%s: a bullet opening the row, bars between the staff: the stamp, and the staff line (d256, d164)', (line, names, date) => {
    const input = `${HEADLINE}\n${line}\n\n${LEAD}`
    const issue = parseIssue(input)
    expect(editors(issue)).toEqual(names)
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject(date)
    expectSource(input, issue)
  })

  it('must not fire: an editor’s field with no date on either side stays what it was (来源:湖南日报 编辑:廖慧文 字体:)', () => {
    const issue = parseIssue(`${HEADLINE}\n来源:湖南日报 编辑:廖慧文 字号:\n\n${LEAD}`)
    expect(find(issue, 'stamp')).toBeUndefined()
  })
})

describe('a government site’s source field and its empty fields (d529, d407)', () => {
  it('信息来源:靖江日报 under the stamp is the story’s source note, not a subheadline', () => {
    const issue = parseIssue(`${HEADLINE}\n发布日期:2016-07-04 08:30\n信息来源:靖江日报\n${LEAD}`)
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(find(issue, 'sourceNote')).toBeDefined()
    expect(types(articles(issue)[0]!)).not.toContain('subheadline')
  })

  it.each(['发布时间: 信息来源:', '发布时间: 来源:'])('%s — two labels and no values — are the site’s empty fields, interface', (line) => {
    const issue = parseIssue(`${HEADLINE}\n${line}\n${LEAD}`)
    expect(find(issue, 'chrome')).toBeDefined()
    expect(types(articles(issue)[0]!)).not.toContain('subheadline')
  })

  it('must not fire: a sentence about where information comes from stays the story’s text', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n信息来源广泛,群众反映的问题得到及时处理。`)
    expect(find(issue, 'sourceNote')).toBeUndefined()
    expect(find(issue, 'chrome')).toBeUndefined()
  })
})

describe('an e-paper’s line of date, paper and page (d539)', () => {
  it('日期:[2019年06月06日] -- 生活晨报 -- 版次:[A3] over the title: the stamp, no heading line', () => {
    const issue = parseIssue(`日期:[2019年06月06日] -- 生活晨报 -- 版次:[A3]\n\n${HEADLINE}\n\n${LEAD}`)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2019, month: 6, day: 6 })
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(find(issue, 'kicker')).toBeUndefined()
  })

  it('must not fire: a story’s sentence about the page’s 版次 and a date stays text', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n本报自2024年1月1日起调整版次:周一至周五出版16版,周末出版8版。`)
    expect(find(issue, 'stamp')).toBeUndefined()
  })
})

describe('a site’s row of fields set apart by wide spaces, its author’s credits in it (d543)', () => {
  const FIELDS = '来源: 绍兴日报     作者: 记者 何雯 通讯员 张荣奎 文/摄     编辑: 金锦'

  it('under the story, after blank lines: its source note, its signature and its staff line, all the story’s', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n\n${FIELDS}\n`
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(articles(issue)).toHaveLength(1)
    expect(types(article!)).toEqual(['headline', 'paragraph', 'sourceNote', 'signature', 'editorLine'])
    expect(find(article!, 'signature')!.names).toEqual(['何雯', '张荣奎'])
  })

  it('must not fire: an author’s field that names no one as credits, or a row of one field', () => {
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n来源: 绍兴日报     作者: 本站原创     编辑: 金锦\n`), 'signature')).toBeUndefined()
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n作者: 记者 何雯\n`), 'sourceNote')).toBeUndefined()
  })
})

describe('the same row with its fields set apart by one space, found by their labels (part (bk), d696 今日桐乡’s site)', () => {
  it('来源: 嘉兴日报 作者: 记者 王宇杰 编辑: 王颖 under the story: its source note, its signature and its staff line', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n\n来源: 嘉兴日报 作者: 记者 王宇杰 编辑: 王颖\n`
    const [article] = articles(parseIssue(input))
    expect(types(article!)).toEqual(['headline', 'paragraph', 'sourceNote', 'signature', 'editorLine'])
    expect(find(article!, 'signature')!.names).toEqual(['王宇杰'])
    expect(find(article!, 'editorLine')).toBeDefined()
  })

  it('must not fire: a field row whose author names no one, or a sentence holding the labels', () => {
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n来源: 嘉兴日报 作者: 本站原创 编辑: 王颖\n`), 'signature')).toBeUndefined()
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n作者:王宇杰,编辑:王颖,来源:嘉兴日报,请勿转载。\n`), 'signature')).toBeUndefined()
  })
})

describe('a site’s line: the date, the writer, the site', () => {
  it('2017-06-15 翟宇佳 延吉新闻网 under the title: the stamp, no subheadline', () => {
    const issue = parseIssue(`${HEADLINE}\n2017-06-15 翟宇佳 延吉新闻网\n${LEAD}\n`)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2017, month: 6, day: 15 })
    expect(find(issue, 'subheadline')).toBeUndefined()
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('must not: a dated line of a story’s timeline (2023-05-10 项目立项 开工建设) is no stamp', () => {
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n2023-05-10 项目立项 开工建设\n`), 'stamp')).toBeUndefined()
  })
})

describe('a post’s meta and an app’s line under the title', () => {
  it('2011-1-29 11:08| 发布者: 兵器之友| 查看: 649| 评论: 0: the stamp, no subheadline', () => {
    const issue = parseIssue(`${HEADLINE}\n2011-1-29 11:08| 发布者: 兵器之友| 查看: 649| 评论: 0\n${LEAD}\n`)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2011, month: 1, day: 29 })
    expect(find(issue, 'subheadline')).toBeUndefined()
  })

  it('齐点淄博 2023-01-15 20:32:00 阅读量: the stamp, no subheadline', () => {
    const issue = parseIssue(`${HEADLINE}\n齐点淄博 2023-01-15 20:32:00 阅读量:\n${LEAD}\n`)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2023, month: 1, day: 15 })
    expect(find(issue, 'subheadline')).toBeUndefined()
  })

  it('must not: a title with its date and time but no counter (春运首日 2023-01-15 20:32) keeps its title', () => {
    expect(headlineOf(parseIssue(`春运首日客流平稳 2023-01-15 20:32\n${LEAD}\n`))).toContain('春运首日客流平稳')
  })
})

describe('a portal’s breadcrumbs', () => {
  it('现在的位置 抚州新闻网 >文化> >临川文化> >文化视点> (no colon): interface, no kicker', () => {
    const issue = parseIssue(`现在的位置 抚州新闻网 >文化> >临川文化> >文化视点>\n${HEADLINE}\n${LEAD}\n`)
    expect(find(issue, 'kicker')).toBeUndefined()
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('兵器之友 首页 即时新闻 集团要闻 查看内容: interface, no kicker', () => {
    const issue = parseIssue(`搜索\n开启辅助访问登录\n兵器之友 首页 即时新闻 集团要闻 查看内容\n\n${HEADLINE}\n\n2011-1-29 11:08| 发布者: 兵器之友\n\n${LEAD}\n`)
    expect(find(issue, 'kicker')).toBeUndefined()
  })

  it('must not: 现在的位置 in a sentence (现在的位置很好找，就在…) stays text', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n现在的位置很好找，就在市政府对面。\n`)
    expect(types(issue)).not.toContain('chrome')
  })
})

describe('the editor’s field among a site’s fields with its buttons after them (stamp.ts siteFieldsOf)', () => {
  const staffOf = (line: string) => {
    const issue = parseIssue([HEADLINE, '', line, '', LEAD, ''].join('\n'))
    return { issue, staff: findAll(issue, 'credit').filter((c) => c.role !== undefined).map((c) => [c.role, c.names]), stamp: find(issue, 'stamp') as Stamp | undefined }
  }

  it('empty fields and share buttons after the date (浏览次数: 分享:), a type size’s bracket cut off (字体:【), the editor glued to the date, 网络编辑', () => {
    for (const [line, role, name] of [
      ['编辑:王珏 来源:旺苍县党政公众网 发布时间:2018-03-26 15:16:00 浏览次数: 分享:', '编辑', '王珏'],
      ['2017-09-07 08:26:36 [来源:湖南日报] [责编:廖慧文] 字体:【', '责编', '廖慧文'],
      ['编辑:吴沁彤2023-11-21 09:13内容来源:深圳商报', '编辑', '吴沁彤'],
      ['2023-11-21 09:13 来源:山西新闻网 网络编辑:张清兰', '网络编辑', '张清兰'],
    ] as const) {
      const { issue, staff, stamp } = staffOf(line)
      expect(staff).toEqual([[role, [name]]])
      expect(stamp?.date).toBeDefined()
      expect(headlineOf(issue)).toBe(HEADLINE)
    }
  })

  it('must not fire: an empty field takes no label after it as its value, a name is no empty field’s (浏览次数: 分享: names no one)', () => {
    const { staff, stamp } = staffOf('来源:旺苍县党政公众网 发布时间:2018-03-26 15:16:00 浏览次数: 分享:')
    expect(staff).toEqual([])
    expect(stamp?.date).toMatchObject({ month: 3, day: 26 })
  })
})

describe('a page’s counters by every label sites give them (d647)', () => {
  it.each(['访问量:0', '访问次数: 128', '浏览数:35', '人气:1024', '阅读量：2,048'])('%s among the fields under a two-line title: interface, the title’s lines kept headline and subheadline', (counter) => {
    const issue = parseIssue(['阿坝州第十三届人民代表大会第五次会议闭幕', '徐芝文出席并讲话 李为国主持并讲话', '', '发布时间:2026-01-12 10时03分', counter, '', LEAD, ''].join('\n'))
    expect(headlineOf(issue)).toBe('阿坝州第十三届人民代表大会第五次会议闭幕')
    expect(findAll(issue, 'subheadline').map((n) => toString(n))).toEqual(['徐芝文出席并讲话 李为国主持并讲话'])
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toContain(counter)
  })

  it('must not fire: a count in the story’s words (网站访问量:120万人次, 访问量大增)', () => {
    for (const line of ['网站访问量:120万人次，同比增长三成。', '春节期间景区访问量大增。']) {
      const issue = parseIssue([HEADLINE, '', LEAD, '', line, ''].join('\n'))
      expect(findAll(issue, 'chrome')).toEqual([])
      expect(findAll(issue, 'paragraph')).toHaveLength(2)
    }
  })
})

describe('a name, then the date and its time, under the title; a site’s hot searches and its font button over it', () => {
  const read = (...lines: string[]) => {
    const input = [...lines.slice(0, -1), HEADLINE, lines.at(-1)!, LEAD].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    return issue
  }

  it.each([
    ['远安融媒 2024-05-09 10:20', { year: 2024, month: 5, day: 9 }],
    ['台湾好新闻/ 2015.07.31 00:00', { year: 2015, month: 7, day: 31 }],
    ['恩施发布 | 2024/5/9 10:20', { year: 2024, month: 5, day: 9 }],
    ['2015.07.31 00:00', { year: 2015, month: 7, day: 31 }],
  ])('%s: the stamp, no subheadline', (line, date) => {
    const issue = read(line)
    expect(headingExtras(issue)).toEqual([])
    expect(find(issue, 'stamp')?.date).toMatchObject(date)
  })

  it('热门: 黄子佼 徐巧芯 地震 (熱門: in a Taiwan page), 热搜: 活动 交友 over the title, 调整字体 under it: the site’s interface, no kicker', () => {
    for (const top of ['热门: 黄子佼 徐巧芯 地震', '热搜：活动 交友']) {
      const issue = read(top, '2024-05-09 10:20')
      expect(headlineOf(issue), top).toBe(HEADLINE)
      expect(headingExtras(issue), top).toEqual([])
    }
    expect(headingExtras(read('调整字体'))).toEqual([])
    expect(headingExtras(read('设置首页', '2024-05-09 10:20'))).toEqual([])
  })

  it('must not fire: a name and a date with no time (a title with its day), a sentence before the date', () => {
    expect(find(read('远安融媒 2024-05-09'), 'stamp')).toBeUndefined()
    expect(find(read('会议定于 2024-05-09 10:20'), 'stamp')).toBeUndefined()
  })
})

/**
 * The furniture of e-paper sites, news sites and press-clipping exports
 * (WiseNews / 慧科), as the held-out texts showed it: page labels with the
 * site's links, date lines, stamps with the site's words around the date,
 * breadcrumbs, counters, document numbers and notices. None of these lines
 * is a kicker, a headline or a paragraph; the story's own heading lines
 * still are. Each family is tested where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue, PageHeader, Stamp } from '../../src/index'
import { articles, find, findAll, types } from '../helpers/tree'

const HEADLINE = '全市春耕工作推进会召开'
const LEAD = '本报讯 5月9日，全市春耕工作推进会召开。'

const headlineOf = (issue: Issue) => {
  const headline = articles(issue)[0]?.children.find((n) => n.type === 'headline')
  return headline ? toString(headline) : undefined
}
/** The types of the page's nodes, with an article's furniture and heading lines inside it. */
const furnitureTypes = (issue: Issue) => {
  const out: string[] = []
  for (const node of issue.children) {
    if (node.type === 'article') for (const child of node.children) out.push(`article>${child.type}`)
    else out.push(node.type)
  }
  return out.filter((t) => !t.endsWith('paragraph'))
}

describe('e-paper page labels and links', () => {
  it.each([
    ['当前版:01版', 1, undefined],
    ['当前版: 05版 上一版  下一版', 5, undefined],
    ['第06版:文旅新闻 PDF版阅读', 6, '文旅新闻'],
    ['第A05版:要闻 PDF版', 5, '要闻'],
    ['B2版:财经', 2, '财经'],
  ])('%s is a page header (page %s, section %s)', (line, pageNo, section) => {
    const issue = parseIssue(`${line}\n${HEADLINE}\n${LEAD}`)
    const header = find(issue, 'pageHeader') as PageHeader
    expect(header.page).toBe(pageNo)
    expect(header.section).toBe(section)
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('navigation words alone on their lines are interface (通版阅读请点击: / 展开通版 / 收缩通版)', () => {
    const issue = parseIssue(`通版阅读请点击:\n展开通版\n收缩通版\n当前版:01版\n${HEADLINE}\n${LEAD}`)
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(furnitureTypes(issue).filter((t) => t.endsWith('chrome'))).toHaveLength(3)
  })

  it('must not fire: a headline that names a page, a sentence with 版', () => {
    expect(headlineOf(parseIssue(`第一版新闻综述发布\n${LEAD}`))).toBe('第一版新闻综述发布')
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n本报第3版刊发了这篇文章的全文。`), 'pageHeader')).toBeUndefined()
  })
})

describe('date lines', () => {
  it.each([
    ['2025年09月30日', { year: 2025, month: 9, day: 30 }],
    ['2024年6月4日 星期二', { year: 2024, month: 6, day: 4 }],
    ['2020年5月10日  星期日  农历四月十八', { year: 2020, month: 5, day: 10 }],
  ])('%s alone on a line is a dated page header, and dates the issue', (line, date) => {
    const issue = parseIssue(`${line}\n\n${HEADLINE}\n${LEAD}`)
    expect((find(issue, 'pageHeader') as PageHeader).date).toMatchObject(date)
    expect(issue.data.issueDate).toMatchObject(date)
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('a paper, its date and then its page: 《四平日报》(2022年11月8日) 08版', () => {
    const header = find(parseIssue(`《四平日报》(2022年11月8日) 08版\n${HEADLINE}\n${LEAD}`), 'pageHeader') as PageHeader
    expect(header).toMatchObject({ page: 8, date: { year: 2022, month: 11, day: 8 } })
  })

  it('must not fire: a date that opens a sentence, or a headline with a date in it', () => {
    const issue = parseIssue(`${HEADLINE}\n2025年9月30日，全市召开会议。`)
    expect(find(issue, 'pageHeader')).toBeUndefined()
    expect(headlineOf(parseIssue(`2025年9月30日起执行新规\n${LEAD}`))).toBe('2025年9月30日起执行新规')
  })
})

describe('site stamps', () => {
  it.each([
    ['发布日期:2022年11月23日', { year: 2022, month: 11, day: 23 }],
    ['发布日期:2020年04月04日 上一版  下一版', { year: 2020, month: 4, day: 4 }],
    ['http://www.sina.com.cn 2005年04月28日10:33 南京报业网', { year: 2005, month: 4, day: 28 }],
    ['作者: 来源:柚都平和 时间:2022-05-30', { year: 2022, month: 5, day: 30 }],
  ])('%s is a stamp with its date', (line, date) => {
    const issue = parseIssue(`${line}\n${HEADLINE}\n${LEAD}`)
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject(date)
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('must not fire: a sentence about a publication date', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n发布日期为2022年11月23日的通知已经失效。`)
    expect(find(issue, 'stamp')).toBeUndefined()
  })
})

describe('interface lines by shape', () => {
  it.each([
    ['新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文'],
    ['当前位置《平和网》 > 柚都平和> 第434期>第4版'],
    ['文章字数:152'],
    ['发布日期:'],
    ['-----------------------------------------------------------------------------'],
    ['巴彦淖尔市政府门户网站 www.bynr.gov.cn'],
    ['人民网 http://www.people.com.cn/'],
  ])('%s is interface, not a heading or paragraph', (line) => {
    const issue = parseIssue(`${line}\n\n${HEADLINE}\n${LEAD}`)
    expect(types(issue)[0]).toBe('chrome')
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('must not fire: a comparison with > in a sentence, a count in a sentence', () => {
    const compare = parseIssue(`${HEADLINE}\n${LEAD}\n增速 > 5%，利润 > 3%，均高于去年。`)
    expect(find(compare, 'chrome')).toBeUndefined()
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n文章字数:152字以内为宜。`), 'chrome')).toBeUndefined()
  })

  it('must not fire: a title naming a site’s address in its words, or the address inside a sentence', () => {
    const title = '市民可登录 www.bynr.gov.cn 查询办事指南'
    expect(headlineOf(parseIssue(`${title}\n${LEAD}`))).toBe(title)
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n详情请登录市政府门户网站www.bynr.gov.cn查询。`), 'chrome')).toBeUndefined()
    for (const line of ['报名请登录 www.bynrrs.gov.cn', '访问 www.bynr.gov.cn']) {
      expect(find(parseIssue(`${HEADLINE}\n\n${LEAD}\n\n${line}\n`), 'chrome'), line).toBeUndefined()
    }
  })

  it('a site’s name and address under the title is no subheadline (巴彦淖尔市政府门户网站 www.bynr.gov.cn)', () => {
    const issue = parseIssue(`${HEADLINE}\n巴彦淖尔市政府门户网站 www.bynr.gov.cn\n\n${LEAD}`)
    expect(headlineOf(issue)).toBe(HEADLINE)
    expect(findAll(issue, 'subheadline')).toEqual([])
  })
})

describe('press-clipping exports (WiseNews / 慧科)', () => {
  const DOCUMENT = [
    '275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23',
    '報章 | A02 |澳聞',
    '字數: 856 words',
    '三園區提供創業平台 研建中葡青年創業中心',
    '',
    '  【本報記者深圳廿二日電】今年一月，深澳兩地簽訂合作備忘錄。',
    '  深圳市委大灣區辦副主任趙志英今日受訪指出，協議簽訂後成效明顯。',
    '文章編號: 201905230226173',
    '返回主菜單',
    '本內容經慧科的電子服務提供。以上內容、商標和標記屬慧科、相關機構或版權擁有人所有，並保留一切權利。',
  ].join('\n')

  it('the header lines are page furniture with the date, page and section; the title is the headline', () => {
    const issue = parseIssue(DOCUMENT)
    const nodes: Array<{ type: string }> = issue.children.flatMap((n): Array<{ type: string }> => (n.type === 'article' ? n.children : [n]))
    const headers = nodes.filter((n): n is PageHeader => n.type === 'pageHeader')
    expect(headers.map((h) => ({ page: h.page, section: h.section, date: h.date && { year: h.date.year, month: h.date.month, day: h.date.day } }))).toEqual([
      { page: undefined, section: undefined, date: { year: 2019, month: 5, day: 23 } },
      { page: 2, section: '澳聞', date: undefined },
    ])
    expect(headlineOf(issue)).toBe('三園區提供創業平台 研建中葡青年創業中心')
    expect(issue.data.issueDate).toMatchObject({ year: 2019, month: 5, day: 23 })
  })

  it('the document number, the menu link and the notice close the document: none is in the article', () => {
    const issue = parseIssue(DOCUMENT)
    const [article] = articles(issue)
    const text = toString(article!)
    expect(text).not.toContain('文章編號')
    expect(text).not.toContain('返回主菜單')
    expect(text).not.toContain('慧科')
    expect(types(issue).slice(-3)).toEqual(['chrome', 'chrome', 'chrome'])
  })

  it('the English interface: its header, page line, counters and closing lines', () => {
    const issue = parseIssue(
      [
        '1 .Oriental Daily News | General Property in Hong Kong | Circulation / Reach: 300,000 | 2019-04-15',
        'Newspaper | B04 |產經',
        'Word Count: 918 words | Image Size: 493.9cm2 (25.2cm x 19.6cm) | Ad-Value: HKD97,302',
        'Keyword Matched: 中原,按揭,利嘉閣',
        '按揭戰蔓延綠置居',
        '本報訊 昨日，按揭市場競爭激烈，銀行亦擬增兵。',
        'DOCUMENT ID: 201904150296340',
        'BACK TO MAIN MENU',
        'Source: Wisers electronic service. This content, the trademarks and logos belong to Wisers.',
      ].join('\n'),
    )
    expect(headlineOf(issue)).toBe('按揭戰蔓延綠置居')
    expect(types(issue).slice(-3)).toEqual(['chrome', 'chrome', 'chrome'])
    expect(issue.data.issueDate).toMatchObject({ year: 2019, month: 4, day: 15 })
  })

  it('a wire document has no page: 通訊社 | 社會新聞; an author closes the page line: |By 張國威', () => {
    const wire = find(parseIssue(`290 .中國新聞社 | 2019-05-11\n通訊社 | 社會新聞\n${HEADLINE}\n${LEAD}`), 'pageHeader') as PageHeader
    expect(find(parseIssue(`通訊社 | 社會新聞\n${HEADLINE}\n${LEAD}`), 'pageHeader')).toMatchObject({ section: '社會新聞' })
    expect(wire.date).toMatchObject({ year: 2019, month: 5, day: 11 })
    const byAuthor = find(parseIssue(`報章 | A13 |惠台政策解讀深圳篇 |By 張國威\n${HEADLINE}\n${LEAD}`), 'pageHeader') as PageHeader
    expect(byAuthor).toMatchObject({ page: 13, section: '惠台政策解讀深圳篇' })
  })

  it('must not fire: a table row with bars, a sentence naming 慧科', () => {
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n收入 | 支出 | 结余`), 'pageHeader')).toBeUndefined()
    expect(find(parseIssue(`${HEADLINE}\n${LEAD}\n慧科的电子服务已覆盖全港。`), 'chrome')).toBeUndefined()
  })
})

describe('a repost site’s stamp and words', () => {
  it('滕州日报 2021-03-24 07:17 大字: the paper, the time, the font control', () => {
    const issue = parseIssue(`老人外出迷路民警暖心救助\n滕州日报 2021-03-24 07:17 大字\n${LEAD}`)
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject({ year: 2021, month: 3, day: 24 })
    expect(headlineOf(issue)).toBe('老人外出迷路民警暖心救助')
  })

  it('新闻推荐 over a teaser is the site’s label, not the teaser’s kicker', () => {
    const issue = parseIssue(`新闻推荐\n规范停放共享单车 营造有序出行环境\n${LEAD}`)
    const [article] = articles(issue)
    expect(article!.children.some((n) => n.type === 'kicker')).toBe(false)
    expect(headlineOf(issue)).toBe('规范停放共享单车 营造有序出行环境')
  })

  it('must not fire: a headline that starts with a paper’s name and a date in a sentence', () => {
    const issue = parseIssue(`滕州日报创刊六十周年\n${LEAD}`)
    expect(find(issue, 'stamp')).toBeUndefined()
    expect(headlineOf(issue)).toBe('滕州日报创刊六十周年')
  })
})

describe('e-paper reader pages (电子报阅读机)', () => {
  const READER = [
    '电子报阅读机',
    '2026-01-27',
    '星期二',
    '当前报纸名称:余姚日报',
    '',
    '银辉志愿者“以老助老”迎重阳',
    '',
    '日期:10-31',
    '字号:',
    '版面:第06版:银发乐园       上一篇    下一篇',
    '',
    '本报讯 (记者 郑雅卿) 10月17日,银辉志愿者来到敬老院。',
  ].join('\n')

  it('the reader’s date, weekday, paper label, date, font control and page line are furniture; the title is the headline', () => {
    const issue = parseIssue(READER)
    expect(headlineOf(issue)).toBe('银辉志愿者“以老助老”迎重阳')
    expect(articles(issue)[0]!.children.some((n) => n.type === 'kicker' || n.type === 'subheadline')).toBe(false)
    expect(issue.data.issueDate).toMatchObject({ year: 2026, month: 1, day: 27 })
    const header = find(issue, 'pageHeader') as PageHeader
    expect(header.date).toMatchObject({ year: 2026, month: 1, day: 27 })
  })

  it('第RB02版: 日报02版 and 本文字数:516 are furniture', () => {
    const issue = parseIssue(`第RB02版: 日报02版\n\n区政府常务会议召开\n本文字数:516\n${LEAD}`)
    expect((find(issue, 'pageHeader') as PageHeader).page).toBe(2)
    expect(headlineOf(issue)).toBe('区政府常务会议召开')
  })

  it('must not fire: a weekday in a sentence, a label inside a sentence', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n星期二上午，全市开展检查。\n当前报纸名称为余姚日报的版面已经更新完毕。`)
    expect(find(issue, 'pageHeader')).toBeUndefined()
    expect(find(issue, 'chrome')).toBeUndefined()
  })
})

describe('a site’s labels are no controls', () => {
  it('文章内容 over a short title: the title stays the headline (a control’s options would have taken it)', () => {
    const issue = parseIssue('文章内容\n\n战酷暑 保清洁\n\n□陈 泳 报道\n\n7月23日是二十四节气中的大暑。当天，全市环卫工人坚守岗位。')
    expect(headlineOf(issue)).toBe('战酷暑 保清洁')
  })

  it('a stamp with seconds: 2020-03-30 10:42:55', () => {
    const issue = parseIssue(`${HEADLINE}\n2020-03-30 10:42:55\n${LEAD}`)
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject({ year: 2020, month: 3, day: 30 })
  })

  it('must not fire: 更多 inside a headline', () => {
    expect(headlineOf(parseIssue(`更多市民参与垃圾分类\n${LEAD}`))).toBe('更多市民参与垃圾分类')
  })
})

describe('a repost’s source line', () => {
  it.each(['新快报', '南方都市报', '大洋网-广州日报'])('%s under the title is a source note, not a subheadline', (line) => {
    const issue = parseIssue(`${HEADLINE}\n${line}\n2020-03-30 10:42:55\n${LEAD}`)
    const [article] = articles(issue)
    expect(types(article)).not.toContain('subheadline')
    expect(find(article!, 'sourceNote')).toMatchObject({ source: line })
    expect(headlineOf(issue)).toBe(HEADLINE)
  })

  it('must not fire: a headline that ends in 报, a paper’s name opening the page (its masthead)', () => {
    expect(headlineOf(parseIssue(`特大喜报\n${LEAD}`))).toBe('特大喜报')
    expect(types(parseIssue(`忻州日报\n\n${HEADLINE}\n\n${LEAD}`))[0]).toBe('masthead')
  })
})

describe('more archive furniture (chrome.ts, stamp.ts)', () => {
  it('建立時間 is a stamp; a copyright line and a clipping’s contents count are interface', () => {
    const input = ['文章總數: 5 篇', '', '標題一行', '建立時間：2019/05/23 10:00', '', '【本報訊】記者今日獲悉，現場已經清理完畢。', '', '版權所有 © 2019 某某報社', ''].join('\n')
    const issue = parseIssue(input)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2019, month: 5, day: 23 })
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['文章總數: 5 篇', '版權所有 © 2019 某某報社'])
    expect(toString(find(issue, 'headline'))).toBe('標題一行')
  })

  it('NOT a sentence about copyright (版权所有人表示，…。)', () => {
    const input = ['標題一行', '', '【本報訊】記者今日獲悉，現場已經清理完畢。', '', '版權所有人表示，將依法追究侵權責任。', ''].join('\n')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })
})


describe('a site’s menu a converter turned into a numbered list, above the story’s text', () => {
  it('1. 檢舉 / 2. 列印 / 3. 收藏 / 4. 推薦好友 under the title: the site’s interface', () => {
    const input = ['市府舉辦校園小記者比賽', '', '  1. 檢舉', '  2. 列印', '  3. 收藏', '  4. 推薦好友', '', '【嘉義訊】嘉義縣政府教育處舉辦比賽，5日在鹿草國小舉辦頒獎典禮。', ''].join('\n')
    expect(findAll(parseIssue(input), 'chrome').map((node) => toString(node).trim())).toEqual(['1. 檢舉', '2. 列印', '3. 收藏', '4. 推薦好友'])
  })

  it('* 打印 / * 关闭 over the lead: the same with stars', () => {
    expect(findAll(parseIssue(`${HEADLINE}\n* 打印\n* 关闭\n${LEAD}\n`), 'chrome')).toHaveLength(2)
  })

  it('must not: under the story’s text, 1. 收藏好票据 and 2. 打印 are the story’s steps', () => {
    const issue = parseIssue(`${HEADLINE}\n${LEAD}\n市民可按以下步骤在网上办理，依次操作即可。\n1. 打印\n2. 收藏\n`)
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a row of controls opening with its first control’s count', () => {
  it('0 收藏 打印 分享 under the site’s fields: interface, no intertitle', () => {
    const issue = parseIssue(['2016年06月17日 来源:河池日报 作者:黄毅 彭昌伶', '0 收藏 打印 分享', '', LEAD, ''].join('\n'))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toContain('0 收藏 打印 分享')
    expect(findAll(issue, 'intertitle')).toEqual([])
  })

  it('must not fire: 增大字体 and 减小字体 titling a how-to’s sections stay its intertitles', () => {
    const issue = parseIssue(['手机字太小？老人这样设置', '', '不少老年人反映手机屏幕上的字看不清，其实只需简单设置就能解决。', '', '增大字体', '', '打开“设置”，拖动滑块即可把字体调大。', '', '减小字体', '', '同样在该页面，把滑块向左拖动即可。', ''].join('\n'))
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).toEqual(['增大字体', '减小字体'])
  })

  it('must not fire: a count before one control alone (2 收藏), a number before words that are no controls; 3 上一篇 stays the arrow’s', () => {
    for (const line of ['2 收藏', '3 打印机 复印机']) {
      expect(findAll(parseIssue([HEADLINE, '', LEAD, '', line, ''].join('\n')), 'chrome').map((n) => toString(n)), line).not.toContain(line)
    }
    expect(findAll(parseIssue(['3 上一篇  下一篇 4', '', HEADLINE, '', LEAD, ''].join('\n')), 'chrome').length).toBeGreaterThan(0)
  })
})

describe('part (bd): a site’s summary field, a listing’s bare bullets (d659, d660)', () => {
  it('摘要:… under the title and the stamp is the site’s field, not a paragraph', () => {
    const input = ['汉中市安全生产工作视频调度会召开', '发布时间:2024-01-29', '摘要:1月25日晚,我市召开安全生产工作视频调度会,传达学习全国安全生产电视电话会议精神。', '1月25日晚,我市召开安全生产工作视频调度会,传达学习全国安全生产电视电话会议精神,安排部署当前工作。', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
    expect(headlineOf(issue)).toBe('汉中市安全生产工作视频调度会召开')
  })

  it('a lone - between a listing’s items (their links lost in the copy): interface, each item its own story', () => {
    const input = ['-', '本报讯(记者 韩晖) 3月6日,中车·常州产教融合示范基地正式启用。', '-', '本报讯(记者 韩晖) 3月6日,市委副书记、市长周伟主持召开市政府常务会议。', ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['-', '-'])
  })

  it('must not fire: a line that opens with 摘要 inside a sentence (摘要介绍了…), a dash with words after it', () => {
    const issue = parseIssue([HEADLINE, LEAD, '摘要介绍了会议的主要内容和下一步工作安排。', '- 加快推进春耕备耕', ''].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

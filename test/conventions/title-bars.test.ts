/**
 * A site's title bar: the story's title, then the site's fields, on one line
 * or two —
 *   我和郴州的故事 版次:A03  作者:  2025年06月19日      the title, then the stamp, on one line
 *   送帆远 / 稿源: 宁波晚报 2011-09-17 07:43:44报料热线:…  a 稿源 field stamps the page too
 *   … / 2020-03-12 12:20:00 来源:淮海晚报 / 1 / 听新闻     a listen button under the stamp is no title
 *   假期出行 不文明行为煞风景 2025年04月06日  马志伟 刘文光  the title, its date and its writers
 * and where it must not fire: fields before the fields (作者: 来源:柚都平和
 * 时间:2022-05-30), a site's name before them, a title with no fields after it.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../src/index'
import { articles, expectSource, find, findAll, page, printed } from '../helpers/tree'

const LEAD = '历经3个半月伏季休渔期,昨天又迎来了开渔的日子。一大早,渔民们便驾船出海。'

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return {
    issue,
    headline: ((headline) => (headline ? printed(headline) : ''))(find(issue, 'headline')),
    stamps: findAll(issue, 'stamp').map((node) => printed(node, false)),
    kicker: find(issue, 'kicker'),
    chrome: findAll(issue, 'chrome').map((node) => printed(node, false)),
  }
}

describe('a title with the fields glued after it', () => {
  it.each([
    ['我和郴州的故事 版次:A03  作者:  2025年06月19日', '我和郴州的故事', '版次:A03  作者:  2025年06月19日'],
    ['全市道路交通平稳有序 来源:荆州日报 发布时间:2025-05-06 09:12', '全市道路交通平稳有序', '来源:荆州日报 发布时间:2025-05-06 09:12'],
  ])('%s: the headline, then the stamp', (line, headline, stamp) => {
    const result = read(page('A03', line, LEAD))
    expect(result.headline).toBe(headline)
    expect(result.stamps).toEqual([stamp])
    expect(result.kicker).toBeUndefined()
    expect(articles(result.issue)).toHaveLength(1)
  })

  it.each([
    ['作者: 来源:柚都平和 时间:2022-05-30'],
    ['石家庄日报 来源:石家庄新闻网 2014-06-10 08:32:58'],
  ])('%s: fields, or a site and its fields, are the stamp whole', (line) => {
    const result = read(page('端午假期全市旅游市场平稳有序', line, LEAD))
    expect(result.headline).toBe('端午假期全市旅游市场平稳有序')
    expect(result.stamps).toEqual([line])
  })

  it('来源:中国赣州网-赣州晚报 作者:淳朴 发布时间:2014年01月28日: the source note, the author’s byline, the stamp (stamp.ts authorBetweenFields)', () => {
    const result = read(page('端午假期全市旅游市场平稳有序', '来源:中国赣州网-赣州晚报 作者:淳朴 发布时间:2014年01月28日', LEAD))
    expect(result.headline).toBe('端午假期全市旅游市场平稳有序')
    expect(result.stamps).toEqual(['发布时间:2014年01月28日'])
    expect(find(result.issue, 'sourceNote')).toBeDefined()
    expect(find(result.issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '作者', names: ['淳朴'] })
  })
})

describe('the stamp under a title, and what stands under the stamp', () => {
  it('稿源: names the paper the page took the story from: the stamp, even with the hotline glued on', () => {
    const line = '稿源: 宁波晚报   2011-09-17 07:43:44报料热线:81850000'
    const result = read(page('送帆远', line, LEAD))
    expect(result.headline).toBe('送帆远')
    expect(result.stamps).toEqual([line])
  })

  it('a listen button under the stamp is interface: the title over the stamp stays the headline', () => {
    const title = '车流增多了,商店营业了,景区开放了…… 淮安城市生活“动”起来'
    const result = read(page(title, '2020-03-12 12:20:00  来源:淮海晚报', '1', '听新闻', LEAD))
    expect(result.headline).toBe(title)
    expect(result.kicker).toBeUndefined()
    expect(findAll(result.issue, 'chrome').map((node) => printed(node))).toEqual(['1', '听新闻'])
  })
})

describe("an e-paper's folio alone on its line", () => {
  it.each(['A03', 'B05', 'C08'])('%s is the page header, not a kicker', (folio) => {
    const result = read(page(folio, '我和郴州的故事', LEAD))
    expect(find(result.issue, 'pageHeader')).toBeDefined()
    expect(result.kicker).toBeUndefined()
    expect(result.headline).toBe('我和郴州的故事')
  })

  it.each([
    ['A05　城事', 5, '城事'],
    ['B02 体育', 2, '体育'],
    ['02 要闻', 2, '要闻'],
  ] as const)('%s, the section after a space as after a colon: the page header, not a kicker', (folio, number, section) => {
    const result = read(page(folio, '我和郴州的故事', LEAD))
    expect(find(result.issue, 'pageHeader')).toMatchObject({ page: number, section })
    expect(result.kicker).toBeUndefined()
    expect(result.headline).toBe('我和郴州的故事')
  })

  it.each(['G20', '5G', 'A', 'B12', 'C5', 'G20　峰会', 'A05 新时代的答卷', '10 大新闻', '24 小时关注', '30 年坚守教育', '05 关注民生'])('%s is no folio', (line) => {
    const result = read(page(line, '我和郴州的故事', LEAD))
    expect(find(result.issue, 'pageHeader')).toBeUndefined()
  })
})

describe("an e-paper reader's page around the story", () => {
  const top = ['这已经是最后一期了哦!', '我知道了', '2020年06月02日', '上一期 下一期', '02:要闻', '2020年06月02日']

  it('02:要闻 is the page header: page 2, section 要闻', () => {
    const result = read(page('02:要闻', '“守城”,嘉定一直在路上', LEAD))
    const header = find(result.issue, 'pageHeader')
    expect(header?.page).toBe(2)
    expect(result.kicker).toBeUndefined()
  })

  it('the lines over the page\'s folio and navigation are no kicker or headline of the story under them', () => {
    const result = read(page(...top, '“守城”,嘉定一直在路上', '阅读量:1791    本文字数:1027', `本报讯 ${LEAD}`))
    expect(result.headline).toBe('“守城”,嘉定一直在路上')
    expect(result.kicker).toBeUndefined()
    expect(find(result.issue, 'subheadline')).toBeUndefined()
    expect(result.chrome).toContain('阅读量:1791    本文字数:1027')
  })

  it.each(['12:30', '3:0胜出', '02:要闻速览今日新闻', '09:开幕式'])('%s is no folio', (line) => {
    expect(find(read(page(line, '“守城”,嘉定一直在路上', LEAD)).issue, 'pageHeader')).toBeUndefined()
  })
})

describe("an e-paper's page around the story, more forms", () => {
  it('第2216期:第01版 本期出版日期:2018-10-22 is the page header, page 1, no kicker', () => {
    const result = read(page('第2216期:第01版 本期出版日期:2018-10-22', '南关社区植草补绿忙', LEAD))
    expect(find(result.issue, 'pageHeader')?.page).toBe(1)
    expect(result.kicker).toBeUndefined()
    expect(result.headline).toBe('南关社区植草补绿忙')
  })

  it.each(['语音播报: 语音播报', '•   标题    站内高级搜索'])('%s is interface', (line) => {
    const result = read(page('南关社区植草补绿忙', line, LEAD))
    expect(result.chrome).toEqual([line])
    expect(find(result.issue, 'subheadline')).toBeUndefined()
  })

  it('a label with a different value is no control: 主题: 垃圾分类 stays', () => {
    expect(read(page('南关社区植草补绿忙', '主题: 垃圾分类', LEAD)).chrome).toEqual([])
  })

  it('栏目:城事 before the site\'s fields is a field: the stamp whole', () => {
    const result = read(page('创文曝光台(73)创文督导组给镇区“挑刺”之西区篇', '栏目:城事 来源:中山日报 发布:2020-07-06', LEAD))
    expect(result.stamps).toEqual(['栏目:城事 来源:中山日报 发布:2020-07-06'])
    expect(find(result.issue, 'subheadline')).toBeUndefined()
  })
})

describe("a desk's staff and reporters, more forms", () => {
  it('bulleted staff lines: editor lines', () => {
    const input = page('创文督导组给镇区“挑刺”', LEAD, '◆编辑:沙玉兰\n◆校对:曾淑花')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((credit) => [credit.role, credit.names]))).toEqual([
      ['编辑', ['沙玉兰']],
      ['校对', ['曾淑花']],
    ])
  })

  it('a court\'s instances are no staff roles: 二审：维持原判 is a title', () => {
    const result = read(page('二审：维持原判', LEAD))
    expect(result.headline).toBe('二审：维持原判')
    expect(find(result.issue, 'editorLine')).toBeUndefined()
  })

  it('本报讯(融媒体中心记者李晓伟 通讯员丁亚伟): a county media centre\'s reporter', () => {
    const input = page('南关社区植草补绿忙', `本报讯(融媒体中心记者李晓伟 通讯员丁亚伟)${LEAD}`)
    const credits = findAll(find(parseIssue(input), 'dateline')!, 'credit').map((credit) => [credit.role, credit.names])
    expect(credits).toEqual([
      ['融媒体中心记者', ['李晓伟']],
      ['通讯员', ['丁亚伟']],
    ])
  })
})

describe("an e-paper's nameplate and a reposting site's date line", () => {
  it.each([
    ['温岭日报 数字报纸', '温岭日报'],
    ['重庆政协报数字报纸', '重庆政协报'],
  ])('%s over the page is the masthead, the paper %s', (line, paper) => {
    const issue = parseIssue(page(line, 'a0001版:要闻', '牧长路改造工程完工通车', `本报讯(记者姚天)${LEAD}`))
    const masthead = find(issue, 'masthead')
    expect(masthead?.paper).toBe(paper)
  })

  it('a paper\'s name in a title is no nameplate: 温岭日报数字报纸上线十周年', () => {
    expect(find(parseIssue(page('温岭日报数字报纸上线十周年', LEAD)), 'masthead')).toBeUndefined()
  })

  it('2014年04月11日   浙江在线台州频道 under a title is the stamp: the title over it the headline', () => {
    const result = read(page('“卡脖子”路卡在哪儿?', '2014年04月11日   浙江在线台州频道', LEAD))
    expect(result.headline).toBe('“卡脖子”路卡在哪儿?')
    expect(result.stamps).toEqual(['2014年04月11日   浙江在线台州频道'])
  })
})

describe('what parts a title from the lines under it', () => {
  it('a paper\'s name and date alone between a title and its dash subtitle parts nothing', () => {
    const input = page('探尋發展中的四川藏區', '甘孜日報    2016年05月20日', '——四川藏區行記者團採訪隨記', LEAD)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(printed(find(issue, 'headline')!)).toBe('探尋發展中的四川藏區')
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a title bar of the title, its date and its writers', () => {
  const bylines = (issue: ReturnType<typeof parseIssue>) => findAll(issue, 'byline').flatMap((b) => findAll(b, 'credit').map((c) => c.names))

  it('假期出行 不文明行为煞风景 2025年04月06日  马志伟 刘文光: the headline, the stamp and the byline', () => {
    const { issue, headline, stamps } = read(page('假期出行 不文明行为煞风景 2025年04月06日  马志伟 刘文光', LEAD))
    expect(headline).toBe('假期出行 不文明行为煞风景')
    expect(stamps).toEqual(['2025年04月06日'])
    expect(bylines(issue)).toEqual([['马志伟', '刘文光']])
  })

  it('must not fire: words after the date that are no names (星期三, 放大 缩小 默认)', () => {
    for (const line of ['一树黄山栾 美了半座城 2021年09月22日 星期三', '下一篇 2017年6月22日 放大 缩小 默认']) {
      const { issue } = read(page(line, LEAD))
      expect(findAll(issue, 'byline')).toEqual([])
    }
  })

  // (A review found these read as title bars: a duty roster's rows, a schedule of villages, a section with its editors.)
  it.each(['五一假期值班带班领导 2025年05月01日 张伟 李强', '第一场演出地点 2025年04月06日 王家庄 李家村', '综合新闻 2025年04月06日 王明 李华', '我市召开防汛工作会议 2025年04月06日 金华 常山'])(
    'must not fire: %s (no full names, or too short a title)',
    (line) => {
      const { issue } = read(page(line, LEAD))
      expect(findAll(issue, 'byline')).toEqual([])
    },
  )

  it('must not fire: a title with a date and no names after it keeps its line (停电通知 2024年5月1日)', () => {
    const { issue } = read(page('停电通知 2024年5月1日', LEAD))
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('a title and its date alone after it, over the text (d645)', () => {
  it('俯瞰“千湖之县” 雪景美不胜收 2024年11月09日 / the text: the title, and the date its stamp', () => {
    const { headline, stamps } = read(page('01', '俯瞰“千湖之县” 雪景美不胜收 2024年11月09日', LEAD))
    expect(headline).toBe('俯瞰“千湖之县” 雪景美不胜收')
    expect(stamps).toEqual(['2024年11月09日'])
  })

  it('must not fire: a notice signed under its text, a site’s links before the date, a short word before it', () => {
    const notice = read(page('关于调整公交线路的通知', '市民朋友：自下月起，3路公交车线路调整。', '市交通运输局 2024年11月09日'))
    expect(notice.stamps).toEqual([])
    expect(notice.headline).toBe('关于调整公交线路的通知')
    expect(read(page('前一版 下一版 2023年12月22日', '临桂设置上百个自产自销摊位', LEAD)).stamps).toEqual([])
    expect(read(page('今日要闻 2024年11月09日', LEAD)).stamps).toEqual([])
  })

  it('must not fire (review 28): a sentence running on into its date, a paper’s or a page’s line, a caption, a date the title names, a listing under its label', () => {
    for (const line of ['第十届全市运动会将于 2024年11月9日', '星島日報 港聞版 2024年11月09日', '第A04版：港聞 2024年11月09日', '图为游客在景区赏雪 2024年11月9日', '历史上的今天 1949年10月1日']) {
      const { headline, issue } = read(page(line, LEAD))
      expect(headline, line).not.toBe(line.replace(/ [0-9]{4}年.*$/, ''))
      expect(findAll(issue, 'stamp').map((node) => printed(node, false)), line).not.toContain(line.replace(/^.* /, ''))
    }
    const listing = read(page('县域动态', '俯瞰“千湖之县” 雪景美不胜收 2024年11月09日\n我县举办第三届农民丰收节 2024年11月08日\n全县秋冬季造林工作全面启动 2024年11月07日'))
    expect(listing.stamps).toEqual([])
  })
})

describe('a page’s buttons for the rest of the text and a video player’s text under the title', () => {
  it.each(['展开全文', '阅读全文', '视频加载中...', '视频加载中，请稍候...'])('%s: interface, no subheadline (it was one)', (line) => {
    const { headline, chrome, issue } = read(page('伏季休渔期结束 渔民出海', line, LEAD))
    expect(headline).toBe('伏季休渔期结束 渔民出海')
    expect(chrome).toEqual([line])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('must not fire: a title naming the text or a video (全文阅读量破万, 视频加载中的那一秒)', () => {
    for (const title of ['全文阅读量破万', '视频加载中的那一秒']) expect(read(page(title, LEAD)).headline, title).toBe(title)
  })
})

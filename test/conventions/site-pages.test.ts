/**
 * What e-paper readers and news sites print around a story, as the held-out
 * texts (d121–d144) showed it: rows of controls, bracketed buttons, menus
 * and breadcrumbs (chrome.ts); rows of site fields with the date and the
 * author (stamp.ts); a title with its byline on one line, a symbol font’s
 * bullet before a byline (byline.ts); a short title over lines that tell
 * the story (heading-lines.ts); wide gaps around a story's parts
 * (heading-group.ts). Each with the cases where it must not fire.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8')
const LEAD = '本报讯 昨日下午，市区新增两条公交线路，方便市民出行。'
const chromeOf = (input: string) => findAll(parseIssue(input), 'chrome').map((node) => toString(node))

describe('rows of controls, buttons, menus and breadcrumbs', () => {
  it('an e-paper reader’s rows (3上一篇 下一篇4 2013年7月13日 放大 缩小 默认): chrome, and the title under them is the headline (d122, 海峡都市报)', () => {
    const input = corpus('d122')
    const issue = parseIssue(input)
    expect(chromeOf(input)).toEqual(expect.arrayContaining(['3上一版  下一版4', '3上一期 版面导航', '3上一篇  下一篇4 2013年7月13日 放大 缩小 默认', '关闭']))
    expect(toString(find(issue, 'headline'))).toBe('邮政车冒黑烟')
    expectSource(input, issue)
  })

  it('bracketed buttons, footer links, breadcrumb labels, a channel menu, skip links', () => {
    for (const line of ['相关阅读', '3 上一篇  下一篇 4 放大 缩小 默认', '【关闭窗口】【打印本页】', '设为首页 | 收藏本站 | 联系我们', '当前位置: > 热线', '岳阳网> 文明城市我们还差多远', '蚌埠新闻 五河新闻 固镇新闻 怀远新闻', '跳转到正文内容', 'ADVERTISEMENT']) {
      expect(chromeOf(page('市区新增两条公交线路', LEAD, line)), line).toEqual([line])
    }
  })

  it('must not fire: a lone button (默认) takes no line under it as its option (d126)', () => {
    const input = page('默认', '地膜花生 孕育新希望', LEAD)
    const issue = parseIssue(input)
    expect(chromeOf(input)).toEqual(['默认'])
    expect(toString(find(issue, 'headline'))).toBe('地膜花生 孕育新希望')
  })

  it('must not fire: a sentence naming the channels, a title with 网 and no breadcrumb', () => {
    expect(chromeOf(page('市区新增两条公交线路', LEAD, '市民可通过蚌埠新闻 五河新闻等栏目了解详情。'))).toEqual([])
    expect(chromeOf(page('岳阳网举办网络文明宣传周活动', LEAD))).toEqual([])
  })
})

describe('rows of site fields', () => {
  it('时间:2012-11-29 A+   A- 举报 under the title: a stamp, the title still the headline (d133, 启东日报)', () => {
    const input = corpus('d133')
    const issue = parseIssue(input)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2012, month: 11, day: 29 })
    expect(toString(find(issue, 'headline'))).toBe('路牌两头都是南')
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('the author’s field at the end (【作者:周晓露】) is the byline; the wide gap after the title block parts nothing (d136, 莆田晚报)', () => {
    const input = corpus('d136')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '作者', names: ['周晓露'] })
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2012, month: 4, day: 10 })
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(6)
    expectSource(input, issue)
  })

  it('the author’s field first (作者:王艺    来源:洞庭之声报    发布时间:2015年11月25日    责任编辑:)', () => {
    const input = page('下水管道粪水外溢附近商铺臭气难闻\n作者:王艺    来源:洞庭之声报    发布时间:2015年11月25日    责任编辑:', LEAD)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'byline', 'stamp', 'paragraph'])
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2015, month: 11, day: 25 })
    expectSource(input, issue)
  })

  it('a source with the date and the site (来源:淮河晨刊 2018-09-19 17:27   https://www.yybnet.net/), and a Malaysian site’s time before day/month/year', () => {
    const yyb = parseIssue(page('省运会接待酒店周边整治须加快', '来源:淮河晨刊 2018-09-19 17:27   https://www.yybnet.net/', LEAD))
    expect(find(yyb, 'stamp')!.date).toMatchObject({ year: 2018, month: 9, day: 19 })
    const sinchew = parseIssue(page('交通灯旁柱子疑被撞', '发布: 4:09pm 07/02/2022', LEAD))
    expect(find(sinchew, 'stamp')!.date).toMatchObject({ year: 2022, month: 2, day: 7 })
  })

  it('must not fire: a sentence giving a time, fields with no date, a field among text', () => {
    for (const line of ['会议时间:2012年11月29日上午，地点在市政府。', '来源:新华社', '作者:王艺 来源:洞庭之声报']) {
      expect(findAll(parseIssue(page('市区新增两条公交线路', line, LEAD)), 'stamp'), line).toEqual([])
    }
  })
})

describe('bylines in web copies', () => {
  it('a title with its byline after it on one line: the headline and the byline (d129, 淮河晨刊)', () => {
    const input = corpus('d129')
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('省运会接待酒店周边整治须加快')
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '本报记者', names: ['刘晨'] })
    expectSource(input, issue)
  })

  it('a symbol font’s bullet copied as a letter (N本报记者 毛朝青 通讯员 宁化综)', () => {
    const issue = parseIssue(page('邮政车冒黑烟', 'N本报记者 毛朝青 通讯员 宁化综', LEAD))
    expect(toString(find(issue, 'headline'))).toBe('邮政车冒黑烟')
    const credits = find(issue, 'byline')!.children.filter((c) => c.type === 'credit')
    expect(credits.map((c) => (c as { names: string[] }).names)).toEqual([['毛朝青'], ['宁化综']])
  })

  it('must not fire: a sentence with a reporter in it, a letter glued to a word that is no credit', () => {
    const issue = parseIssue(page('市区新增两条公交线路', '据现场目击者介绍 本报记者 张三 赶到时火已扑灭。', 'K线图显示 本周股价上涨'))
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('heading lines and wide gaps', () => {
  it('a short title over lines that pause at commas: the headline, the lines its subheadlines', () => {
    const input = page('邮政车冒黑烟\n福州市邮政局车队长表示,今起停运乌贼车\n昨日下午,闽A04547经过二环福飞路口,冒着黑烟', LEAD)
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('邮政车冒黑烟')
    expect(findAll(issue, 'subheadline')).toHaveLength(2)
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('must not fire: a kicker that pauses over a short headline stays the kicker', () => {
    const issue = parseIssue(page('坚持人民至上，生命至上\n全力以赴抗洪抢险\n——记市应急管理局防汛工作', LEAD))
    expect(toString(find(issue, 'kicker'))).toBe('坚持人民至上，生命至上')
    expect(toString(find(issue, 'headline'))).toBe('全力以赴抗洪抢险')
  })

  it('a slogan two blank lines over the title is not its kicker (d131, 江淮时报)', () => {
    const input = corpus('d131')
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('蚌埠市政协委员绘出“卖瓜图”')
    expect(findAll(articles(issue)[0]!, 'kicker')).toEqual([])
  })

  it('paragraphs set apart by wide gaps stay in their story (d139, 南洋商报)', () => {
    const input = corpus('d139')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(issue.data.diagnostics.filter((d) => d.code === 'orphan-text')).toEqual([])
  })

  it('must not fire: after a wide gap, a new title opens a new story, and a signed story stays closed', () => {
    const input = page('市区新增两条公交线路', `${LEAD}（张晔）`, '\n全市开展安全生产大检查', '本报讯 今日，全市开展安全生产大检查。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    const after = parseIssue(page('市区新增两条公交线路', `${LEAD}（张晔）`, '\n会议要求，各部门抓好落实。'))
    expect(types(articles(after)[0])).toEqual(['headline', 'paragraph', 'signature'])
  })
})

describe('more furniture of the second held-out set', () => {
  it('menus of places, ">>" breadcrumbs, video links: chrome', () => {
    for (const line of ['长春 江城 四平 辽源 通化 白城 白山 松原 延边', '天气预报 北京 上海 广州 武汉 重庆 西安 福州 杭州', '当前位置首页 >> 新闻中心>>天水新闻>>要闻', '播放本新闻相关短片']) {
      expect(chromeOf(page('市区新增两条公交线路', LEAD, line)), line).toEqual([line])
    }
  })

  it('must not fire: a credit line of many short parts, a table row with bars', () => {
    expect(chromeOf(page('市区新增两条公交线路', LEAD, '记者 苏 凯 通讯员 宋超喜 摄影报道'))).toEqual([])
    expect(chromeOf(page('市区新增两条公交线路', LEAD, '收入 | 支出 | 结余 | 合计 | 备注 | 说明'))).toEqual([])
  })

  it('a paper’s imprint (国内统一刊号:CN64-0001 宁夏日报报业集团出版) is page furniture, and a credited text alone under it photo news of its own (d148)', () => {
    const input = corpus('d148')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['pageHeader', 'article'])
    expect(types(articles(issue)[0])).toEqual(['paragraph', 'signature'])
    expectSource(input, issue)
  })

  it('must not fire: a credited caption after a story is that story’s photo or the page’s, not photo news', () => {
    const issue = parseIssue(page('市区新增两条公交线路', LEAD, '\n市民在新开通的公交站台候车。（本报记者 裴云云 摄）'))
    expect(articles(issue)).toHaveLength(1)
  })

  it('fields between bars, a font label with no value (【字体:   2018-03-03 17:14:27   来源: 广西新闻网-当代生活报)', () => {
    for (const line of ['2019-11-05 09:16:02  |  来源:长春日报', '【字体:   2018-03-03 17:14:27   来源: 广西新闻网-当代生活报']) {
      expect(find(parseIssue(page(`万人闹元宵 南宁菠萝岭花灯会吸引游客\n${line}`, LEAD)), 'stamp'), line).toBeDefined()
    }
  })

  it('an e-paper folio with the date first (2021年10月27日 第05版:关注): the page header, with page, section and date', () => {
    const header = find(parseIssue(page('2021年10月27日 第05版:关注', '给环卫工人送上节日祝福', LEAD)), 'pageHeader')!
    expect(header).toMatchObject({ page: 5, section: '关注' })
    expect(header.date).toMatchObject({ year: 2021, month: 10, day: 27 })
  })

  it('a lettered page in lower case (第rb05版:美丽青城 文明花开 上一版 下一版), a hotline under the staff', () => {
    expect(find(parseIssue(page('第rb05版:美丽青城 文明花开 上一版 下一版', '市区新增两条公交线路', LEAD)), 'pageHeader')).toMatchObject({ page: 5 })
    expect(findAll(parseIssue(page('市区新增两条公交线路', LEAD, '热线:0431-81126178')), 'editorLine')).toHaveLength(1)
  })
})

describe('a site’s list of stories, and a photo report’s byline', () => {
  it('• before each title (an e-paper’s list, d146): interface, the title each story’s headline', () => {
    const input = corpus('d146')
    const issue = parseIssue(input)
    const headlines = findAll(issue, 'headline').map((h) => toString(h))
    expect(headlines[0]).toBe('送上一杯热水 为环卫工人提供歇脚地儿')
    expect(headlines.every((h) => !h.startsWith('•'))).toBe(true)
    expectSource(input, issue)
  })

  it('• 首页, a menu item that is a control: all of it interface', () => {
    expect(chromeOf(page('• 首页', '市区新增两条公交线路', LEAD))).toEqual(['• 首页'])
  })

  it('must not fire: a paper’s own bullets (● ■) stay in the title; a bullet before a sentence is text', () => {
    expect(toString(find(parseIssue(page('■ 市区新增两条公交线路', LEAD)), 'headline'))).toBe('■ 市区新增两条公交线路')
    expect(chromeOf(page('市区新增两条公交线路', LEAD, '• 线路开通后，将方便沿线市民出行。'))).toEqual([])
  })

  it('本报记者 李玲 摄影报道 over the text: the byline opening an untitled story (d149, 沧州晚报)', () => {
    const issue = parseIssue(corpus('d149'))
    expect(articles(issue)).toHaveLength(1)
    expect(types(articles(issue)[0])[0]).toBe('byline')
    expect(findAll(issue, 'caption')).toEqual([])
  })
})

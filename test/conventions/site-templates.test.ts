/**
 * What e-paper and news-site templates print around a story, as the eighth
 * held-out set showed it: the title block printed twice (the site's title
 * field, then the story's head), a lead set far under its title, a page
 * turner with the issue's page count, fields set as list items, glued
 * controls, greetings and dates of the template, a site's name over its
 * stamp, numbered photo captions behind a bullet, "read more" links, and
 * staff lines in round brackets. Each family where it fires and where it
 * must not.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Caption, Stamp } from '../../src/index'
import { articles, find, findAll } from '../helpers/tree'

const LEAD = '本报讯(记者 王小川)5月9日,全市春耕工作推进会召开,会议部署了今年的春耕生产。'
const headlines = (input: string) => findAll(parseIssue(input), 'headline').map((node) => toString(node))
const topTypes = (input: string) => parseIssue(input).children.map((node) => node.type)

describe('a title block printed twice', () => {
  it('the site’s title field over the story’s head: the copy over the text heads the story', () => {
    const text = `上一篇 下一篇\n春耕工作推进会召开\n全市部署春耕生产\n\n    春耕工作推进会召开\n\n    全市部署春耕生产\n\n    ${LEAD}`
    const issue = parseIssue(text)
    expect(articles(issue)).toHaveLength(1)
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
    expect(findAll(issue, 'subheadline').map((node) => toString(node))).toEqual(['全市部署春耕生产'])
  })

  it('one title twice, the lead far under it: one story', () => {
    const text = `春耕工作推进会召开\n春耕工作推进会召开\n\n\n  ${LEAD}`
    const issue = parseIssue(text)
    expect(articles(issue)).toHaveLength(1)
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
    expect(find(articles(issue)[0]!, 'dateline')).toBeDefined()
  })

  it('the site’s one-line title over the print copy broken over two lines: one headline, both lines', () => {
    const text = `我市开建保障房 居副省级城市之首\n发布时间:2012年03月03日 01:37 | 来源:汉网-武汉晚报\n更多 今日话题\n\n  我市开建保障房\n\n  居副省级城市之首\n\n  今年将有5.7万套保障房竣工\n\n  ${LEAD}`
    const issue = parseIssue(text)
    expect(articles(issue)).toHaveLength(1)
    expect(headlines(text)).toEqual(['我市开建保障房\n\n  居副省级城市之首'])
    expect(findAll(issue, 'subheadline').map((node) => toString(node))).toEqual(['今年将有5.7万套保障房竣工'])
  })

  it('a run printed twice with another title under the copy is the site’s tags, both times', () => {
    const text = `发布: 4:09pm 07/02/2022\n\n刘志俍\n\n东圭纳\n\n交通灯\n\n刘志俍\n\n东圭纳\n\n交通灯\n\n东圭纳路口交通灯旁柱子疑被撞\n\n(马六甲7日讯)东圭纳及王金辉路十字路口交通灯旁柱子疑是被撞。`
    expect(headlines(text)).toEqual(['东圭纳路口交通灯旁柱子疑被撞'])
    expect(findAll(parseIssue(text), 'chrome')).toHaveLength(6)
  })

  it('must not fire: two lines under a title that do not spell it are its print head', () => {
    const text = `我市开建保障房\n\n  全年开工十二万套\n\n  居副省级城市之首\n\n  ${LEAD}`
    expect(headlines(text)).toEqual(['全年开工十二万套'])
  })

  it('must not fire: two stories under the same title, text between them', () => {
    const text = `简讯\n${LEAD}\n\n简讯\n本报讯 5月10日,全市夏粮收购工作会议召开。`
    expect(headlines(text)).toEqual(['简讯', '简讯'])
  })

  it('the page’s first title owns the text under it across a wide gap (第A1版:要闻 / 沙颍河上运输忙 / ⏎⏎ / 连日来,…)', () => {
    const text = `第A1版:要闻\n\n沙颍河上运输忙\n\n\n  连日来,我市沙颍河水上运输呈现一派繁忙景象。`
    const issue = parseIssue(text)
    expect(articles(issue)).toHaveLength(1)
    expect(headlines(text)).toEqual(['沙颍河上运输忙'])
    expect(find(articles(issue)[0]!, 'paragraph')).toBeDefined()
  })

  it('must not fire: after another story, a wide gap before plain text still parts a title from it', () => {
    const text = `春耕工作推进会召开\n${LEAD}\n\n\n夏粮收购\n\n\n会议部署了今年的夏粮收购,要求各地抓紧抓实。`
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
  })

  it('must not fire: a slogan over a wide gap is not the title of the story under it', () => {
    const text = `看家乡事,品故乡情\n\n\n春耕工作推进会召开\n${LEAD}`
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
  })
})

describe('the template’s lines around the title', () => {
  it.each([
    ['下一版»本期共4版(1-2-3-4)'],
    ['您好!今天是'],
    ['設為主頁收藏本頁'],
    ['设为首页加入收藏'],
    ['RSS'],
    ['今日导读'],
    ['微博'],
    ['Qzone'],
  ])('%s is interface', (line) => {
    const text = `${line}\n春耕工作推进会召开\n${LEAD}`
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
    expect(find(parseIssue(text), 'kicker')).toBeUndefined()
    expect(topTypes(text)[0]).toBe('chrome')
  })

  it('must not fire: glued words that are not all controls (设为首页面板), a page count in a sentence', () => {
    expect(topTypes(`设为首页面板\n春耕工作推进会召开\n${LEAD}`)[0]).not.toBe('chrome')
    const text = `春耕工作推进会召开\n${LEAD}\n\n下一版面将刊发本期共4版的目录,敬请关注。`
    expect(findAll(parseIssue(text), 'paragraph').map((node) => toString(node))).toContain('下一版面将刊发本期共4版的目录,敬请关注。')
  })

  it.each([
    ['当前报章2022年03月03日', { year: 2022, month: 3, day: 3 }],
    ['青岛新闻网 2006-01-01 14:22:57', { year: 2006, month: 1, day: 1 }],
    ['2021年05月12日09:19', { year: 2021, month: 5, day: 12 }],
    ['- 发布日期:2021-12-28 10:22:57', { year: 2021, month: 12, day: 28 }],
    ['2024/11/01/ 08:32 来源:兰州新区报', { year: 2024, month: 11, day: 1 }],
  ])('%s is a stamp with its date', (line, date) => {
    const stamp = find(parseIssue(`春耕工作推进会召开\n${line}\n${LEAD}`), 'stamp') as Stamp
    expect(stamp.date).toMatchObject(date)
  })

  it('a stamp’s fields may set their colons apart (发布日期 : 2023-10-24 09:26:09 文章来源 : 潮州日报)', () => {
    const stamp = find(parseIssue(`春耕工作推进会召开\n发布日期 : 2023-10-24 09:26:09 文章来源 : 潮州日报\n${LEAD}`), 'stamp') as Stamp
    expect(stamp.date).toMatchObject({ year: 2023, month: 10, day: 24 })
    expect(findAll(parseIssue(`春耕工作推进会召开\n发布日期 : 2023-10-24 09:26:09 文章来源 : 潮州日报\n${LEAD}`), 'subheadline')).toEqual([])
  })

  it('a site’s legal lines are interface (中国互联网违法和不良信息举报中心:www.12377.cn, 鄂ICP备06002096号-1)', () => {
    const text = `春耕工作推进会召开\n${LEAD}\n\n中国互联网违法和不良信息举报中心:www.12377.cn\n鄂ICP备06002096号-1`
    expect(parseIssue(text).children.slice(-2).map((node) => node.type)).toEqual(['chrome', 'chrome'])
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
  })

  it('a date and time with the site’s fields after it, bracketed or not, is a stamp; an author field after two spaces its byline', () => {
    const bracketed = find(parseIssue(`种蔬菜 助脱贫\n2017-09-07 08:26:36 [来源:湖南日报] [责编:廖慧文] 字体:\n${LEAD}`), 'stamp') as Stamp
    expect(bracketed.date).toMatchObject({ year: 2017, month: 9, day: 7 })
    const issue = parseIssue(`嫩江出现冰排\n2009-11-03 09:45:23 来源:东北网-鹤城晚报  作者:孟繁宇\n${LEAD}`)
    expect((find(issue, 'stamp') as Stamp).date).toMatchObject({ year: 2009, month: 11, day: 3 })
    expect(findAll(find(issue, 'byline')!, 'credit').map((credit) => credit.names)).toEqual([['孟繁宇']])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('an outlet’s app with month, day and time, no year (春城晚报-开屏新闻 05-21 08:29:48), is a stamp; a breadcrumb set apart by spaces is interface', () => {
    const issue = parseIssue(`首页 昆明 正文\n春耕工作推进会召开\n春城晚报-开屏新闻    05-21 08:29:48\n${LEAD}`)
    expect(issue.children[0]!.type).toBe('chrome')
    const stamp = find(issue, 'stamp') as Stamp
    expect(stamp.date).toMatchObject({ month: 5, day: 21 })
    expect(stamp.date.year).toBeUndefined()
  })

  it('an image’s file name left in the text is interface, and the story goes on under it', () => {
    const text = `春耕工作推进会召开\n${LEAD}\n\n现场照片2 - 副本.png\n\n会议要求各地抓紧抓实春耕生产。(记者 王小川)`
    const issue = parseIssue(text)
    expect(articles(issue)).toHaveLength(1)
    expect(find(articles(issue)[0]!, 'chrome') && toString(find(articles(issue)[0]!, 'chrome')!)).toBe('现场照片2 - 副本.png')
  })

  it('a control set one character at a time (搜 索) is interface', () => {
    expect(parseIssue(`搜 索\n春耕工作推进会召开\n${LEAD}`).children[0]!.type).toBe('chrome')
  })

  it('must not fire: a column label set apart the same way (短    评) stays a heading line', () => {
    expect(find(parseIssue(`短    评\n点亮城市夜色正逢时\n${LEAD}`), 'chrome')).toBeUndefined()
  })

  it('记者核实, 记者手记 under the text are a section’s label, not a byline; 记者王丽 is a byline', () => {
    const text = `春耕工作推进会召开\n${LEAD}\n记者核实\n日前,记者来到现场核实了有关情况。`
    expect(find(parseIssue(text), 'byline')).toBeUndefined()
    const credited = parseIssue(`春耕工作推进会召开\n记者王丽\n${LEAD}`)
    expect(findAll(find(credited, 'byline')!, 'credit').map((credit) => credit.names)).toEqual([['王丽']])
  })

  it('must not fire: a date without its time is not a stamp (2021年05月12日)', () => {
    expect(find(parseIssue(`春耕工作推进会召开\n2021年05月12日\n${LEAD}`), 'stamp')).toBeUndefined()
  })

  it('a source field as a list item (- 消息来源:丹东日报社) is a source note', () => {
    const note = find(parseIssue(`春耕工作推进会召开\n- 消息来源:丹东日报社\n${LEAD}`), 'sourceNote')
    expect(note && toString(note)).toBe('- 消息来源:丹东日报社')
  })
})

describe('a title its stamp closed, the site’s lines under it', () => {
  const PAGE = `夏夜随民警值守街头\nwww.zjol.com.cn\n2005年07月11日 09:53:25\n浙江在线新闻网站\n七八个醉汉闹事\n-时间:晚7时30分\n-地点:利星购物广场附近\n昨晚7时30分,记者随湖滨派出所110巡逻车从浣纱路出发。`

  it('the site’s address and name are interface, and the line under them the title’s subheadline', () => {
    const issue = parseIssue(PAGE)
    expect(articles(issue)).toHaveLength(1)
    expect(headlines(PAGE)).toEqual(['夏夜随民警值守街头'])
    expect(findAll(issue, 'subheadline').map((node) => toString(node))).toEqual(['七八个醉汉闹事'])
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['www.zjol.com.cn', '浙江在线新闻网站'])
  })

  it('a scene’s fields (-时间:晚7时30分, 地点:…) are text of the story, not heading lines', () => {
    const paragraphs = findAll(parseIssue(PAGE), 'paragraph').map((node) => toString(node))
    expect(paragraphs.slice(0, 2)).toEqual(['-时间:晚7时30分', '-地点:利星购物广场附近'])
  })

  it('must not fire: without a stamp, navigation between two titles still parts them (the titles above were an index)', () => {
    const text = `春耕工作推进会召开\n返回首页 | 标题导航\n夏粮收购工作启动\n${LEAD}`
    expect(headlines(text)).toEqual(['夏粮收购工作启动'])
  })
})

describe('bylines and imprints of e-paper pages', () => {
  it('◎ 川江都市报实习记者 李佑天羽 / 摄影报道: a byline behind ◎, its last words wrapped to the next line', () => {
    const text = `横躺公共座椅不雅观\n◎ 川江都市报实习记者 李佑天羽\n摄影报道\n近日,泸州天气转热,公园成了市民歇凉的好去处。`
    const issue = parseIssue(text)
    const byline = find(issue, 'byline')!
    expect(toString(byline)).toBe('◎ 川江都市报实习记者 李佑天羽\n摄影报道')
    expect(findAll(byline, 'credit').map((credit) => credit.names)).toEqual([['李佑天羽']])
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it('must not fire: 报道 opening a paragraph under a byline is text', () => {
    const text = `横躺公共座椅不雅观\n◎ 本报记者 李佑天羽\n报道称,公园成了市民歇凉的好去处。`
    expect(findAll(parseIssue(text), 'paragraph').map((node) => toString(node))).toEqual(['报道称,公园成了市民歇凉的好去处。'])
  })

  it('an imprint with its owner and publisher first is page furniture', () => {
    const text = `中共昌吉回族自治州委员会主管主办 昌吉日报社出版 国内统一刊号:CN65-0010\n春耕工作推进会召开\n${LEAD}`
    expect(parseIssue(text).children[0]!.type).toBe('pageHeader')
    expect(headlines(text)).toEqual(['春耕工作推进会召开'])
  })
})

describe('numbered captions, read-more links, staff lines in round brackets', () => {
  it('●图①;挖土工程挖到… is a caption, and the byline under it is the story’s', () => {
    const text = `晚清文物出土\n\n●图①;挖土工程挖到中国古代文物,工人将文物交给博物院。图②;这些文物属晚清时代。\n\n■陈兆良报导\n\n(本报古晋6日讯)挖沟挖到宝!超过百年历史的文物随着挖沟工程出土!`
    const issue = parseIssue(text)
    expect(toString(find(issue, 'caption') as Caption)).toMatch(/^●图①/)
    expect(findAll(find(issue, 'byline')!, 'credit').map((credit) => credit.names)).toEqual([['陈兆良']])
    expect(find(issue, 'signature')).toBeUndefined()
  })

  it('must not fire: a sentence that names a figure (图1显示,…)', () => {
    expect(find(parseIssue(`春耕工作推进会召开\n${LEAD}\n图1显示,今年的播种面积比去年增加了一成。`), 'caption')).toBeUndefined()
  })

  it.each([['Read more...'], ['阅读更多'], ['查看全文>>']])('%s between teasers is interface', (link) => {
    const text = `春耕工作推进会召开\n\n${LEAD}\n\n${link}\n\n夏粮收购工作启动\n\n本报讯 5月10日,全市夏粮收购工作会议召开。`
    expect(headlines(text)).toEqual(['春耕工作推进会召开', '夏粮收购工作启动'])
  })

  it('(责编:王思迪、王艳) after a photo story is a staff line', () => {
    const text = `绿化工程加紧推进\n\n来源:牡丹江日报\n\n5月11日,园林工人们正在种植绿化树木。(记者 刘鑫 摄)\n\n(责编:王思迪、王艳)`
    const line = find(parseIssue(text), 'editorLine')
    expect(line && findAll(line, 'credit').map((credit) => [credit.role, credit.names])).toEqual([['责编', ['王思迪', '王艳']]])
  })

  it('must not fire: (记者 王心 通讯员 叁科) closing a story is its signature', () => {
    const issue = parseIssue(`春耕工作推进会召开\n${LEAD}\n(记者 王心 通讯员 叁科)`)
    expect(find(issue, 'signature')).toBeDefined()
    expect(find(issue, 'editorLine')).toBeUndefined()
  })
})

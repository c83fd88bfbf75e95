/**
 * What sites and e-paper readers print around a story's title, as the
 * eleventh and twelfth held-out sets showed it, tested where each fires and
 * where it must not:
 *   • 司警昨再破跨境運毒 拘機場入境馬籍男子 … over the same title in three lines   one headline
 *   石河子日报 新闻 时间:2025年05月30日 来源:石河子日报 · 南川日报2018-10-19 09:43   stamps
 *   开封在线 over its stamp · 来源: left empty                                       the site's
 *   上一版/ 02 版:综合新闻 /下一版 查看本版大图                                       a page header
 *   本版导航 各版导航 视觉导航 标题导航 以往报纸 · 3    4 · PDF 版 · ****处理标记      interface
 *   上游新闻 / 更多的资讯等着你... / 立即下载                                        an app's banner
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { PageHeader } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

const LEAD = '本报讯（记者 王小川）5月9日，全市春耕工作推进会召开，会议部署了今年的春耕生产。'
const headlineOf = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return findAll(issue, 'headline').map((node) => toString(node).replace(/\s+/g, ' '))
}
const chromeOf = (input: string) => findAll(parseIssue(input), 'chrome').map((node) => toString(node))

describe('a title listed whole, then printed broken over its lines', () => {
  it('• 司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花 over its three lines: one headline, the list entry interface', () => {
    const input = page('  • 司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花', '司警昨再破跨境運毒', '拘機場入境馬籍男子', '檢九點四公斤大麻花', '【本報訊】司警昨日再在澳門國際機場拘捕一名馬來西亞男子。')
    expect(headlineOf(input)).toEqual(['司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花'])
    expect(findAll(parseIssue(input), 'kicker')).toEqual([])
    expect(findAll(parseIssue(input), 'subheadline')).toEqual([])
  })

  it('must not fire: three heading lines the entry does not spell are a kicker, a headline and a subheadline', () => {
    const input = page('  • 全市春耕工作推进会召开', '春耕备耕正当时', '全市春耕工作推进会召开', '部署今年春耕生产', LEAD)
    expect(findAll(parseIssue(input), 'subheadline').map((n) => toString(n))).toEqual(['部署今年春耕生产'])
  })
})

describe('stamps of papers’ sites', () => {
  it.each([
    ['石河子日报 新闻    时间:2025年05月30日    来源:石河子日报', 2025, 5, 30],
    ['南川日报2018-10-19 09:43', 2018, 10, 19],
  ])('%s is the stamp under the title', (line, year, month, day) => {
    const issue = parseIssue(`全市春耕工作推进会召开\n${line}\n${LEAD}`)
    const stamp = find(issue, 'stamp')
    expect(stamp?.date).toMatchObject({ year, month, day })
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['全市春耕工作推进会召开'])
  })

  it('must not fire: a paper’s name and a word with no date is a title', () => {
    expect(find(parseIssue(`全市春耕工作推进会召开\n今日头条 新闻\n${LEAD}`), 'stamp')).toBeUndefined()
  })

  it('开封在线 over its stamp, 来源: left empty beside it: the site’s, not the title’s', () => {
    const input = `污水外溢一周多 居民生活受影响\n开封在线\n2018-12-31 18:56\n来源:\n责任编辑:网络抓取\n\n${LEAD}`
    expect(headlineOf(input)).toEqual(['污水外溢一周多 居民生活受影响'])
    // (责任编辑:网络抓取 names no one: the site's too.)
    expect(chromeOf(input)).toEqual(['开封在线', '来源:', '责任编辑:网络抓取'])
  })

  it('must not fire: a site’s name set apart from the stamp; 作者: over its value', () => {
    expect(chromeOf(`污水外溢一周多 居民生活受影响\n开封在线\n\n2018-12-31 18:56\n\n${LEAD}`)).not.toContain('开封在线')
    expect(chromeOf(`全市春耕工作推进会召开\n作者:\n夏凡\n${LEAD}`)).toEqual([])
  })
})

describe('an e-paper reader’s lines', () => {
  it('上一版/ 02 版:综合新闻 /下一版  查看本版大图: the page header, page 2', () => {
    const header = find(parseIssue(`上一版/ 02 版:综合新闻 /下一版  查看本版大图\n全市春耕工作推进会召开\n${LEAD}`), 'pageHeader') as PageHeader
    expect(header.page).toBe(2)
  })

  it.each(['本版导航 各版导航 视觉导航 标题导航 以往报纸', '3    4', 'PDF 版', '上一期 下一期 本版上一期 本版下一期 日历', '3上一篇:****处理标记:[Article]时,数据源为空。 ****'])(
    '%s is interface',
    (line) => {
      expect(chromeOf(`${line}\n全市春耕工作推进会召开\n${LEAD}`)).toEqual([line])
    },
  )

  it('must not fire: words that merely end in 导航 in a sentence, a headline naming a page', () => {
    expect(chromeOf(`全市春耕工作推进会召开\n本报讯 卫星导航系统助力春耕，农机手们忙着下地。`)).toEqual([])
    expect(chromeOf(`第3期培训班第2版教材印发\n${LEAD}`)).toEqual([])
  })
})

describe('an app’s banner at the top of the page', () => {
  it('上游新闻 / 更多的资讯等着你... / 立即下载 / 汇聚向上的力量 / 立即下载: interface, the title under it the headline', () => {
    const input = page('上游新闻\n更多的资讯等着你...\n立即下载\n上游新闻', '汇聚向上的力量', '立即下载', '草坪护栏被损 市民盼修缮', LEAD)
    expect(chromeOf(input)).toEqual(['上游新闻', '更多的资讯等着你...', '立即下载', '上游新闻', '汇聚向上的力量', '立即下载'])
    expect(headlineOf(input)).toEqual(['草坪护栏被损 市民盼修缮'])
  })

  it('must not fire: a button’s word after the story’s text has begun is the story’s', () => {
    const input = page('全市推广政务服务平台', LEAD, '立即下载', '市民扫码即可下载使用，办事更加方便。')
    expect(chromeOf(input)).toEqual([])
    expect(articles(parseIssue(input))).toHaveLength(1)
  })
})

describe('a site’s fields with a full date among them: its stamp', () => {
  it.each([
    ['2014-10-15 7:49:00  来源:阳光网—阳光报  进入论坛', 2014, 10, 15],
    ['达孜区人民网站:dzq.lasa.gov.cn    2020年10月26日    访问量:    来源:拉萨日报', 2020, 10, 26],
  ])('%s', (line, year, month, day) => {
    const issue = parseIssue(`全市春耕工作推进会召开\n${line}\n${LEAD}`)
    expect(find(issue, 'stamp')?.date).toMatchObject({ year, month, day })
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it.each([
    ['(图片来源:2002年1月1日《工商时报》)', 'a photo’s source note'],
    ['来源:新华社 2020年5月9日,全市春耕工作推进会召开。', 'a sentence'],
  ])('must not fire: %s (%s)', (line) => {
    expect(find(parseIssue(`全市春耕工作推进会召开\n${line}\n${LEAD}`), 'stamp')).toBeUndefined()
  })
})

describe('more of a site’s lines around the story', () => {
  it.each([
    '(原标题:邀请你来呼伦贝尔的N个理由⑥丨“神奇动物”在哪里?藏不住啦!)',
    'http://ms.enorth.com.cn/zmljl/~~~',
    '~~~',
    '首页>',
    '[!--empirenews.page--]',
  ])('%s is interface', (line) => {
    expect(chromeOf(`${line}\n全市春耕工作推进会召开\n${LEAD}`)).toEqual([line])
  })

  it('must not fire: a sentence naming a site’s address, a tilde in a sentence', () => {
    expect(chromeOf(`全市春耕工作推进会召开\n${LEAD}\n详情请登录www.xzrb.com查询。`)).toEqual([])
    expect(chromeOf(`全市春耕工作推进会召开\n${LEAD}\n活动时间为5月9日~5月12日。`)).toEqual([])
  })
})

describe('a title with its writer glued on after a bullet', () => {
  it('见证惠州30年变迁□郭浩杰: the headline, then the byline', () => {
    const input = `见证惠州30年变迁□郭浩杰\n\n惠州日报 2020-10-25 08:27\n\n${LEAD}`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['见证惠州30年变迁'])
    expect(findAll(issue, 'byline').flatMap((b) => findAll(b, 'credit').map((c) => c.names))).toEqual([['郭浩杰']])
  })

  it('地标性建筑展风采■特约摄影记者 胡华余 摄: the headline, then the photographer’s credit as its byline', () => {
    const issue = parseIssue(`地标性建筑展风采■特约摄影记者 胡华余 摄\n\n${LEAD}`)
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['地标性建筑展风采'])
    expect(findAll(issue, 'caption')).toEqual([])
  })

  it('must not fire: a bulleted caption, a bullet before words that are no name', () => {
    expect(findAll(parseIssue(`全市春耕工作推进会召开\n${LEAD}\n■深圳富源学校门口。图为学校大门`), 'byline')).toEqual([])
    expect(findAll(parseIssue(`春耕备耕正当时□全市上下齐动员\n${LEAD}`), 'byline')).toEqual([])
  })
})

describe('a writer’s name alone under a title', () => {
  it('那岁月,不只因为怀念而美好 / 汪肯堂 / text: the headline, then a byline with no role', () => {
    const input = `那岁月,不只因为怀念而美好\n\n汪肯堂\n\n若现在有人问我曾经的职业，我会毫不犹豫地回答：我曾经是新闻工作者。`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['那岁月,不只因为怀念而美好'])
    expect(findAll(issue, 'credit').map((c) => [c.role, c.names])).toEqual([[undefined, ['汪肯堂']]])
  })

  it('must not fire: a label’s value (编辑: / 施袭森, 责任编辑 / 陈雪晔), words that are no name', () => {
    expect(findAll(parseIssue(`全市春耕工作推进会召开\n编辑:\n施袭森\n${LEAD}`), 'byline')).toEqual([])
    expect(findAll(parseIssue(`全市春耕工作推进会召开\n责任编辑\n陈雪晔\n${LEAD}`), 'byline')).toEqual([])
    expect(findAll(parseIssue(`春耕备耕正当时\n以上\n${LEAD}`), 'byline')).toEqual([])
  })
})

describe('a site’s fields glued together, the date among them', () => {
  it('编辑:吴沁彤2023-11-21 09:13内容来源:深圳商报 is the stamp under the title', () => {
    const issue = parseIssue(`全市春耕工作推进会召开\n\n编辑:吴沁彤2023-11-21 09:13内容来源:深圳商报\n\n${LEAD}`)
    expect(find(issue, 'stamp')?.date).toMatchObject({ year: 2023, month: 11, day: 21 })
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['全市春耕工作推进会召开'])
  })
})

describe('the twelfth held-out set’s lines', () => {
  it('(下转A3版): a jump line to a lettered page, not a new story’s title', () => {
    const issue = parseIssue(`全市春耕工作推进会召开\n${LEAD}\n(下转A3版)`)
    expect(find(issue, 'jumpLine')).toMatchObject({ direction: 'to', page: 3 })
    expect(articles(issue)).toHaveLength(1)
  })

  it('two writers named alone under the title (吕子娟 邓浩然): one byline with both', () => {
    const issue = parseIssue(`小区幼儿园拆迁后 空地成了停车场\n吕子娟 邓浩然\n${LEAD}`)
    expect(findAll(issue, 'byline').flatMap((b) => findAll(b, 'credit').map((c) => c.names))).toEqual([['吕子娟', '邓浩然']])
  })

  it.each([
    ['第一版 下一版 >', 'pageHeader'],
    ['返回版面 版面导航', 'chrome'],
    ['今天是:2025年01月10日 星期五', 'chrome'],
  ])('%s over the title is the page’s %s', (line, type) => {
    const issue = parseIssue(`${line}\n全市春耕工作推进会召开\n${LEAD}`)
    expect(issue.children[0]!.type).toBe(type)
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('must not fire: a sentence opening with 今天是 is text', () => {
    expect(chromeOf(`全市春耕工作推进会召开\n${LEAD}\n今天是全市春耕的第一天，农机手们早早下地。`)).toEqual([])
  })
})

describe('a site’s desks in its fields, and its share button', () => {
  it('作者: 来源:大庆网 频道主编:左远红: a staff line, the channel’s editor its credit', () => {
    const issue = parseIssue(`瀚城国际公交站点宣传栏被砸\n作者:    来源:大庆网    频道主编:左远红\n${LEAD}`)
    expect(findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').map((c) => [c.role, c.names]))).toEqual([['频道主编', ['左远红']]])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('分享至 under the title is the share button', () => {
    expect(chromeOf(`全市春耕工作推进会召开\n分享至\n${LEAD}`)).toEqual(['分享至'])
  })

  it('must not fire: a sentence naming an editor in chief is text', () => {
    expect(findAll(parseIssue(`全市春耕工作推进会召开\n${LEAD}\n报社主编:要把春耕报道做深做透，记者们纷纷下乡。`), 'editorLine')).toEqual([])
  })
})

describe('where this release’s site rules must not fire (the review’s cases)', () => {
  it('a title that opens with 今天是 is a title', () => {
    expect(headlineOf(`今天是个好日子\n${LEAD}`)).toEqual(['今天是个好日子'])
  })

  it('a headline ending in 报 over its stamp stays the headline', () => {
    expect(headlineOf(`我市发布一季度经济通报\n2021-03-24 07:17\n${LEAD}`)).toEqual(['我市发布一季度经济通报'])
  })

  it('a line of fields with two dates: the stamp is the first, as printed', () => {
    const line = '发布:2020-10-26 访问量:12 来源:拉萨日报 更新:2020-11-03'
    const input = `全市春耕工作推进会召开\n${line}\n${LEAD}`
    const stamp = find(parseIssue(input), 'stamp')!
    expect(stamp.date).toMatchObject({ year: 2020, month: 10, day: 26 })
  })
})

describe('a site’s furniture over the title it serves (the corpus’ web pages, 阳泉新闻网 · 兴安日报 · 潜江同城网 · 新江南网)', () => {
  const STAMP = '发布日期:2023-03-25 06:06'
  it.each([
    ['首页 头条新闻 热点专题 综合要闻 日报 晚报 评论 文苑 交通 摄影 看乡村 专版 市场'],
    ['首页 新闻频道 要闻'],
    ['阳泉新闻网 >> 市场整版'],
    ['某某新闻网 » 本地新闻'],
    ['潜江同城网潜江免费信息服务平台'],
    ['《新江南网》江南第一门户网站!'],
  ])('%s over the title and its stamp is the site’s: the title stands alone', (line) => {
    const input = `${line}\n奏响巩卫最强音 刷出城市新颜值\n${STAMP}\n${LEAD}`
    expect(headlineOf(input)).toEqual(['奏响巩卫最强音 刷出城市新颜值'])
    expect(chromeOf(input)).toContain(line)
    expect(findAll(parseIssue(input), 'kicker')).toEqual([])
  })

  it.each([
    // a channel named like a role does not make a menu a credit, but a credit is no menu
    ['记者 苏 凯 通讯员 宋超喜 摄影报道'],
    // a title that ends in a platform the story is about
    ['打造智慧城市网络信息服务平台'],
    ['织密民生保障网 打造服务平台'],
    // a title with an arrow in it
    ['从电商网→实体店 青年创业路'],
  ])('must not fire: %s is no site furniture', (line) => {
    expect(chromeOf(`${line}\n奏响巩卫最强音 刷出城市新颜值\n${STAMP}\n${LEAD}`)).not.toContain(line)
  })
})

describe('a hosted issue’s title: the paper’s name in title marks and the issue’s date (d373, d462)', () => {
  it.each([['《娄底广播电视报》2024.6.6'], ['《德州晚报》在线“悦”读 | 2024年1月31日'], ['《某某日报》2024-01-31']])('%s is the issue’s, not a story’s title', (line) => {
    const input = `${line}\n\n全市春耕工作推进会召开\n${LEAD}`
    expect(chromeOf(input)).toEqual([line])
    expect(headlineOf(input)).toEqual(['全市春耕工作推进会召开'])
  })

  it.each([
    // a title that cites a paper and a date in words
    ['《人民日报》刊文点赞我市春耕 2024年1月31日召开推进会'],
    // a book, not a paper
    ['《平凡的世界》2024.6.6'],
  ])('must not fire: %s', (line) => {
    expect(chromeOf(`${line}\n${LEAD}`)).not.toContain(line)
  })
})

describe('a web copy’s title over its stamp, and the stamp with the story’s channel (青年报, d320)', () => {
  const TITLE = '两会青声|“青年发展型城市”连续三年写进政府工作报告,市人大代表邬斌:“青年人有未来,城市才有未来”'
  const BYLINE = '青年报·青春上海记者 范彦萍/文 施培琦/图'
  const BODY = '“现场聆听了龚正市长所作的政府工作报告,体会颇深,非常振奋。”'

  it.each([['2025-01-15 青年'], ['2025-01-15 10:20 要闻']])('%s under the title is its stamp, the channel with it', (stamp) => {
    const input = `${TITLE}\n${stamp}\n\n${BYLINE}\n\n${BODY}`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(toString(find(issue, 'stamp')!)).toBe(stamp)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2025, month: 1, day: 15 })
    expect(headlineOf(input)).toEqual([TITLE])
  })

  it('the paper and its app before the role, joined by a middle dot, are the credit’s affiliation', () => {
    const credits = findAll(parseIssue(`${TITLE}\n2025-01-15 青年\n\n${BYLINE}\n\n${BODY}`), 'credit').map((c) => [c.affiliation, c.role, c.names])
    expect(credits).toEqual([['青年报·青春上海', '青年报·青春上海记者', ['范彦萍']], [undefined, '图', ['施培琦']]])
  })

  it('under the site’s labelled fields, the date again with its outlets joined by a hyphen (2014-11-10  中国徐州网-徐州日报): a second stamp, no subheadline', () => {
    const input = ['第十一届读者节现场活动侧记', '2014-11-10  来源:中国徐州网-徐州日报  编辑:', '2014-11-10  中国徐州网-徐州日报', LEAD].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'stamp').map((node) => toString(node))).toEqual(['2014-11-10  来源:中国徐州网-徐州日报  编辑:', '2014-11-10  中国徐州网-徐州日报'])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('must not fire: under the site’s fields, a date and a word that names no outlet (2023-11-08 开工) is no stamp', () => {
    const input = ['我市重点水利工程投入运行', '2023-05-10 来源:本报 编辑:', '2023-11-08 开工', LEAD].join('\n')
    expect(findAll(parseIssue(input), 'stamp').map((node) => toString(node))).toEqual(['2023-05-10 来源:本报 编辑:'])
  })

  it('must not fire: a weekday after the date makes the issue’s date line, not a stamp', () => {
    expect(find(parseIssue(`全市春耕工作推进会召开\n2025-01-15 星期三\n${LEAD}`), 'stamp')).toBeUndefined()
  })

  it('must not fire: a sentence over a stamp at the page’s top is text, not a title', () => {
    const input = `全市春耕工作推进会今天召开。\n2025-01-15 10:20 要闻\n${LEAD}`
    expect(headlineOf(input)).not.toContain('全市春耕工作推进会今天召开。')
  })

  it('must not fire: a line under the story’s text, over a stamp, stays the story’s', () => {
    const input = `全市春耕工作推进会召开\n${LEAD}\n会议还部署了防汛工作,要求各地做好准备\n2025-01-15 10:20 要闻`
    expect(headlineOf(input)).toEqual(['全市春耕工作推进会召开'])
  })
})

describe('an e-paper’s list of the page’s titles under 标题导航, and the story’s title printed again under it (京江晚报, d497)', () => {
  const INDEX = ['标题导航', '太嚣张!', '真缺德!', '非法改装三轮车被查,', '他竟抡锤砸伤民警', '滨水路展牌', '一晚被敲坏约20个']
  const CONTROLS = ['返回主页 | 版面导航 | 标题导航', '2013年10月15日 星期', '3 上一篇  ', '放大 缩小 默认']
  const STORY = ['滨水路展牌', '一晚被敲坏约20个', '观景桥上还有情侣刻下的山盟海誓', '', '  本报讯  滨江风光带建成以来,成为市民休息娱乐的好去处。']
  const input = [...INDEX, ' ', ...CONTROLS, ...STORY].join('\n')

  it('the list is interface: the one story is the one under the controls', () => {
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue)).toHaveLength(1)
    for (const entry of INDEX) expect(chromeOf(input)).toContain(entry)
  })

  it('the title printed in the list and again over its subtitle is the story’s heading group, not tags', () => {
    const kinds = articles(parseIssue(input))[0]!.children.filter((n) => ['kicker', 'headline', 'subheadline'].includes(n.type)).map((n) => toString(n))
    expect(kinds).toEqual(['滨水路展牌', '一晚被敲坏约20个', '观景桥上还有情侣刻下的山盟海誓'])
  })

  it('must not fire: one line under the label, then the story, is the story’s title', () => {
    const one = ['标题导航', '全市春耕工作推进会召开', LEAD].join('\n')
    expect(headlineOf(one)).toEqual(['全市春耕工作推进会召开'])
  })

  it('must not fire: lines under the label that run into the story’s lead are its heading group', () => {
    const run = ['标题导航', '春耕备耕正当时', '全市春耕工作推进会召开', LEAD].join('\n')
    expect(chromeOf(run)).toEqual(['标题导航'])
    expect(headlineOf(run)).toEqual(['春耕备耕正当时'])
  })
})

describe('more of a site’s furniture over its title (承德新闻网, d499)', () => {
  it.each([['承德市新闻>>头条新闻'], ['进入移动版,省流量,体验好'], ['切换到手机版']])('%s is interface', (line) => {
    const input = `${line}\n全市春耕工作推进会召开\n发布时间:2017-08-17 09:16\n${LEAD}`
    expect(chromeOf(input)).toContain(line)
    expect(headlineOf(input)).toEqual(['全市春耕工作推进会召开'])
  })

  it('must not fire: a title about going mobile is a title', () => {
    expect(chromeOf(`进入移动版政务服务新时代 群众办事更便捷\n${LEAD}`)).toEqual([])
  })
})

describe('a stamp of the date, its time and the outlet, however set (广西日报 d427, 忻州日报 d469)', () => {
  it.each([
    ['A-A+2014年2月3日00:40广西日报评论', 2014, 2, 3],
    ['2014年2月3日00:40广西日报评论', 2014, 2, 3],
    ['2024年06月26日 10时19分   忻州日报', 2024, 6, 26],
  ])('%s under the title is its stamp', (line, year, month, day) => {
    const input = `梧州:春节新园新景人如潮\n${line}\n\n${LEAD}`
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'stamp')?.date).toMatchObject({ year, month, day })
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('a writer’s name alone under the stamp is the byline', () => {
    const issue = parseIssue(`《忻州日报》让我的生活 充满阅读和写作乐趣\n2024年06月26日 10时19分   忻州日报\n\n刘 强\n\n我与忻州日报结缘整整25年了。`)
    expect(findAll(issue, 'credit').map((c) => c.names)).toEqual([['刘强']])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('must not fire: a date with no time before a title is no stamp', () => {
    expect(find(parseIssue(`2014年2月3日广西日报评论员文章\n${LEAD}`), 'stamp')).toBeUndefined()
  })
})

describe('must not fire: titles and text that look like a site’s furniture (review of this release’s rules)', () => {
  it.each([
    ['国家电网>>“电”亮乡村振兴路'],
    ['打开手机版，办事不用跑'],
    ['打开移动端，政务服务“掌上办”'],
    ['云南信息网升级为全省便民信息服务平台'],
    ['八旬老人向母校捐出所有原创作品'],
  ])('%s over a lead is the headline', (title) => {
    expect(headlineOf(`${title}\n\n${LEAD}`)).toEqual([title])
  })

  it('邢台日报微信公众号 over 粉丝突破百万: a heading group, no interface', () => {
    const input = `邢台日报微信公众号\n粉丝突破百万\n\n${LEAD}`
    expect(chromeOf(input)).toEqual([])
  })

  it('a how-to’s step with >> in it stays the story’s text', () => {
    const input = ['灵活就业人员社保缴费可网上办理', '', '本报讯(记者 林静)灵活就业人员社保缴费可网上办理,具体方式如下：', '', '电脑端：登录市政务服务网>>社保缴费专区', '手机端：关注“某某人社”微信公众号', '', '如有疑问，可拨打12333咨询。'].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(chromeOf(input)).toEqual([])
  })

  it('a timeline of dates and steps in a story is its text, not stamps', () => {
    const input = ['我市重点水利工程投入运行', LEAD, '工程主要节点如下：', '2023-05-10 立项', '2023-11-08 开工', '2024-06-30 主体完工', '2025-03-31 投入运行', '', '项目建成后,可灌溉农田5万亩。'].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'stamp')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })

  it('2025-01-15 周三 under a paper’s name is the issue’s date line, not a stamp', () => {
    expect(find(parseIssue(`某某日报\n2025-01-15 周三\n我市全面启动春运工作\n${LEAD}`), 'stamp')).toBeUndefined()
  })

  it('a brief over a stamp with no blank line between keeps its article and signature', () => {
    const input = ['首页 > 本地新闻', '1月14日,市住建局召开供暖工作会议,要求室温不低于18℃。(记者 李娜)', '2025-01-15 10:20 来源:某某新闻网'].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'headline')).toEqual([])
    expect(find(issue, 'signature')?.names).toEqual(['李娜'])
  })

  it('标题导航 over the story’s own title and subtitle, a blank line, then its lead: the story’s head', () => {
    const input = ['标题导航', '我市举办消夏音乐节', '市民共享文化盛宴', '', '', '本报讯(记者 黄丽)7月10日晚,我市消夏音乐节开幕。'].join('\n')
    expect(headlineOf(input)).toEqual(['我市举办消夏音乐节'])
  })

  it('a list of three titles closed by one blank line is interface; the story under it keeps its title', () => {
    const input = ['标题导航', '太嚣张!', '真缺德!', '他竟抡锤砸伤民警', '', '我市举办消夏音乐节', '', '本报讯(记者 黄丽)7月10日晚,我市消夏音乐节开幕。'].join('\n')
    expect(chromeOf(input)).toEqual(['标题导航', '太嚣张!', '真缺德!', '他竟抡锤砸伤民警'])
    expect(headlineOf(input)).toEqual(['我市举办消夏音乐节'])
  })
})

describe('an e-paper’s list of the page’s titles with no label, between the page’s line and the reader’s controls (d525)', () => {
  const PAGE_LINE = '第02版:要闻 上一版3  4下一版'
  const TITLES = ['甘洒热血写春秋', '泰安市医保基金监管 集中宣传月正式启动', '市税务局线上启动第30个全国税收宣传月', '文明新风引导市民文明游', '“产业护航”助民企乘风破浪']
  const CONTROLS = ['版面导航', '3上一篇  下一篇4 2021年4月2日 放大 缩小 默认']
  const STORY = ['“泰安小美”开展志愿宣传活动', '文明新风引导市民文明游', '本报4月1日讯(记者 刘小敏)随着我市疫情防控形势的持续向好,市民出游热情高涨。']
  const input = [PAGE_LINE, ...TITLES, ...CONTROLS, ...STORY].join('\n')

  it('five titles or more are interface; the story’s line the list names is its headline, the line over it the kicker', () => {
    const issue = parseIssue(input)
    expectSource(input, issue)
    for (const title of TITLES) expect(chromeOf(input)).toContain(title)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual(['文明新风引导市民文明游'])
    expect(findAll(issue, 'kicker').map((node) => toString(node))).toEqual(['“泰安小美”开展志愿宣传活动'])
  })

  it('must not fire: a heading group of three lines between the page’s line and a share button is the story’s', () => {
    const group = [PAGE_LINE, '聚焦高质量发展', '我市经济运行稳中向好', '一季度地区生产总值增长5.2%', '分享', '本报讯 一季度,我市经济运行稳中向好。'].join('\n')
    expect(headlineOf(group)).toEqual(['我市经济运行稳中向好'])
  })

  it('must not fire: a 副刊’s poem between the page’s line and the controls, no line of it printed again as a title', () => {
    const poem = [PAGE_LINE, '故乡的春天', '春风吹过村口的老槐树', '燕子衔来新泥筑巢', '田野里油菜花开成海', '母亲在门前晾晒棉被', '炊烟升起在黄昏时分', '版面导航']
    const input = poem.join('\n')
    expect(chromeOf(input)).not.toContain('春风吹过村口的老槐树')
  })

  it('must not fire: with no list naming a line, two heading lines are headline and subheadline', () => {
    const two = [PAGE_LINE, '“泰安小美”开展志愿宣传活动', '文明新风引导市民文明游', STORY[2]].join('\n')
    expect(headlineOf(two)).toEqual(['“泰安小美”开展志愿宣传活动'])
  })
})

describe('a share button over the title (chrome.ts SHARE_CONTROLS): only short names under it are where it sends the story', () => {
  it('分享到： / 市教育局召开专题会议: the title heads its story, the button interface', () => {
    const input = '分享到：\n市教育局召开专题会议\n' + LEAD + '\n'
    expect(headlineOf(input)).toEqual(['市教育局召开专题会议'])
    expect(chromeOf(input)).toEqual(['分享到：'])
  })

  it('must not fire: the platforms under it stay interface (分享到： / 微信朋友圈 / QQ好友和群)', () => {
    const input = '分享到：\n微信朋友圈\nQQ好友和群\n市教育局召开专题会议\n' + LEAD + '\n'
    expect(chromeOf(input)).toEqual(['分享到：', '微信朋友圈', 'QQ好友和群'])
    expect(headlineOf(input)).toEqual(['市教育局召开专题会议'])
  })
})

describe('more of a site’s and an e-paper’s controls: 【我要纠错】, 本期导读', () => {
  it('over the title and under the text: interface, no kicker, no paragraph', () => {
    for (const control of ['【我要纠错】', '本期导读']) {
      const issue = parseIssue(`${control}\n市教育局召开专题会议\n${LEAD}\n${control}\n`)
      expect(findAll(issue, 'chrome').map((node) => toString(node)), control).toEqual([control, control])
      expect(findAll(issue, 'kicker'), control).toEqual([])
    }
  })
})

describe('a mobile paper’s 【导读】 over its issue’s titles set apart by blank lines (title-index.ts; d757)', () => {
  it('the list is interface, each story under its printed title again, the arrows between stories interface too; each star no part of its title', () => {
    const input = ['【导读】', '', '★大桥改造有新进展', '', '★新校区秋季顺利开学', '', '★动漫嘉年华28日启幕', '', '【要闻】', '', '★大桥改造有新进展', '', '近日，记者从区产投集团了解到，工程整体完成40%。', '', '>>>>>>>>>>', '', '★新校区秋季顺利开学', '', '24日下午，新校区秋季开学工作筹备会召开。', ''].join('\n')
    const issue = parseIssue(input)
    expect(headlineOf(input)).toEqual(['大桥改造有新进展', '新校区秋季顺利开学'])
    expect(chromeOf(input)).toEqual(['★', '大桥改造有新进展', '★', '新校区秋季顺利开学', '★', '动漫嘉年华28日启幕', '【要闻】', '★', '>>>>>>>>>>', '★'])
    expect(articles(issue)).toHaveLength(2)
  })

  it('must not fire: 【导读】 over titles none of which is printed again (a box of short lines)', () => {
    const input = ['【导读】', '', '★大桥改造有新进展', '', '★新校区秋季顺利开学', '', '★动漫嘉年华28日启幕', '', '近日，记者从区产投集团了解到，工程整体完成40%。', ''].join('\n')
    expect(chromeOf(input)).not.toContain('★新校区秋季顺利开学')
  })
})

describe('a site’s label of the story’s page over its title: 正文, 文章详情, 新闻详情', () => {
  it.each(['正文', '文章详情', '新闻详情'])('%s over the title: interface, no kicker (a kicker before)', (label) => {
    const input = `${label}\n全市春耕工作推进会召开\n${LEAD}\n`
    const issue = parseIssue(input)
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(toString(find(issue, 'headline')!)).toBe('全市春耕工作推进会召开')
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual([label])
    expectSource(input, issue)
  })

  it('must not fire: the record’s text label with its text after it (正文:…) reads the text; 正文 in a title is the title’s', () => {
    const issue = parseIssue('标题:全市春耕工作推进会召开\n发布时间:2016-08-29 07:55:35\n正文:5月9日，全市春耕工作推进会召开。\n')
    expect(findAll(issue, 'paragraph').map((node) => toString(node))).toEqual(['5月9日，全市春耕工作推进会召开。'])
    expect(toString(find(parseIssue(`修正文件的正文部分发布\n${LEAD}\n`), 'headline')!)).toBe('修正文件的正文部分发布')
  })
})

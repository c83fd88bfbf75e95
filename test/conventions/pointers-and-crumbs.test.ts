/**
 * Conventions part (z) showed (d501 桂林晚报's e-paper, d502 眉山网): a
 * front page's teaser with its pointer to the story's page (●详见 3 版), a
 * breadcrumb copied one link to a line (当前位置: / 眉山新闻网 / > / 彭山区),
 * an e-paper's 前一版/后一版 and date picker, and a search box's 站内. Each where it fires
 * and where it must not.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8')
const LEAD = '本报讯 昨日，市统计局发布数据，全市经济运行稳中向好。'
const headlineOf = (issue: Issue, k = 0) => {
  const headline = articles(issue)[k]?.children.find((n) => n.type === 'headline')
  return headline ? toString(headline) : undefined
}

describe('a teaser’s pointer to its story’s page', () => {
  it('after the title, set apart by a space and a mark: the title a story of its own, continued on that page', () => {
    const input = page('全市经济运行稳中向好 ●详见 3 版', LEAD)
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'jumpLine', 'article'])
    expect(headlineOf(issue)).toBe('全市经济运行稳中向好')
    expect(articles(issue)[0]!.continuedOn).toBe(3)
    expect(find(issue, 'jumpLine')).toMatchObject({ direction: 'to', page: 3 })
    expect(toString(find(issue, 'jumpLine')!)).toBe('●详见 3 版')
    expectSource(input, issue)
  })

  it('glued in brackets after the title, or alone on the line under it: (详见第5版), 见A2版', () => {
    for (const [title, pointer, pageNumber] of [
      ['春节假期我市旅游市场火爆(详见第5版)', '(详见第5版)', 5],
      ['春节假期我市旅游市场火爆\n见A2版', '见A2版', 2],
    ] as const) {
      const issue = parseIssue(page(title, LEAD))
      expect(headlineOf(issue), title).toBe('春节假期我市旅游市场火爆')
      expect(articles(issue)[0]!.continuedOn, title).toBe(pageNumber)
      expect(toString(find(issue, 'jumpLine')!), title).toBe(pointer)
    }
  })

  it('the teaser of d501 (桂林晚报): its title lines an article continued on page 3, the pointer a jump line', () => {
    const input = corpus('d501')
    const issue = parseIssue(input)
    const [teaser] = articles(issue)
    expect(teaser!.continuedOn).toBe(3)
    expect(findAll(teaser!, 'paragraph')).toEqual([])
    expect(toString(find(issue, 'jumpLine')!)).toBe('●详见 3 版')
    expectSource(input, issue)
  })

  it('must not fire: a sentence pointing to a page is text (…具体内容详见第3版。)', () => {
    const issue = parseIssue(page('全市经济运行稳中向好', `${LEAD}具体内容详见第3版。`))
    expect(findAll(issue, 'jumpLine')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })

  it('must not fire: the pointer glued to a word with no space or mark (见闻见第3版), or a title too short to be one', () => {
    expect(findAll(parseIssue(page('乡村振兴见闻见第3版', LEAD)), 'jumpLine')).toEqual([])
    expect(findAll(parseIssue(page('要闻 ●详见 3 版', LEAD)), 'jumpLine').map((n) => toString(n))).not.toContain('●详见 3 版')
  })

  it('must not split: a story’s last line running into where it goes on ((下转第2版)) is no title', () => {
    const input = page('全市春耕工作推进会召开', '本报讯 5月9日，全市春耕工作推进会召开。会议要求，各地要抓好春耕备耕(下转第2版)')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline').map((n) => toString(n))).toEqual(['全市春耕工作推进会召开'])
  })

  it('must not split: where the story came from after a title (上接第1版) stays as it was read', () => {
    const issue = parseIssue(page('全市经济运行稳中向好 (上接第1版)', LEAD))
    expect(findAll(issue, 'jumpLine').filter((n) => n.direction === 'to')).toEqual([])
  })
})

describe('a breadcrumb copied one link to a line', () => {
  const CRUMBS = ['当前位置:', '眉山新闻网', '>', '彭山区', '>', '新闻中心']

  it('under the location label: every step and separator is interface; the title under it heads the story', () => {
    const input = page(...CRUMBS, '众人合力排路障', '新闻来源:眉山网', LEAD)
    const issue = parseIssue(input)
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(CRUMBS)
    expect(headlineOf(issue)).toBe('众人合力排路障')
    expectSource(input, issue)
  })

  it('with two separators or more, no label over them', () => {
    const issue = parseIssue(page('首页', '>', '新闻', '>', '本地新闻', '众人合力排路障', LEAD))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['首页', '>', '新闻', '>', '本地新闻'])
    expect(headlineOf(issue)).toBe('众人合力排路障')
  })

  it('d502 (眉山网): the breadcrumb is interface and 众人合力排路障 is the headline', () => {
    const issue = parseIssue(corpus('d502'))
    expect(headlineOf(issue)).toBe('众人合力排路障')
    for (const step of ['眉山新闻网', '彭山区', '新闻中心', '>']) expect(findAll(issue, 'chrome').map((n) => toString(n).trim()), step).toContain(step)
  })

  it('must not fire: one separator with no label over it, or a step holding a sentence', () => {
    const lone = parseIssue(page('众人合力排路障', '>', '彭山区', LEAD))
    expect(findAll(lone, 'chrome').map((n) => toString(n))).not.toContain('彭山区')
    const sentence = parseIssue(page('当前位置:', '眉山新闻网', '>', '彭山区江口镇的村民们一起清理了路障。', LEAD))
    expect(findAll(sentence, 'chrome').map((n) => toString(n))).not.toContain('彭山区江口镇的村民们一起清理了路障。')
  })
})

describe('a breadcrumb ending with the title, over the title (d582, a portal’s page)', () => {
  const TITLE = '酒鬼酒剥离房地产业务 深耕白酒主业'
  const BODY = '房地产前景的暗淡，加之白酒市场的火热，酒鬼酒似乎没有理由再次错过发展主业的大好机会。'

  it('首页 供应商资讯 <title> / <title> / stamp / text: the first line interface, the second the headline', () => {
    const input = [`首页 供应商资讯 ${TITLE}`, TITLE, '发布时间：2011-06-24 发布人：-长春晚报', BODY].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([TITLE])
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toContain(`首页 供应商资讯 ${TITLE}`)
    expectSource(input, issue)
  })

  it('must not fire: a title opening with 首页 whose steps run long stays a title (首页 我市首条跨江大桥主体工程全面完工通车仪式举行 …)', () => {
    const long = '首页 我市首条跨江大桥主体工程全面完工通车仪式今日上午举行 大桥通车'
    const issue = parseIssue([long, '大桥通车', BODY].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a site’s menu copied one item to a line over the story (d584, 紫牛新闻)', () => {
  const TITLE = '书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来'
  const MENU = ['紫牛头条', '时政', '文娱', '体育', '科技', '财汇', '房产', '社会', '汽车', 'AI播报', '扬眼画事', 'B座西窗', '名医团', '钱眼']
  const BODY = ['春潮声声、踔厉奋发。', '虎年新春后的第一个工作周，一派热火朝天的干事景象在江苏各地争相上演。']

  it('the page’s title, the menu, the title again, the stamp, the text: one story under its title, the menu interface', () => {
    const input = [TITLE, ...MENU, TITLE, '2022-02-13 20:04:17', ...BODY].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([TITLE])
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(expect.arrayContaining(MENU))
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('must not fire: names one to a line under the story’s text are the text’s (获奖名单：/ 张三 / 李四 / …)', () => {
    const input = ['我市表彰一批优秀志愿者', '本报讯 昨日，我市召开志愿服务表彰大会，表彰一批优秀志愿者。获奖名单如下：', '张三丰', '李四光', '王五一', '赵六合', '钱七星', '孙八方'].join('\n')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })

  it('must not fire: five words one to a line are no menu (标题 / 甲 / 乙 … under a title)', () => {
    const input = ['全市五个重点项目开工', '城北片区', '城南片区', '高新区', '开发区', '滨江新区', '本报讯 昨日，全市五个重点项目集中开工。'].join('\n')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })
})

describe('a portal’s page title with its site’s name, and its menus from its home page (d585, 搜狐财经)', () => {
  const TITLE = '劳伦斯：一个无法定义的“洛克菲勒”'
  const BODY = '他是一个影响卓著的巨型财团继承人，他是一个美国现代风险投资的开拓者。'

  it('<title>-搜狐财经 / 搜狐首页 - 新闻 - 体育 - 娱乐 / 搜狐首页 > 搜狐财经 / > 国际财经_搜狐财经 / <title>: interface, then one story', () => {
    const input = [`${TITLE}-搜狐财经`, '搜狐首页 - 新闻 - 体育 - 娱乐 - 财经 - IT - 汽车', '搜狐首页 > 搜狐财经', '> 国际财经_搜狐财经', TITLE, 'BUSINESS.SOHU.COM　2004年7月16日08:19', BODY].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual([TITLE])
    expect(findAll(issue, 'chrome')).toHaveLength(4)
    expectSource(input, issue)
  })

  it('must not fire: a title with a dash and more words after it, over another title, stays a story’s (市长会见客商-签约项目十个 / …)', () => {
    const issue = parseIssue(['市长会见客商-签约项目十个', '市长会见客商', BODY].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('must not fire: a sentence listing channels with dashes, no home page first (新闻 - 体育 - 娱乐 - 财经), keeps its reading', () => {
    const issue = parseIssue(['频道调整', '本报讯 昨日，本台新闻 - 体育 - 娱乐 - 财经四个频道调整播出时间。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('an e-paper’s page controls', () => {
  it('前一版 下一版 with the issue’s date: interface', () => {
    const issue = parseIssue(page('前一版 下一版 2023年12月22日', '后一版', '全市经济运行稳中向好', LEAD))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['前一版 下一版 2023年12月22日', '后一版'])
    expect(headlineOf(issue)).toBe('全市经济运行稳中向好')
  })

  it('an e-paper’s date picker with the issue’s date (日期查询:2025年02月28日): interface, not a kicker', () => {
    const issue = parseIssue(page('日期查询:2025年02月28日', '全市经济运行稳中向好', LEAD))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['日期查询:2025年02月28日'])
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('must not fire: the words in a title or a sentence (站内设施完善, 前一版规划已完成, 日期查询结果…)', () => {
    expect(findAll(parseIssue(page('全市经济运行稳中向好', '本报讯 日期查询结果显示，办理人数增加。')), 'chrome')).toEqual([])
    const issue = parseIssue(page('站内设施完善', '本报讯 昨日，前一版规划已完成，站内设施完善。'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(headlineOf(issue)).toBe('站内设施完善')
  })
})

describe('an e-paper’s meta line with its longer source labels (d506, 解放日报)', () => {
  it.each(['2019年05月13日   01: 要闻   稿件来源:解放日报', '2019-05-13 10:20 新闻来源:眉山网', '2019-05-13 文章来源:安阳网', '2019-05-13 消息来源:黔东南信息港'])('%s under the title: the stamp, not a subheadline', (line) => {
    const issue = parseIssue(page('城内风声城外刀尖', line, LEAD))
    expect(toString(find(issue, 'stamp')!)).toBe(line)
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('日期检索 本期头版  本期内容导航: interface, not a kicker', () => {
    const issue = parseIssue(page('2019-05-13 星期一', '日期检索 本期头版  本期内容导航', '城内风声城外刀尖', LEAD))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['日期检索 本期头版  本期内容导航'])
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('must not fire: a sentence naming its source (消息来源称…, 据新闻来源…)', () => {
    const issue = parseIssue(page('城内风声城外刀尖', '本报讯 消息来源称,该项目将于下月开工。', '据新闻来源显示,相关部门已介入调查。'))
    expect(findAll(issue, 'stamp')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})

describe('a site’s channel named over the title at the page’s top (d510 昭阳信息网, d322)', () => {
  const STAMP = '来源:昭阳信息网  更新时间:2013-03-14 11:14'

  it('昭阳新闻 / the title / the site’s stamp: the channel is interface, no kicker', () => {
    const issue = parseIssue(page('昭阳新闻', '罗炳辉广场:不文明市民乱丢乱吐弄脏绿化带', STAMP, '3月12日,记者在罗炳辉广场看到,一些市民乱丢乱吐。'))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['昭阳新闻'])
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(headlineOf(issue)).toBe('罗炳辉广场:不文明市民乱丢乱吐弄脏绿化带')
  })

  it('the site’s stamp between the channel and the title, 热点关注 by its name: interface, no kicker (d121, d528)', () => {
    for (const lines of [['供暖资讯', STAMP, '城关区:六成热用户已享“温暖”'], ['热点关注', '城关区:六成热用户已享“温暖”', STAMP]]) {
      const issue = parseIssue(page(...lines, '3月12日,记者在城关区看到,集中供暖已经开始。'))
      expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual([lines[0]])
      expect(findAll(issue, 'kicker')).toEqual([])
      expect(headlineOf(issue)).toBe('城关区:六成热用户已享“温暖”')
    }
  })

  it('under the site’s stamp of the current issue, the site’s controls between the channel and the title: interface (d273)', () => {
    const issue = parseIssue(['當前報章2022年03月03日', '今日導讀', '本報新聞', '字體: 放大 還原 縮小', '雷州聯誼會訪街總冀加強合作', '【特訊】澳門雷州聯誼會會長日前率團拜訪街坊總會。', ''].join('\n'))
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(headlineOf(issue)).toBe('雷州聯誼會訪街總冀加強合作')
  })

  it('under an e-paper’s page line, 图片新闻 over a title and its text: interface (d459)', () => {
    const issue = parseIssue(page('第A3版:今日牡丹区', '图片新闻', '黄河特大桥工程快速建设', '在牡丹区李村镇,阳新高速公路黄河特大桥工程正在紧张施工。'))
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(headlineOf(issue)).toBe('黄河特大桥工程快速建设')
  })

  it('must not fire: an event’s kicker (今日立夏), a title ending as a channel’s name does (警惕虚假新闻), 图片新闻 under a page line over text alone', () => {
    expect(findAll(parseIssue(page('今日立夏', '天气渐热 注意防暑降温', STAMP, LEAD)), 'kicker').map((n) => toString(n))).toEqual(['今日立夏'])
    expect(headlineOf(parseIssue(page('第A6版:社会', '警惕虚假新闻', '网警提醒:不信谣 不传谣', LEAD)))).toBe('警惕虚假新闻')
    expect(headlineOf(parseIssue(page('第A3版:今日牡丹区', '图片新闻', '入夏以来,牡丹区的芍药争相开放。', '本报记者 张占兵摄')))).toBe('图片新闻')
  })

  it('must not fire: the page’s only title (图片新闻 / text; 本地新闻 / a date line / items), or a kicker over a title with no stamp', () => {
    expect(headlineOf(parseIssue(page('图片新闻', '入夏以来,云州区瓜园乡沙窝村的芍药争相开放。', '本报记者 张占兵摄')))).toBe('图片新闻')
    expect(headlineOf(parseIssue(page('本地新闻', '2025年09月08日', '1.近日,全国青少年劳动技能大赛圆满落幕。')))).toBe('本地新闻')
    const kicker = parseIssue(page('两会新闻', '代表委员热议高质量发展', LEAD))
    expect(findAll(kicker, 'chrome')).toEqual([])
  })
})

describe('a site’s platforms, its anchors and its decorated controls (d507, d508, d511)', () => {
  it('客户端 微博 微信 抖音 数字报 at the top, top, —分享— under the title: interface, no kicker, no subheadline', () => {
    const input = page('客户端 微博 微信 抖音 数字报', 'top', '全市经济运行稳中向好', '—分享—', LEAD)
    const issue = parseIssue(input)
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['客户端 微博 微信 抖音 数字报', 'top', '—分享—'])
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('must not fire: a sentence about the platforms, a dash that is a subheadline’s (——记…)', () => {
    const issue = parseIssue(page('全市经济运行稳中向好', '——记全市统计工作者', '本报讯 该中心通过客户端、微博、微信、抖音等平台发布信息。'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'subheadline').map((n) => toString(n))).toEqual(['——记全市统计工作者'])
  })
})

describe('a staff line with the site’s controls after it', () => {
  it('责任编辑:李珊【收藏】, 编辑:王五 打印 关闭: the staff line and the controls, no control read as a name', () => {
    const input = page('全市经济运行稳中向好', LEAD, '责任编辑:李珊【收藏】', '编辑:王五 打印 关闭')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine').map((n) => n.children.filter((c) => c.type === 'credit').flatMap((c) => c.names))).toEqual([['李珊'], ['王五']])
    expect(findAll(issue, 'chrome').map((n) => toString(n))).toEqual(['【收藏】', '打印 关闭'])
    expectSource(input, issue)
  })

  it('must not fire: two names after the role stay two names (编辑:王五 李四)', () => {
    const issue = parseIssue(page('全市经济运行稳中向好', LEAD, '编辑:王五 李四'))
    expect(find(issue, 'editorLine')!.children.filter((c) => c.type === 'credit').flatMap((c) => c.names)).toEqual(['王五', '李四'])
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('review of this release’s rules: where they must not fire (made-up pages)', () => {
  it('a pointer to an attachment inside a story is no teaser’s: the story goes on, no jump line', () => {
    const issue = parseIssue(page('我县召开全县经济工作会议', '本报讯(记者 李四)3月4日,全县经济工作会议召开。会议总结了去年工作,部署今年任务。', '附:2024年度全县经济工作考核结果(见第2版)', '会议强调,要坚定信心、真抓实干,确保全年目标任务圆满完成。'))
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'jumpLine')).toEqual([])
    expect(articles(issue)[0]!.continuedOn).toBeUndefined()
  })

  it('a teaser’s pointer on its title’s line with the teaser’s text under it: the text stays the teaser’s', () => {
    const issue = parseIssue(page('一起去看“雪” ●详见 3 版', '冬季以来,我市冰雪旅游持续升温,资源县八角寨景区日均接待游客超过5000人次。'))
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(1)
  })

  it('the pointer under the teaser’s text closes it: a jump line, the article continued on its page', () => {
    const issue = parseIssue(page('一起去看“雪”', '冬季以来,我市冰雪旅游持续升温,资源县八角寨景区日均接待游客超过5000人次。', '●详见 3 版', '漓江春季游船航班加密', LEAD))
    expect(articles(issue)[0]!.continuedOn).toBe(3)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(1)
  })

  it('a story’s how-to steps with arrows, one to a line, stay its text', () => {
    const issue = parseIssue(page('手把手教你网上办理社保卡挂失', `${LEAD}操作步骤如下:`, '社保服务', '>', '社保卡挂失', '>', '提交申请', '办理成功后,系统将发送短信提醒。'))
    expect(findAll(issue, 'chrome').map((n) => toString(n))).not.toContain('社保卡挂失')
  })

  it('words a story titles its sections with stay intertitles: 网友评论, 热门评论, 客户端, 抖音, 验证码, 站内', () => {
    for (const word of ['网友评论', '热门评论', '客户端', '抖音', '验证码', '站内']) {
      const issue = parseIssue(page('全市经济运行稳中向好', LEAD, word, '他说,这是一个很好的开始。'))
      expect(articles(issue), word).toHaveLength(1)
      expect(findAll(issue, 'chrome'), word).toEqual([])
    }
  })

  it('a printed page’s own disclaimer (免责声明:本版内容仅供参考…) is no site’s interface', () => {
    expect(findAll(parseIssue(page('春季理财产品收益率小幅回落', LEAD, '免责声明:本版内容仅供参考,不构成投资建议。投资者据此操作,风险自担。')), 'chrome')).toEqual([])
  })

  it('a two-line title ending in 动态 or 新闻 over a stamp keeps both lines (防汛抗旱最新动态, 揭秘一条假新闻)', () => {
    for (const title of ['防汛抗旱最新动态', '揭秘一条假新闻']) {
      const issue = parseIssue(page(title, '我市主要河道水位全面回落', '来源:邵阳新闻网 更新时间:2025-07-05 10:20', '本网讯 7月4日以来,我市主要河道水位全面回落。'))
      expect(findAll(issue, 'chrome'), title).toEqual([])
    }
  })

  it('a column that credits each brief over it: each credit stays the byline over its brief', () => {
    const issue = parseIssue(['区县传真', '本报记者 刘琴', '◆武乡县组织农技人员深入田间,指导农户开展春季田管。', '本报记者 王五', '◆沁县200余台农机具投入春耕生产。'].join('\n'))
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'byline')).toHaveLength(2)
  })
})

describe('a channel’s name by the breadcrumb ending with it, and a long title over the site’s stamp', () => {
  const page = ['学院新闻', '', '学院新闻', '', '当前位置: 首页 >> 学院新闻', '', '我院承办的“多彩校园·闪亮青春”第十二届贵州省大学生校园文化月活动之“最美贵州”H5页面设计制作大赛圆满落幕', '', '发布时间:2017-10-20 作者:周菀娇 浏览次数: 来源:团委', '', '为贯彻落实全国高校思想政治工作会议精神，我院承办了此次大赛。', '']

  it('the channel’s name (twice) is interface; the long line over the stamp is the headline', () => {
    const issue = parseIssue(page.join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual(['我院承办的“多彩校园·闪亮青春”第十二届贵州省大学生校园文化月活动之“最美贵州”H5页面设计制作大赛圆满落幕'])
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('must not: a sentence over the stamp (…顺利举行。) stays a paragraph', () => {
    const issue = parseIssue(['当前位置: 首页 >> 学院新闻', '我院第十二届校园文化月活动昨日在知行堂多功能厅顺利举行。', '发布时间:2017-10-20', '活动吸引了全校师生参加。'].join('\n'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain('我院第十二届校园文化月活动昨日在知行堂多功能厅顺利举行。')
  })

  it('must not: a title that differs from the crumb’s last step stays the title', () => {
    const issue = parseIssue(['当前位置: 首页 >> 学院新闻', '学院召开新学期工作会', '发布时间:2017-10-20', '会议部署了新学期各项工作。'].join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual(['学院召开新学期工作会'])
  })
})

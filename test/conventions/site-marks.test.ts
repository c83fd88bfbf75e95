/**
 * More marks sites and e-papers print around a story, from the seventeenth
 * held-out set:
 *   首页 » 首页幻灯 »正文                  a breadcrumb with guillemets: interface
 *   陳玲芳 |2023.03.11 / 2098觀看次 / 字級   a writer and date (the stamp), views, a font control
 *   自动轮播广告(上小)横式1栏               an ad slot's label
 *   原载于2023年5月18日《咸阳日报》四版     where the story first ran: a source note
 *   稿源:津滨网 编辑:邵华 2021-03-01 14:23  稿源 among a site's fields, with its editor
 *   •   本报太原7月15日讯(记者吕游)…        a site list's bullet before the lead
 *   • (扫描二维码看视频)                   the note printed with a QR code: a caption
 *   编者按                                 the editor's note's label alone: no title
 *   生活新报讯 记者 欧良军                  a dateline alone on its line: no title over a byline
 * and where they must not fire.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, printed } from '../helpers/tree'

const TITLE = '人生一世,一定要去一趟黔西南'
const LEAD = '很早就听过一句话:人生一世,一定要去一趟黔西南。黔西南有着中国最美的“一城三景”。'

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  const headline = find(issue, 'headline')
  return {
    issue,
    headline: headline ? printed(headline) : undefined,
    chrome: findAll(issue, 'chrome').map((node) => printed(node, false)),
    stamps: findAll(issue, 'stamp').map((node) => printed(node, false)),
  }
}

describe('interface by its shape', () => {
  it.each(['首页 » 首页幻灯 »正文', '新闻 › 本地 › 正文', '马祖资讯网 » 讨论与交流 » 采风剪影 http://matsu.idv.tw', '首页 > 新闻 > 本地 http://www.example.cn', '自动轮播广告(上小)横式1栏'])('%s is interface', (line) => {
    const result = read(page(line, TITLE, LEAD))
    expect(result.chrome).toEqual([line])
    expect(result.headline).toBe(TITLE)
  })

  it('2098觀看次 and 字級 under a Taiwan page\'s title are interface', () => {
    const result = read(page('星雲大師的光輝 眾人齊緬懷', '2098觀看次', '字級', '【記者陳玲芳台北報導】「星雲浩瀚,依然熠熠」,在星雲大師圓寂一個多月後,天下文化舉辦新書發表會。'))
    expect(result.chrome).toEqual(['2098觀看次', '字級'])
    expect(result.headline).toBe('星雲大師的光輝 眾人齊緬懷')
  })

  it.each(['他说» 不', '2098人参加', '虚假广告横行谁来管'])('%s is no interface', (line) => {
    expect(read(page(TITLE, LEAD, line)).chrome).toEqual([])
  })
})

describe('stamps and source notes', () => {
  it('陳玲芳 |2023.03.11 under the title is the writer’s byline and the stamp', () => {
    const result = read(page('星雲大師的光輝 眾人齊緬懷', '陳玲芳 |2023.03.11', LEAD))
    expect(result.stamps).toEqual(['|2023.03.11'])
    expect(findAll(result.issue, 'byline').map((byline) => toString(byline))).toEqual(['陳玲芳'])
    expect(result.headline).toBe('星雲大師的光輝 眾人齊緬懷')
  })

  it('稿源:津滨网 2021-03-01 14:23 编辑:邵华: 稿源 is a site field as 来源 is, the stamp and the editor', () => {
    const result = read(page(TITLE, '稿源:津滨网 2021-03-01 14:23 编辑:邵华', LEAD))
    expect(findAll(result.issue, 'editorLine').flatMap((line) => findAll(line, 'credit').flatMap((credit) => credit.names))).toEqual(['邵华'])
    expect(result.stamps).toHaveLength(1)
  })

  it('原载于2023年5月18日《咸阳日报》四版 under the title is a source note, not a subheadline', () => {
    const result = read(page(TITLE, '原载于2023年5月18日《咸阳日报》四版', LEAD))
    expect(find(result.issue, 'sourceNote')).toBeDefined()
    expect(find(result.issue, 'subheadline')).toBeUndefined()
  })

  it.each(['（新华社）', '（据人民日报）', '（来源：新华网）', '（据澎湃新闻）'])('%s on its own line under the story: the wire or paper it is taken from, a source note, no paragraph', (line) => {
    const input = page('全国夏粮再获丰收', '新华社北京7月8日电（记者 于文静）国家统计局8日发布数据，全国夏粮增产。', '夏粮丰收为稳定全年粮食生产奠定了坚实基础。', line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'sourceNote').map((n) => toString(n))).toEqual([line])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('must not fire: a name in brackets closing the story (（张新闻）, （王刚）) is its signature', () => {
    for (const line of ['（张新闻）', '（王刚）']) expect(find(parseIssue(page('全国夏粮再获丰收', '本报讯 全国夏粮增产。', line)), 'sourceNote'), line).toBeUndefined()
  })

  it('a sentence telling where something first ran stays text: 原载于报端的文章引起了广泛关注。', () => {
    expect(find(read(page(TITLE, LEAD, '原载于报端的文章引起了广泛关注。')).issue, 'sourceNote')).toBeUndefined()
  })
})

describe('what opens the text under a title', () => {
  it('a site list\'s bullet before the lead: the dateline is read after it', () => {
    const result = read(page('《山西经济日报》创刊四十周年庆祝活动精彩纷呈', '  •   本报太原7月15日讯(记者吕游)纸墨留痕,四十年春秋见证三晋经济发展。'))
    expect(find(result.issue, 'dateline')?.source).toBe('本报')
    expect(find(result.issue, 'subheadline')).toBeUndefined()
  })

  it('(扫描二维码看视频) under the title is a caption, not the headline', () => {
    const result = read(page('《山西经济日报》创刊四十周年庆祝活动精彩纷呈', '  • (扫描二维码看视频)', `本报太原7月15日讯(记者吕游)${LEAD}`))
    expect(result.headline).toBe('《山西经济日报》创刊四十周年庆祝活动精彩纷呈')
    expect(find(result.issue, 'caption')).toBeDefined()
  })

  it('编者按 alone under the stamp labels the editor\'s note: no title', () => {
    const result = read(page(TITLE, '时间:2017-07-17   来源: 黔西南日报', '编者按', LEAD))
    expect(result.headline).toBe(TITLE)
    expect(find(result.issue, 'kicker')).toBeUndefined()
    expect(find(result.issue, 'editorsNote')).toBeDefined()
  })

  it('生活新报讯 记者 欧良军 alone on its line: a dateline, not a title over a byline', () => {
    const result = read(`生活新报讯 记者 欧良军\n昨日10时30分许,云南省抗旱救灾宣传报道工作总结表彰大会在昆明召开。\n`)
    expect(find(result.issue, 'dateline')?.source).toBe('生活新报讯')
    expect(find(result.issue, 'byline')).toBeUndefined()
    expect(result.headline).toBeUndefined()
    expect(articles(result.issue)).toHaveLength(1)
  })

  it('a title before a reporter\'s byline on one line still splits: 公交站台遭遇“黑手” 记者 郭晓华', () => {
    const result = read(page('公交站台遭遇“黑手” 记者 郭晓华', LEAD))
    expect(result.headline).toBe('公交站台遭遇“黑手”')
    expect(find(result.issue, 'byline')).toBeDefined()
  })
})

describe("a Taiwan paper's bracketed credit with no slash", () => {
  it('【記者嚴光澎報導】 opens the lead: a dateline with the reporter\'s credit, no source', () => {
    const input = page('中華民國社區報刊發展協會澎湖社區參訪', '【記者嚴光澎報導】中華民國社區報刊發展協會澎湖社區參訪活動,為期三天。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const dateline = find(issue, 'dateline')
    expect(dateline?.source).toBeUndefined()
    expect(findAll(dateline!, 'credit').map((credit) => [credit.role, credit.names])).toEqual([['記者', ['嚴光澎']]])
  })

  it('【記者陳玲芳台北報導】: the place glued to the name before 報導 is where it was filed from', () => {
    const input = page('星雲大師的光輝 眾人齊緬懷', '【記者陳玲芳台北報導】「星雲浩瀚，依然熠熠」，在星雲大師圓寂一個月後舉行。')
    const dateline = find(parseIssue(input), 'dateline')
    expect(dateline?.place).toBe('台北')
    expect(findAll(dateline!, 'credit').map((credit) => [credit.role, credit.names])).toEqual([['記者', ['陳玲芳']]])
  })

  it('must not fire: a run too long for a name before the place (【記者從市政府台北報導】) is no credit', () => {
    expect(find(parseIssue(page('澎湖社區參訪', '【記者從市政府大樓台北報導】這次參訪讓人印象深刻。')), 'dateline')).toBeUndefined()
  })

  it('a bracketed phrase that is no credit stays text: 【記者手記】', () => {
    expect(find(parseIssue(page('澎湖社區參訪', '【記者手記】這次參訪讓人印象深刻。')), 'dateline')).toBeUndefined()
  })

  it.each(['自動輪播廣告(下小)橫式選舉3欄'])('%s is an ad slot\'s label', (line) => {
    expect(read(page(line, '澎湖社區參訪', '【記者嚴光澎報導】中華民國社區報刊發展協會澎湖社區參訪活動。')).chrome).toContain(line)
  })
})

describe('where the site-mark rules must not fire (review of the held-out rules)', () => {
  const body = '记者近日从市人社局获悉，今年全市新增就业岗位1.2万个。'

  it.each(['民生实事 | 织密民生保障网', '逐梦苍穹｜神舟十八号传来喜报', '年终盘点 | 十大新闻', '扫码点餐要不要收费', '数字时代如何保护版权所有者权益', '技术支持：让老人跨越数字鸿沟', '原载体被拆除'])(
    '%s is the headline whole',
    (title) => {
      const result = read(page(title, body))
      expect(result.headline).toBe(title)
      expect(result.chrome).toEqual([])
    },
  )

  it('停电通知 日期：2024年5月1日: the event\'s date is no stamp of the page', () => {
    expect(read(page('停电通知 日期：2024年5月1日', body)).stamps).toEqual([])
  })

  it.each([
    ['网络新词', `本报讯 网络新词包括：\nyyds\nemo\n这些词汇在年轻人中流行。`],
    ['比赛战况', `本报讯 昨日比赛战况如下：\n- 第一局 25-23\n- 报名截止：2024-05-20\n比赛今日继续进行。`],
    ['维生素小知识', `本报讯 人体需要多种维生素，其中：\n\nB12\n\n主要存在于动物性食物中。`],
    ['活动日程', `本报讯 正文第一句：\n\n09:开幕式\n10:主题演讲`],
    ['标题', `本报讯（记者 王明）正文第一句。\n\n自动轮播广告(上小)横式1栏\n\n正文第二段继续。`],
  ])('%s: the story\'s own lines keep it one article', (title, text) => {
    const result = read(page(title, text))
    expect(articles(result.issue)).toHaveLength(1)
    expect(findAll(result.issue, 'page')).toHaveLength(0)
    expect(find(result.issue, 'pageHeader')).toBeUndefined()
  })

  it('读者邮箱 under a story is still the desk\'s contact line, as before', () => {
    expect(findAll(read(page('标题', body, '读者邮箱：duzhe@163.com')).issue, 'editorLine')).toHaveLength(1)
  })
})

describe('an indent broken off onto a line of its own', () => {
  const input = '報 慶 感 言\n\n\n  \n訊報創刊踏入三十四周年,個人的傳媒生涯也接近一個甲子。\n\n  近期偶爾整理數十年來曾經參與的採訪、參訪舊照。\n\n  在葡國採訪期間,經友人引介認識戴名揚。\n\n  訊報作為時事討論平台,無可避免觸及一些既得的利益者。\n\n  回歸後,報社接獲市民投訴。\n'

  it('the line under spacing alone is indented as the others: the first paragraph, no caption', () => {
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'caption')).toBeUndefined()
    expect(printed(find(issue, 'headline')!)).toBe('報 慶 感 言')
    expect(findAll(issue, 'paragraph')).toHaveLength(5)
  })

  it('a flush line under a title, over indented text, is still the photo\'s caption', () => {
    const flush = '報 慶 感 言\n中國外交部發言人耿爽警告，美方應停止錯誤做法。\n  訊報創刊踏入三十四周年。\n  近期偶爾整理舊照。\n  在葡國採訪期間,經友人引介認識戴名揚。\n  回歸後,報社接獲市民投訴。\n'
    expect(find(parseIssue(flush), 'caption')).toBeDefined()
  })
})

describe("a site list's bullet before a caption", () => {
  it('• (扫描二维码看视频): the bullet is interface, the note the caption', () => {
    const result = read(page('《山西经济日报》创刊四十周年庆祝活动精彩纷呈', '  • (扫描二维码看视频)', `本报太原7月15日讯(记者吕游)${LEAD}`))
    expect(printed(find(result.issue, 'caption')!)).toBe('(扫描二维码看视频)')
    expect(result.chrome).toEqual(['•'])
  })
})

describe("a flipbook site's controls over an e-paper it hosts", () => {
  it.each(['免费制作', '更多内容', '[展开]', '文本内容', '粉丝: {{bookData.followerCount}}', '第2页'])('%s is interface', (line) => {
    expect(read(page(line, TITLE, LEAD)).chrome).toEqual([line])
  })

  it('a title with a template\'s braces in words is no field: 第{{二}}届 stays', () => {
    expect(read(page(TITLE, LEAD, '第2页码印错了。')).chrome).toEqual([])
  })
})

describe("a signed article's writer by office and name under the title", () => {
  it.each([
    ['察布查尔锡伯自治县副县长 居来提·艾海提', '察布查尔锡伯自治县副县长', ['居来提·艾海提']],
    ['市委书记 张伟', '市委书记', ['张伟']],
    ['市社科院研究员 李明', '市社科院研究员', ['李明']],
  ])('%s: a byline, the office its role', (line, role, names) => {
    const input = page('我们的幸福生活不容诋毁', line, '我出生在新疆、成长在新疆。在这片土地上生活着多个民族。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const credit = find(find(issue, 'byline')!, 'credit')!
    expect([credit.role, credit.names]).toEqual([role, names])
    expect(find(issue, 'subheadline')).toBeUndefined()
  })

  it.each(['市委书记 张伟 主持会议', '市长 热线开通', '市委书记 调研'])('%s is no byline', (line) => {
    const issue = parseIssue(page('我们的幸福生活不容诋毁', line, '我出生在新疆、成长在新疆。在这片土地上生活着多个民族。'))
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

describe('the work and the role in one word', () => {
  it('文图/记者 张顺林 under the story: its signature', () => {
    const input = page('损坏一年多 至今未修复', '8月20日上午,记者来到市民反映的现场。', '文图/记者 张顺林')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'signature')?.names).toEqual(['张顺林'])
  })
})

describe('a paper’s editor by office and name, under a title or opening a signed testimony (d185, d191)', () => {
  it('(3月15日) / 花美人美晋江美 / 晋江经济报总编辑 吴美章: the day a stamp, the title the headline, the editor the byline', () => {
    const input = ['(3月15日)', '花美人美晋江美', '晋江经济报总编辑 吴美章', '读者朋友大家好,我是晋江经济报总编辑吴美章,很高兴以这种方式和大家见面。'].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'stamp')?.date).toMatchObject({ month: 3, day: 15 })
    expect(printed(find(issue, 'headline')!)).toBe('花美人美晋江美')
    const credit = find(find(issue, 'byline')!, 'credit')!
    expect([credit.role, credit.names]).toEqual(['晋江经济报总编辑', ['吴美章']])
  })

  it('a caption, then office and name over the text: the caption stays one, the untitled testimony is signed by the byline', () => {
    const input = ['版面:第06版:要闻', '', '陈力(右)在平利县老县镇采访。 本报通讯员 高翔摄', '', '平利县融媒体中心总编辑  陈力', '', '在参与此次“温暖的回响”系列报道过程中,我听到群众说得最多的是感谢。'].join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption')).toHaveLength(1)
    expect(articles(issue)).toHaveLength(1)
    expect(find(find(articles(issue)[0]!, 'byline')!, 'credit')!.names).toEqual(['陈力'])
    expect(find(issue, 'headline')).toBeUndefined()
  })

  it('must not fire: a title naming an office and a person with more words is a title', () => {
    const issue = parseIssue(['市长热线 张伟 回应市民关切', '本报讯 5月9日,市长热线开通。'].join('\n'))
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

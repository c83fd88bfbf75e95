/**
 * Four reviews of this release's reading rules on made-up pages (review
 * 20: 44 pages where a rule must not fire; review 21: 53; review 22: 50;
 * review 23: 50): the over-fires
 * they found, each now a must-not test — a record's bracketed fields in a
 * story, a timeline's dated line, a section title with an underscore, a
 * reporter's column with its time, two reporters parted by a spaced slash,
 * a how-to's numbered steps, a survey's options under its title, words
 * after 作者：记者 that are no name, a site's fields over the text; a pen
 * name or a section's label after a bullet, a sentence on where one is, a
 * story's dated data, a compiled item signed by no one; a title over the
 * breadcrumb ending with it, a headline naming a firm's support, a media
 * centre's accounts as section titles, words before 讯 that name no place.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, readChecked as read } from '../helpers/tree'

const TITLE = '市图书馆推出古籍数字化服务'
const LEAD = '本报讯 5月9日，市图书馆推出古籍数字化服务，读者可在线查阅馆藏旧报。'

describe('a record’s bracketed fields: only in the record’s block', () => {
  it('【正文】 opening a line of a story: its text, the story goes on', () => {
    const issue = read([TITLE, LEAD, '【正文】部分由馆员逐字录入，读者可对照原版核对。', '据介绍，这项服务将陆续覆盖全部馆藏。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(3)
  })

  it('a search guide quoting 【标题】= 图片 and 【作者】= 画连生: the story’s text', () => {
    const issue = read([TITLE, LEAD, '检索时，记录会显示为：', '【标题】= 图片', '【作者】= 画连生', '读者点击记录即可查看原版。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a dated line in a story’s timeline is no site stamp', () => {
  it('1980-05-01 延边 创刊延边日报: text, no stamp', () => {
    const issue = read(['延边日报发展历程', '本报讯 延边日报走过了七十多年的历程。', '1980-05-01 延边 创刊延边日报', '2017-06-15 报社 上线延边新闻网客户端'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('an underscore in a title is an alt text only with an image’s suffix', () => {
  it('城市更新进行时_老街新颜 under 城市更新进行时: a title, not interface', () => {
    const issue = read(['城市更新进行时', '本报讯 5月9日，我市城市更新工作推进会召开。', '城市更新进行时_老街新颜', '老街改造后，沿街商铺重新开张，市民纷纷前来打卡。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a byline before a time: only a byline’s names', () => {
  it('记者手记 2025-07-02 21:30: no byline naming 手记', () => {
    const issue = read(['全市防汛工作会议召开', '记者手记 2025-07-02 21:30', '本报讯 7月2日，全市防汛工作会议召开。'].join('\n'))
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('a spaced slash between two reporters is no filing place', () => {
  it('记者 张三 / 李四 报道: no dateline placed at 李四', () => {
    const issue = read(['春运首日发送旅客6万人次', '记者 张三 / 李四 报道', '春运首日，全市各客运站共发送旅客6万人次。'].join('\n'))
    expect(findAll(issue, 'dateline').map((d) => d.place)).not.toContain('李四')
  })
})

describe('a how-to’s numbered steps stay its text', () => {
  it('1. 注册 / 2. 登录 / 3. 搜索 in a story: no interface', () => {
    const issue = read([TITLE, LEAD, '使用方法如下：', '1. 注册', '2. 登录', '3. 搜索', '读者也可到馆咨询。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual([TITLE])
  })
})

describe('an author field over a credit: only a person’s name after the role', () => {
  it('作者：记者节筹备组: no credit naming 节筹备组', () => {
    const issue = read(['作者：记者节筹备组', '今年的记者节活动将于11月8日举行，届时将表彰优秀新闻作品。'].join('\n'))
    expect(findAll(issue, 'credit').flatMap((c) => c.names)).not.toContain('节筹备组')
  })

  it('作者：记者站原站长 何山 under a book’s title: no credit naming 站原站长', () => {
    const issue = read(['读书', '《行走的记者》', '作者：记者站原站长 何山', '这本书记录了作者三十年的采访生涯。'].join('\n'))
    expect(findAll(issue, 'credit').flatMap((c) => c.names)).not.toContain('站原站长')
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('来源: 浙江日报  作者: 记者 潘虹 under the title: no subheadline of the source field', () => {
    const issue = read(['杭州市与浙江大学共同打造城西示范区', '来源: 浙江日报  作者: 记者 潘虹 通讯员 余小平', '杭州市与浙江大学今天举行战略合作会议，共商发展大计。'].join('\n'))
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a list under the title is interface only as a story’s toolbar', () => {
  it('1. 微信 / 2. 微博 / 3. 视频, a survey’s options: no interface', () => {
    const issue = read(['市民最常用的资讯渠道', '1. 微信', '2. 微博', '3. 视频', '调查显示，超过六成市民通过手机获取新闻。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a bulleted word over a title: the label of a hotline’s item only', () => {
  it('■一苇 over a poem under its title: no kicker, the poem one article', () => {
    const issue = read(['春天的信', '', '■一苇', '桃花开了', '我在窗前读你', '风把信送到远方'].join('\n'))
    expect(findAll(issue, 'kicker')).toEqual([])
  })

  it('■变局 / 老厂房 / 变身新园区 in a feature: a section of the one story', () => {
    const issue = read(['城市更新的十年', '本报讯 十年来，我市老城区发生了巨大变化，一批老厂房焕发新生。', '■变局', '老厂房', '变身新园区', '走进原纺织厂旧址，记者看到，昔日的车间已改造成创意园区。'].join('\n'))
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a location said in a story is no breadcrumb', () => {
  it('现在的位置：东经122度30分，北纬29度45分！: text', () => {
    const issue = read([TITLE, LEAD, '现在的位置：东经122度30分，北纬29度45分！', '船长说，再过两个小时就能靠岸。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('当前的位置: 青龙山北坡 海拔>600米: text', () => {
    const issue = read([TITLE, LEAD, '当前的位置: 青龙山北坡 海拔>600米', '队员们在这里扎营休整。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('打开国家医保服务平台 首页 个人账户 查看内容, a how-to’s step: text', () => {
    const issue = read([TITLE, LEAD, '查询方法：', '打开国家医保服务平台 首页 个人账户 查看内容', '即可看到个人账户余额。'].join('\n'))
    expect(findAll(issue, 'chrome').map((node) => toString(node))).not.toContain('打开国家医保服务平台 首页 个人账户 查看内容')
  })
})

describe('a story’s dated data is no site stamp', () => {
  it('螺蛳粉 2023-05-10 20:15 点击 1280 in a story: no stamp', () => {
    expect(findAll(read([TITLE, LEAD, '螺蛳粉 2023-05-10 20:15 点击 1280', '热度最高的是本地小吃。'].join('\n')), 'stamp')).toEqual([])
  })

  it('a rainfall table with bars (2021-7-20 16:00| 雨量: 201.9毫米): no stamps', () => {
    const issue = read(['郑州遭遇极端降雨', '本报讯 7月20日，郑州遭遇极端强降雨。', '2021-7-20 16:00| 雨量: 201.9毫米| 站点: 郑州', '2021-7-20 17:00| 雨量: 85.6毫米| 站点: 郑州'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('a compiled item signed by no one', () => {
  it('（文字 整理）, （图片整理）: no signature', () => {
    for (const closing of ['（文字 整理）', '（图片整理）', '（综合 整理）']) {
      expect(findAll(read([TITLE, LEAD, closing].join('\n')), 'signature')).toEqual([])
    }
  })
})

describe('review 23: footers, channels, desks', () => {
  it('平南县召开春耕生产工作会议 over 当前位置：首页 >> 政务动态 >> 平南县召开春耕生产工作会议: the headline stays', () => {
    const issue = read(['平南县召开春耕生产工作会议', '当前位置：首页 >> 政务动态 >> 平南县召开春耕生产工作会议', '发布时间：2024-03-02 09:00', '3月1日，平南县召开春耕生产工作会议，部署全县春耕工作。'].join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual(['平南县召开春耕生产工作会议'])
  })

  it('抗洪一线 电信公司提供技术支持, a headline: no interface', () => {
    const issue = read(['抗洪一线 电信公司提供技术支持', '本报讯 连日来，市电信公司组织抢修队伍，保障抗洪一线通信畅通。'].join('\n'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual(['抗洪一线 电信公司提供技术支持'])
  })

  it('微信公众号 / 视频号 as a media centre story’s section titles: the story’s text', () => {
    const issue = read(['县融媒体中心打造全媒体矩阵', '本报讯 近年来，县融媒体中心不断拓展传播渠道。', '微信公众号', '粉丝突破20万，多篇稿件阅读量超10万。', '视频号', '推出系列短视频，累计播放量超千万次。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })

  it('市文联主管主办 alone, a journal’s line: no interface', () => {
    expect(findAll(read([TITLE, LEAD, '《青年文学》', '市文联主管主办'].join('\n')), 'chrome')).toEqual([])
  })

  it('村民闻讯昨日纷纷赶来, 汽车商讯 近日…, 平安警讯 昨日…: no datelines', () => {
    for (const lead of ['村民闻讯昨日纷纷赶来帮忙，很快扑灭了火。', '汽车商讯 近日，某品牌新车在我市上市。', '平安警讯 昨日，市公安局通报了一起案件。']) {
      expect(findAll(read(['村里发生一起火灾', lead].join('\n')), 'dateline')).toEqual([])
    }
  })

  it('a story’s cut first sentence at the page’s top over the site’s stamp: no headline made of it', () => {
    const first = '记者从市教育局获悉，今年全市共有3.2万名考生报名参加中考，比去年增加2100人，考试将于6月20日开始'
    const issue = read([first, '', '2024-06-15 10:20', '', '据介绍，今年全市共设考点28个，考场1100个。'].join('\n'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain(first)
  })
})

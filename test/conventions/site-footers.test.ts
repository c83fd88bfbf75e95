/**
 * A news site's footer and rights block, copied with its story, and two marks
 * a page sets around a story:
 *   主管单位:中共丽水市委宣传部 主办单位:丽水日报社      who publishes the site: interface
 *   丽水日报社(丽水网)法律顾问:… · 编辑部电话:…         its lawyer, its desks' numbers
 *   版权声明 / 《荆州日报》(电子版)的一切内容…不得…转载     its statement of rights under the label
 *   微 信 扫 一 扫 · 新闻图片                           a share code's label, an image's stand-in
 *   … content_241261.html 1 3 吴启珍 /enpproperty-->    an HTML comment left in the copy
 *   ■ 都市时报讯 (全媒体记者 李文璟)…                   a bullet before the lead: the lead keeps its dateline
 * and where they must not fire: a story's own sentences about sponsors,
 * copyright or scanning, a bullet before a caption.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, printed } from '../helpers/tree'

const STORY = ['全市道路交通平稳有序', '本报讯（记者 佘海艳）“五一”假期，荆州交警启动高等级勤务，全力保障道路交通安全。']

const chromeOf = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return { issue, chrome: findAll(issue, 'chrome').map((node) => printed(node, false)) }
}

/** A line under the story's one paragraph that is the site's interface: chrome, and the story keeps its one paragraph. */
const footerIsInterface = (line: string) => {
  const { issue, chrome } = chromeOf(page(...STORY, line))
  expect(chrome).toEqual([line])
  expect(findAll(issue, 'paragraph')).toHaveLength(1)
}

describe("a site's footer", () => {
  it.each([
    '主管单位:中共丽水市委宣传部 主办单位:丽水日报社',
    '丽水日报社(丽水网)法律顾问:浙江博翔律师事务所王伟斌、蓝先锋、应相业',
    '编辑部电话:0578-2127345',
    '省新闻道德委员会举报中心投诉电话:(0571)88901234 手机:18806501498',
    '违法和不良信息公开举报电话 | 涉未成年人有害信息举报电话:0578-2127345',
    '广播电视节目制作经营许可证:(浙)字第03677号',
    '本网站由丽水网版权所有',
    '湖南省新闻出版广电局主管 娄底广播电视中心(市广播电视台)主办',
    '版权所有:陕西农村报 陕ICP备06007801号-1 技术支持:锦华科技',
  ])('%s is interface, and the story before it keeps its paragraphs', (line) => {
    const { issue, chrome } = chromeOf(page(...STORY, line))
    expect(chrome).toContain(line)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it.each([
    '本次活动主办单位为市文联，承办单位为市图书馆。',
    '市民如发现违法行为，可拨打举报电话:12345。',
    '该书版权所有人已同意免费授权学校使用。',
  ])('a sentence of the story is no footer: %s', (line) => {
    const { issue, chrome } = chromeOf(page(...STORY, line))
    expect(chrome).not.toContain(line)
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})

describe('a statement of rights under its label', () => {
  const STATEMENT =
    '《荆州日报》(电子版)的一切内容(包括但不限于文字、图片、PDF、图表)仅供荆州日报读者阅读、学习研究使用,未经荆州日报及/或相关权利人书面授权,任何单位及个人不得将《荆州日报》(电子版)所登载、发布的内容用于商业性目的,包括但不限于转载、复制、发行、制作光盘、数据库、触摸展示等行为方式。否则,荆州日报将采取一切合法手段,追究侵权者的法律责任。'

  it('the statement and how to ask for leave are interface, however long; the story after is the page\'s only article', () => {
    const { issue, chrome } = chromeOf(page('版权声明', STATEMENT, '如需使用相关内容,请致电0931-8159799。', ...STORY))
    expect(chrome).toEqual(['版权声明', STATEMENT, '如需使用相关内容,请致电0931-8159799。'])
    expect(articles(issue)).toHaveLength(1)
    expect(printed(find(issue, 'headline')!)).toBe(STORY[0])
  })

  it('a story\'s paragraph about copyright, with no label over it, stays text', () => {
    const line = '未经作者书面授权，任何单位不得转载该书内容，出版社表示将依法维权，并已向法院提起诉讼，要求赔偿经济损失。'
    const { chrome } = chromeOf(page(...STORY, line))
    expect(chrome).not.toContain(line)
  })
})

describe('marks a page sets around a story', () => {
  it('a letter-spaced share label over the title is interface, not a kicker', () => {
    const { issue, chrome } = chromeOf(page('微 信 扫 一 扫', ...STORY))
    expect(chrome).toEqual(['微 信 扫 一 扫'])
    expect(find(issue, 'kicker')).toBeUndefined()
  })

  it('an image\'s stand-in text under the title is interface, not a subheadline', () => {
    const { issue, chrome } = chromeOf(page(STORY[0]!, '新闻图片', STORY[1]!))
    expect(chrome).toEqual(['新闻图片'])
    expect(find(issue, 'subheadline')).toBeUndefined()
  })

  it('an HTML comment left in the copy is interface', () => {
    const line = '2020-12-31 2 2 处州晚报 content_241261.html 1 3 吴启珍 /enpproperty-->'
    expect(chromeOf(page(...STORY, line)).chrome).toEqual([line])
  })
})

describe('a bullet before the lead', () => {
  it.each([
    ['■ 都市时报讯 (全媒体记者 李文璟)“滇池,精灵来袭。”昨日,正逢周末,不少市民前往海埂大坝。', '都市时报讯'],
    ['■本报讯（记者 王伟）昨日，全市春运工作会议召开。', '本报讯'],
    ['● 本报讯（记者 王伟）昨日，全市春运工作会议召开。', '本报讯'],
  ])('%s: the paragraph keeps the bullet and reads the dateline after it', (lead, source) => {
    for (const input of [page(lead), page('春运首日发送旅客6万人次', lead)]) {
      const issue = parseIssue(input)
      expectSource(input, issue)
      expect(find(issue, 'dateline')?.source).toBe(source)
      expect(find(issue, 'caption')).toBeUndefined()
      expect(find(issue, 'subheadline')).toBeUndefined()
      expect(printed(find(issue, 'paragraph')!)).toBe(lead)
    }
  })

  it('a bulleted sentence with no dateline is still a caption', () => {
    const issue = parseIssue(page('春运首日发送旅客6万人次', '■市民在火车站排队购票。', '本报讯（记者 王伟）昨日，全市春运工作会议召开。'))
    expect(find(issue, 'caption')).toBeDefined()
  })
})

describe('photo news with the site\'s interface under it', () => {
  it('the text is the story\'s and the credit its signature, as without the interface', () => {
    const input = page(
      '【图片新闻】庆阳西峰区广大果农抢抓农时 积极为苹果疏花',
      ' 2019/04/26/ 09:00 来源:每日甘肃网-甘肃经济日报 盘小美',
      '  眼下苹果进入盛花期,西峰区广大果农抢抓农时,积极为苹果疏花。',
      '  近年来,西峰区大力发展苹果产业,为农民增收夯实了产业基础。',
      '  盘小美 摄',
      '版权声明',
    )
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'caption')).toBeUndefined()
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expect(find(issue, 'signature')!.names).toEqual(['盘小美'])
  })
})

describe("a site's claim on what it carries, and a bullet before a photographer", () => {
  it.each([
    '凡文章来源为"兰州新闻网"的稿件,均为兰州新闻网独家版权,任何媒体、网站或个人未经授权不得转载、链接、转贴或以其他方式使用。',
    '本网站所刊登的新闻、信息和各种专题专栏资料,未经协议授权,禁止下载使用。',
  ])('%s under the story is interface', (line) => {
    footerIsInterface(line)
  })

  it('a story\'s sentence that opens with 凡 is text: 凡参加活动的市民,均可获得纪念品一份。', () => {
    expect(chromeOf(page(...STORY, '凡参加活动的市民,均可获得纪念品一份。')).chrome).toEqual([])
  })

  it('…居民走出小区。 □倪竹馨 摄: a caption with its photographer, the bullet before the name', () => {
    const input = page('浦东两个地区今起调整为低风险地区', '今天零时,界龙花苑小区门开了,居民走出小区。 □倪竹馨 摄', '本报讯 (记者 章磊 沈馨艺)随着时针指向今日零点,川沙新镇解封。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'caption')).toBeDefined()
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })
})

describe('more of what a page sets under its story (d109, d143, d234, d341)', () => {
  it.each([
    ['####'],
    ['回页首'],
    ['(庞先生提供信息奖38元)'],
    ['邢台网 官方微信'],
    ['邢台网 客户端'],
    ['邢台日报、牛城晚报所有自采新闻(含图片)'],
    ['独家授权邢台网发布,未经允许不得转载或镜像。'],
  ])('%s under the story is interface, not a paragraph', (line) => {
    const input = page(...STORY, line)
    const { issue, chrome } = chromeOf(input)
    expect(chrome).toContain(line)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it.each([
    // a story's own sentences about accounts, rights and rewards
    ['市民可关注邢台网官方微信了解详情。'],
    ['他提供信息后获得奖励38元,十分高兴。'],
    ['该社所有原创作品将结集出版。'],
  ])('must not fire: %s is the story’s', (line) => {
    expect(chromeOf(page(...STORY, line)).chrome).not.toContain(line)
  })
})

describe('must not fire: a break and an offer in a story’s own text', () => {
  it('#### between a story’s paragraphs is a break: the story goes on under it', () => {
    const input = page(...STORY, '####', '照片上是当年修建水库的场景。')
    const { issue } = chromeOf(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(2)
  })

  it('a police appeal’s own reward, (群众提供线索奖励5000元), stays its text', () => {
    expect(chromeOf(page(...STORY, '(群众提供线索奖励5000元)')).chrome).toEqual([])
  })
})

describe('an e-paper system’s fields copied as a line, with or without its comment’s marks (d434, d468)', () => {
  it.each([
    ['2025-09-30 2 2 河北经济日报 con180624.html 1 围场:“民心路”修进百姓心坎里'],
    ['--> 2021-03-01 察布查尔锡伯自治县副县长 居来提·艾海提 2 2 阿克苏日报 content_37761.html 1 我们的幸福生活不容诋毁 /enpproperty>'],
    ['分享按钮'],
  ])('%s is interface', (line) => {
    const { issue, chrome } = chromeOf(page(...STORY, line))
    expect(chrome).toContain(line)
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })

  it('must not fire: a sentence naming a page’s file is text', () => {
    expect(chromeOf(page(...STORY, '2025-09-30 记者查看了网站的content_1.html 页面,发现已无法打开。')).chrome).toEqual([])
  })
})

describe('a portal’s footer under its story (d121, d203, d269: 新浪 archive pages)', () => {
  const FOOTER = [
    'Powered By Google',
    '新闻中心意见反馈留言板 电话:010-82612286   欢迎批评指正',
    '新浪简介 | About Sina | 广告服务 | 招聘信息 | 网站律师 | SINA English | 产品答疑',
  ]

  it('the search engine’s name, the feedback line with its phone, the corporate links: interface, no story of their own', () => {
    const input = page(...STORY, ...FOOTER)
    const issue = parseIssue(input)
    expect(chromeOf(input).chrome).toEqual(FOOTER)
    expect(articles(issue)).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire: a story’s sentence about a hotline, a table row with bars', () => {
    const input = page(...STORY, '市民可拨打留言板电话反映问题，工作人员将及时回复。', '收入 | 支出 | 结余 | 广告费')
    expect(chromeOf(input).chrome).toEqual([])
  })
})

describe('a site’s statement and disclaimer (d398 运城新闻网, d303 上游新闻, d502 眉山网)', () => {
  it('the label (网站声明, 免责声明) alone, the rights under it, the claim that what is unmarked is reprinted: interface', () => {
    const lines = [
      '网站声明',
      '运城日报、运城晚报所有自采新闻(含图片)独家授权运城新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源。',
      '凡本网未注明“发布者:运城新闻网”的作品,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。',
    ]
    const input = page(...STORY, ...lines)
    expect(chromeOf(input).chrome).toEqual(lines)
    expect(articles(chromeOf(input).issue)).toHaveLength(1)
  })

  it('a disclaimer by its label, however long: 免责声明:本站部分信息来源于互联网…', () => {
    const line = `免责声明:本站部分信息来源于互联网,如有侵权敬请告知!网友在本站发布的信息与本站无关或者不代表本站观点。${'如转载稿涉及版权等问题,请作者在两周内速来电或来函联系。'.repeat(4)}`
    expect(chromeOf(page(...STORY, line)).chrome).toEqual([line])
  })

  it('the label as sites also spell it, 版权和免责申明, 网站申明, under the story: interface, not its last paragraph (d543)', () => {
    for (const label of ['版权和免责申明', '网站申明', '版权及免责声明']) {
      const input = page(...STORY, label)
      expect(chromeOf(input).chrome).toEqual([label])
      expect(findAll(articles(chromeOf(input).issue)[0]!, 'paragraph').map((p) => toString(p))).not.toContain(label)
    }
  })

  it('must not fire: a story’s own sentences about a statement or a disclaimer', () => {
    const input = page(...STORY, '该公司昨日发布网站声明,称相关信息不实。', '律师表示,免责声明并不能免除经营者的全部责任。')
    expect(chromeOf(input).chrome).toEqual([])
  })
})

describe('an e-paper’s message board: its button and its numbered rules (d520)', () => {
  const RULES = [
    '我要评报 隐藏留言须知',
    '2.大理时讯拥有管理笔名和留言的一切权力。',
    '3.您在大理时讯留言板发表的言论,大理时讯有权在网站内转载或引用。',
    '4.如您对管理有意见请向 留言板管理员 或 大理时讯网络中心 反映。',
  ]
  it('under a photo news story: interface, the story keeps its text and signature', () => {
    const photoNews = '为切实保障滩地管理员等人员人身安全,提高死亡水草等杂物清理效率,州驻镇工作队为喜洲镇购置了清理设备。 洪凯华 摄'
    const input = page(photoNews, ...RULES)
    const { chrome, issue } = chromeOf(input)
    expect(chrome).toEqual(RULES)
    expect(findAll(issue, 'signature')).toHaveLength(1)
  })

  it('must not fire: a pledge’s numbered rules (1.遵守中华人民共和国有关法律法规,…) stay its story’s', () => {
    const lines = ['1.遵守中华人民共和国有关法律法规,依法诚信经营。', '2.不接纳未成年人进入营业场所。']
    expect(chromeOf(page(...STORY, '承诺内容如下:', ...lines)).chrome).toEqual([])
  })

  it('must not fire: a numbered list of a story about a message board', () => {
    const lines = ['1.市民可在政府网站留言板反映问题。', '2.留言须在三个工作日内得到答复。']
    const input = page(...STORY, ...lines)
    expect(chromeOf(input).chrome).toEqual([])
  })
})

describe('a comment box and an error page’s lines under the story (d198, d206, d213, d425, d447)', () => {
  it('发 表 评 论 |, a lone bar, 条评论, 查看更多评论, 请输入验证码, No comments:, Post a Comment, 404 Not Found, 热门文章: interface', () => {
    const lines = ['发 表 评 论 |', '|', '条评论', '查看更多评论', '请输入验证码', 'No comments:', 'Post a Comment', '404 Not Found', '热门文章']
    const input = page(...STORY, ...lines)
    expect(chromeOf(input).chrome).toEqual(lines)
    expect(articles(chromeOf(input).issue)[0]!.children.filter((c) => c.type === 'paragraph')).toHaveLength(1)
  })

  it('must not fire: a story’s sentences about comments or a captcha', () => {
    const input = page(...STORY, '网友评论说,这项措施很及时。', '市民反映,办理业务时需要请输入验证码的环节太多。')
    expect(chromeOf(input).chrome).toEqual([])
  })
})

describe('a site’s greeting and its contact footer (d534, d531, d56)', () => {
  it.each(['您好,欢迎来到甘肃农民网!', '您好!欢迎来到我们的网站!', '服务热线:0536-3233110 邮箱:qzjrqzw@163.com 地址:山东省青州市市委院内', '地址:汝州市老二门街南段 邮编:467500'])('%s: interface', (line) => {
    expect(chromeOf(page(...STORY, line)).chrome).toEqual([line])
  })

  it('must not fire: a title or a quoted sign of welcome, a notice’s own address and telephone', () => {
    const issue = parseIssue(page('欢迎来到冰雪大世界', '本报讯(记者 王磊)12月20日,冰雪大世界开园迎客。', '村口的石碑上写着:', '欢迎来到美丽李家村!', '联系电话:13809330000 地址:崇信县城关镇东街12号'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(find(issue, 'headline')).toBeDefined()
  })

  it('must not fire: a story’s sentences giving a hotline, or welcoming guests', () => {
    const lines = ['市民如有疑问,可拨打服务热线:12345咨询。', '欢迎广大市民踊跃参加本次活动。']
    expect(chromeOf(page(...STORY, ...lines)).chrome).toEqual([])
  })
})

describe('an e-paper’s comment box and its links to the story’s page (d409)', () => {
  it.each(['本文评论                                        评论数()  更多>>', '评论正在加载中...', '发布评论', '最大长度:500 还剩:500', '本文所在版面', '本文所在版面导航', '更多>>  日照日报近期报纸查看'])('%s: interface', (line) => {
    expect(chromeOf(page(...STORY, line)).chrome).toEqual([line.trim()])
  })

  it('must not fire: a story’s sentences about comments and the length of a text', () => {
    const lines = ['网友评论说,这项措施很及时,希望长期坚持。', '本文所在的专栏每周五出版。']
    expect(chromeOf(page(...STORY, ...lines)).chrome).toEqual([])
  })
})

describe('a paper’s site footer: its publisher, its hotline, its site’s firm', () => {
  const footer = ['上海法治报社版权所有,未经许可严禁复制或镜像', '上海报业集团主管主办 上海法治报社出版', '新闻热线 : 021-64179999', '杭州前方信息技术有限公司 仅提供技术服务支持']

  it('the publisher and the site’s firm are interface; the hotline a tip line, no staff line; no story of their own', () => {
    const issue = parseIssue([...STORY, ...footer].join('\n'))
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
    const chrome = findAll(issue, 'chrome').map((node) => printed(node))
    expect(chrome).toEqual(expect.arrayContaining(['上海报业集团主管主办 上海法治报社出版', '杭州前方信息技术有限公司 仅提供技术服务支持']))
  })

  it('still: 新闻热线：0350-3032110 in the staff box, under the staff lines, is its staff line', () => {
    const issue = parseIssue([...STORY, '本版责编：鲁明强', '新闻热线：0350-3032110'].join('\n'))
    expect(findAll(issue, 'editorLine')).toHaveLength(2)
  })

  it('must not: a story’s sentence that a body hosts and publishes (本书由市委宣传部主管主办的出版社出版) stays text', () => {
    const issue = parseIssue([...STORY, '这本书由市委宣传部主管主办的出版社出版，记录了城市的变迁。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a staff field opening a site’s field row', () => {
  it('编辑:王珏 来源:旺苍县党政公众网 发布时间:2018-03-26 15:16:00: the staff line and the stamp', () => {
    const issue = parseIssue([STORY[0]!, '编辑:王珏 来源:旺苍县党政公众网 发布时间:2018-03-26 15:16:00', STORY[1]!].join('\n'))
    expect(findAll(issue, 'editorLine').flatMap((line) => findAll(line, 'credit').map((c) => c.names))).toEqual([['王珏']])
    expect(find(issue, 'stamp')).toBeDefined()
  })

  it('责任编辑：王五 2025-06-06 15:10 under the text: the staff line and the stamp', () => {
    const issue = parseIssue([...STORY, '责任编辑：王五 2025-06-06 15:10'].join('\n'))
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
    expect(find(issue, 'stamp')).toBeDefined()
  })
})

describe('an e-paper’s footer: its business lines and its sites’ addresses by their labels', () => {
  it('广告热线:0596—2598333 订报及投诉:0596-2594000 and 闽南日报数字报网址:www.zzxww.com 漳州新闻网网址:www.zznews.cn: interface', () => {
    const { chrome } = chromeOf([...STORY, '闽南日报数字报网址:www.zzxww.com 漳州新闻网网址:www.zznews.cn', '广告热线:0596—2598333 订报及投诉:0596-2594000'].join('\n'))
    expect(chrome).toEqual(['闽南日报数字报网址:www.zzxww.com 漳州新闻网网址:www.zznews.cn', '广告热线:0596—2598333 订报及投诉:0596-2594000'])
  })

  it('must not: a sentence giving a hotline (市民可拨打广告热线:0596—2598333咨询。) stays text', () => {
    const { chrome } = chromeOf([...STORY, '市民可拨打广告热线:0596—2598333咨询。'].join('\n'))
    expect(chrome).toEqual([])
  })
})

describe('the site’s banner printed again in its footer, its list of other stories, its empty fields before the date (d671, d672, d673)', () => {
  const BANNER = '辽阳新闻网官方新闻门户-权威媒体 辽阳门户'
  const TITLE = '开展和谐邻里欢度节日活动'
  const TEXT = '本报讯 金秋送爽,丹桂飘香。为弘扬中华优秀传统文化,爱民社区开展了和谐邻里欢度节日活动。'

  it('the banner over the title, again among the footer’s interface: interface both times, the title the headline', () => {
    const input = [BANNER, '', TITLE, '', TEXT, '', '责任编辑:程月', BANNER, '关于我们    │    广告服务    │    网站地图', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual([TITLE])
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(expect.arrayContaining([BANNER, BANNER]))
  })

  it('must not fire: an e-paper’s list of titles over its first story, the title again over that story', () => {
    const input = ['第A02版:要闻', '排队不争抢 垃圾不落地', '3天累计成交汽车约800辆', '上一篇 下一篇', '排队不争抢 垃圾不落地', '江门日报讯 (记者/李银换) 国庆假期,江门各大景区迎来八方游客。', ''].join('\n')
    expect(findAll(parseIssue(input), 'headline').map((node) => toString(node))).toContain('排队不争抢 垃圾不落地')
  })

  it('相关新闻 / titles and their dates to the page’s end: interface, no story', () => {
    const list = ['相关新闻', '-', '固原火车站展非遗闹元宵', '[2026-03-03] -', '春节“守塔人”守护万家“信号满格”', '[2026-03-02] -', '市审批局、作协、书协联合开展“迎新春 送春联”活动', '[2026-02-11]']
    const input = [TITLE, TEXT, '(见习记者 王文莱 记者 罗占虎)', ...list, ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(list)
  })

  it('must not fire: under 相关新闻, a story’s text goes on (a sentence among the lines)', () => {
    const input = [TITLE, TEXT, '相关新闻', '固原火车站展非遗闹元宵', '3月3日,固原火车站举办非遗展示活动,吸引众多旅客驻足观看。', ''].join('\n')
    expect(findAll(parseIssue(input), 'chrome').map((node) => toString(node))).toEqual(['相关新闻'])
  })

  it('/ / 2017-02-15 16:40, the site’s empty fields before its date, under the title: the stamp', () => {
    const issue = parseIssue([TITLE, '乌兰察布日报', '/ / 2017-02-15 16:40', TEXT, ''].join('\n'))
    expect(find(issue, 'stamp')).toMatchObject({ date: { year: 2017, month: 2, day: 15 } })
    expect(findAll(issue, 'subheadline')).toEqual([])
  })
})

describe('a site’s prompts to its readers set into the story, a column’s name parted from the title by the site’s stamp (d213, d490)', () => {
  const TEXT = ['“两会”是全市人民政治生活中的一件大事,与经济社会发展息息相关。', '代表委员们纷纷表示,要把群众的期盼带到会上。']

  it('更多…点击关注↓, 扫一扫在手机打开当前页, 请输入验证码 between the text and its credit: interface, the story goes on and is signed', () => {
    for (const prompt of ['更多2023梅州两会热点,点击关注↓', '扫一扫在手机打开当前页', '请输入验证码']) {
      const issue = parseIssue([...TEXT, prompt, '梅州日报记者:郑炜梅', '编辑:杨乔颖', ''].join('\n'))
      expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual([prompt])
      expect(articles(issue)).toHaveLength(1)
      expect(findAll(issue, 'signature').flatMap((node) => node.names ?? [])).toEqual(['郑炜梅'])
    }
  })

  it('must not fire: a sentence about scanning a code, a story’s words about following', () => {
    const lines = ['市民扫一扫二维码,即可在手机上打开办事指南并提交材料。', '更多市民点击关注后,参与了线上投票。']
    expect(findAll(parseIssue([...TEXT, ...lines, ''].join('\n')), 'chrome')).toEqual([])
  })

  it('■城市拍客 / the site’s fields / the title: the column’s name is interface, no kicker', () => {
    const issue = parseIssue(['■城市拍客', '【发布日期:2016-08-09】 【来源:本站】 【阅读:次】', '老人过马路遇车流 交警主动搀扶护送', '7月29日上午,城厢交警在路口执勤,主动搀扶老人过马路。', ''].join('\n'))
    expect(findAll(issue, 'kicker')).toEqual([])
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual(['老人过马路遇车流 交警主动搀扶护送'])
  })

  it('must not fire: a kicker straight over its headline, the site’s fields under the two', () => {
    const issue = parseIssue(['聚焦两会', '代表委员热议高质量发展', '【发布日期:2016-08-09】 【来源:本站】', '7月29日上午,代表委员们围绕高质量发展建言献策。', ''].join('\n'))
    expect(findAll(issue, 'kicker').map((node) => toString(node))).toEqual(['聚焦两会'])
  })
})

describe('a site’s source field, then its staff’s on the same row; a portal’s code for its editor', () => {
  const under = (line: string) => {
    const input = page(...STORY, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return {
      sources: findAll(issue, 'sourceNote').map((node) => printed(node, false)),
      staff: findAll(issue, 'editorLine').flatMap((node) => node.children.filter((c) => c.type === 'credit').map((c) => [c.role, c.names])),
    }
  }

  it('来源：远安融媒 编辑：王芳 审核：李强 终审：赵敏: the source note, then the staff line (the row was all source)', () => {
    expect(under('来源：远安融媒 编辑：王芳 审核：李强 终审：赵敏')).toEqual({
      sources: ['来源：远安融媒'],
      staff: [['编辑', ['王芳']], ['审核', ['李强']], ['终审', ['赵敏']]],
    })
    expect(under('信息来源：远安县政府办 编辑：王芳 审核：李强').sources).toEqual(['信息来源：远安县政府办'])
    expect(under('来源：恩施日报 | 编辑：李强 | 审核：赵敏').staff).toEqual([['编辑', ['李强']], ['审核', ['赵敏']]])
  })

  it('（本文来源：恩施新闻网）: a source note in brackets, as （来源：新华网） is', () => {
    expect(under('（本文来源：恩施新闻网）').sources).toEqual(['（本文来源：恩施新闻网）'])
  })

  it('责任编辑：张玉 SF069, 王芳_NB12345, 王芳 (EN012): the editor, the code no part of the name', () => {
    for (const line of ['责任编辑：张玉 SF069', '责任编辑：张玉_NB12345', '责任编辑：张玉 (EN012)']) {
      expect(under(line).staff, line).toEqual([['责任编辑', ['张玉']]])
    }
  })

  it('must not fire: a row whose rest reads as no credits stays the source’s; a word after the name is no code', () => {
    const row = under('来源：《今日桐乡》 作者：今日桐乡记者 羊宇杰 编辑：王颖')
    expect(row.sources).toEqual(['来源：《今日桐乡》 作者：今日桐乡记者 羊宇杰 编辑：王颖'])
    expect(under('责任编辑：张玉 5G').staff).toEqual([])
  })
})

describe('closing notes and credits a story prints under its text: what it was compiled or taken from, a dash before the credit', () => {
  const under = (line: string) => {
    const input = page(...STORY, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    return {
      sources: findAll(issue, 'sourceNote').map((node) => printed(node, false)),
      signatures: findAll(issue, 'signature').map((node) => node.names),
      staff: findAll(issue, 'editorLine').flatMap((node) => node.children.filter((c) => c.type === 'credit').map((c) => [c.role, c.names])),
      paragraphs: findAll(issue, 'paragraph').length,
    }
  }
  const paragraphs = under('（来源：新华网）').paragraphs

  it.each(['(本报综合)', '（综合新华社、央视新闻）', '（综合自新华社、人民日报等）', '（据《人民日报》）', '（本文来源：远安发布）', '（据新华社电）'])(
    '%s: a source note, no paragraph of the story (it was one)',
    (line) => {
      expect(under(line)).toMatchObject({ sources: [line], paragraphs })
    },
  )

  it.each(['（本版图片均由县委宣传部提供）', '【来源：远安日报】'])('%s: a source note, no paragraph (it was one)', (line) => {
    expect(under(line)).toMatchObject({ sources: [line], paragraphs })
  })

  it('——本报记者 王芳 under the text: the story’s signature (it was a paragraph)', () => {
    expect(under('——本报记者 王芳')).toMatchObject({ signatures: [['王芳']], paragraphs })
  })

  it('must not fire: a sentence in brackets closing the text, a note on the names; a dash before words', () => {
    expect(under('（文中人物均为化名）').sources).toEqual([])
    expect(under('（综合考虑各方意见后再定）').sources).toEqual([])
    expect(under('——这是村民们共同的心声。').signatures).toEqual([])
  })
})

describe('the footer lines a site sets under the story: its disclaimers, its call to follow it, its sponsor', () => {
  it.each([
    '声明：本文仅代表作者观点，不代表本站立场。',
    '【免责声明】本文仅代表作者个人观点，与本网无关。',
    '（本文仅代表作者观点，不代表本网立场）',
    '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
    '郑重声明:本文版权归原作者所有,转载文章仅为传播更多信息之目的,如有侵权行为,请第一时间联系我们修改或删除,多谢。',
    '更多精彩内容，请关注远安发布微信公众号。',
    '欲知更多资讯，请下载远安发布客户端',
  ])('%s under the story: interface, no paragraph of it', (line) => {
    footerIsInterface(line)
  })

  it('远安日报社主办 as the page’s last line, or over its rights line: the site’s sponsor, interface', () => {
    expect(chromeOf(page(...STORY, '远安日报社主办')).chrome).toEqual(['远安日报社主办'])
    expect(chromeOf(page(...STORY, '远安日报社主办\n版权所有 远安日报社')).chrome).toEqual(['远安日报社主办', '版权所有 远安日报社'])
  })

  it('must not fire: a story’s own statement (声明：我公司与王芳已解除劳动关系。), a call to read on (更多精彩内容，请关注明天的报道。), a sentence on hosting, a sponsor line over more text', () => {
    for (const line of ['声明：我公司与王芳已解除劳动关系。', '郑重声明：本人遗失身份证一张，特此声明。', '更多精彩内容，请关注明天的报道。', '本次活动由市委宣传部主办']) {
      expect(chromeOf(page(...STORY, line)).chrome, line).toEqual([])
    }
    expect(chromeOf(page(...STORY, '市委宣传部主办', '活动当天，共有三百余名市民参加。')).chrome).toEqual([])
  })
})

describe('a site’s source field and its author’s on one line (来源：远安日报 作者：王芳): the source note and the credit', () => {
  it.each(['来源：远安日报 作者：王芳', '本文来源：远安日报 作者：王芳', '来源：远安日报 | 作者：王芳'])('%s under the story: the source note, the author its signature (a paragraph and the signature before)', (line) => {
    const input = page(...STORY, '假期期间，全市未发生重大交通事故。', line)
    const issue = parseIssue(input)
    expect(find(issue, 'sourceNote')?.source).toBe('远安日报')
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王芳']])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('under the title: the source note and the byline (the source was a subheadline)', () => {
    const issue = parseIssue(`${STORY[0]}\n来源：远安日报 作者：王芳\n${STORY[1]}\n`)
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(find(issue, 'sourceNote')?.source).toBe('远安日报')
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => c.names)).toEqual([['王芳']])
  })

  it('must not fire: a title before a byline stays the title (省运会接待酒店周边整治须加快 本报记者 刘晨)', () => {
    const issue = parseIssue(`省运会接待酒店周边整治须加快 本报记者 刘晨\n${STORY[1]}\n`)
    expect(toString(find(issue, 'headline')!)).toBe('省运会接待酒店周边整治须加快')
    expect(findAll(issue, 'sourceNote')).toEqual([])
  })
})

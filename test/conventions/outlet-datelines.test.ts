/**
 * Datelines of papers the vocabulary does not list, and the credits around
 * them, as a reader of any Chinese paper reads them:
 *   本报讯2月9日上午,…               a flash source glued to the lead
 *   兰州晚报讯 半岛都市报11月6日讯     any outlet's name as the source, with or without a date
 *   【金陵晚报报道】                   an outlet's report, in brackets
 *   西和讯(通讯员梁云霞杨军祥)          a county desk's name and 讯, before credits
 *   【香港商报讯】记者林丽青报道：       the reporter after the dateline, closed by 报道
 *   (雪邦1日讯)                        a place and the wire date in brackets, no outlet
 *   (记者/黄少宏 实习生/朱子煜)         role / name
 *   (记者朱浩源文/图)                  what the reporter made, after the name
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Dateline, Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

/** The dateline opening the first paragraph of the first article. */
function leadDateline(issue: Issue): Dateline | undefined {
  const paragraph = find(articles(issue)[0]!, 'paragraph')!
  const first = paragraph.children[0]
  return first?.type === 'dateline' ? first : undefined
}

const credits = (node: Dateline) => findAll(node, 'credit').map(({ role, names }) => [role, names])

/** The first paragraph's text after its dateline. */
const lead = (issue: Issue) => toString(find(issue, 'paragraph')!.children.slice(1))

const HEADLINE = '全县新建改扩建学校30所'

/** The dateline of a page under HEADLINE whose lead is `lead`, its positions checked against the input. */
function datelineUnderHeadline(lead: string): Dateline {
  const input = page(HEADLINE, lead)
  const issue = parseIssue(input)
  expectSource(input, issue)
  return find(issue, 'dateline')!
}

/** The dateline opening the lead of a page under `title`, if one does, its positions checked against the input. */
function leadDatelineUnder(title: string, lead: string): Dateline | undefined {
  const input = page(title, lead)
  const issue = parseIssue(input)
  expectSource(input, issue)
  return leadDateline(issue)
}

describe('outlet datelines: where they fire', () => {
  it('本报讯2月9日上午: a flash source glued to the lead, dated by the lead', () => {
    const input = page(HEADLINE, '本报讯2月9日上午,萧县“三下乡”集中示范活动在黄口镇举行。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报讯')
    expect(toString(dateline)).toBe('本报讯')
    expect(dateline.date).toEqual({ month: 2, day: 9, raw: '2月9日' })
    expect(lead(issue)).toBe('2月9日上午,萧县“三下乡”集中示范活动在黄口镇举行。')
    expectSource(input, issue)
  })

  it('本报讯萧县…: a flash source glued to the lead\'s text', () => {
    const input = page(HEADLINE, '本报讯萧县今年新建学校30所。')
    const issue = parseIssue(input)
    expect(toString(leadDateline(issue)!)).toBe('本报讯')
    expect(lead(issue)).toBe('萧县今年新建学校30所。')
    expectSource(input, issue)
  })

  it('兰州晚报讯（记者朱浩源文/图）: a paper named by a place and 晚报; the reporter wrote and photographed', () => {
    const input = page(HEADLINE, '兰州晚报讯（记者朱浩源文/图）11月7日，高校毕业生专场招聘活动在兰州举行。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('兰州晚报讯')
    expect(dateline.place).toBeUndefined()
    expect(toString(dateline)).toBe('兰州晚报讯（记者朱浩源文/图）')
    expect(credits(dateline)).toEqual([['记者', ['朱浩源']]])
    expect(dateline.date).toEqual({ month: 11, day: 7, raw: '11月7日' })
    expectSource(input, issue)
  })

  it('现代快报讯（记者徐岑卢河燕文/摄）: two names glued, then what they made', () => {
    const input = page(HEADLINE, '现代快报讯（记者徐岑卢河燕文/摄）褪黑素、葡萄籽胶囊、维生素片……')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(toString(dateline)).toBe('现代快报讯（记者徐岑卢河燕文/摄）')
    expect(credits(dateline)).toEqual([['记者', ['徐岑', '卢河燕']]])
    expect(lead(issue)).toBe('褪黑素、葡萄籽胶囊、维生素片……')
    expectSource(input, issue)
  })

  it('半岛都市报11月6日讯: an outlet\'s name, then the wire date', () => {
    const input = page('国务院安委会巡查组进驻本市', '半岛都市报11月6日讯　5日上午,国务院安委会第一巡查组进驻本市。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('半岛都市报')
    expect(dateline.date).toEqual({ month: 11, day: 6, raw: '11月6日' })
    expect(toString(dateline)).toBe('半岛都市报11月6日讯')
    // The lead's own date (5日上午) stays in the body.
    expect(lead(issue)).toBe('　5日上午,国务院安委会第一巡查组进驻本市。')
    expect(findAll(issue, 'caption')).toEqual([])
    expectSource(input, issue)
  })

  it('【金陵晚报报道】: an outlet\'s report in brackets', () => {
    const input = page('烈日下的热情', '【金陵晚报报道】昨天下午,石城太阳已经有些毒辣。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('金陵晚报报道')
    expect(toString(dateline)).toBe('【金陵晚报报道】')
    expect(dateline.date).toBeUndefined()
    expectSource(input, issue)
  })

  it('中国青年报客户端北京5月9日电, 新华社客户端北京5月9日电: the outlet’s own app goes on with its name, the place after it', () => {
    for (const [opening, source] of [
      ['中国青年报客户端北京5月9日电（中青报·中青网记者 张伟）近日，市城管局开展垃圾分类宣传。', '中国青年报客户端'],
      ['新华社客户端北京5月9日电（记者 张伟）近日，市城管局开展垃圾分类宣传。', '新华社客户端'],
      ['青阳日报客户端北京5月9日电（记者 张伟）近日，市城管局开展垃圾分类宣传。', '青阳日报客户端'],
    ]) {
      const dateline = leadDateline(parseIssue(page('垃圾分类进社区', opening!)))!
      expect([dateline.source, dateline.place]).toEqual([source, '北京'])
    }
    // (Not where no place follows the app: 新华社客户端5月9日电 has none.)
    expect(leadDateline(parseIssue(page('垃圾分类进社区', '中国青年报北京5月9日电（记者 张伟）近日，市城管局开展垃圾分类宣传。')))!.place).toBe('北京')
  })

  it('央视网消息（新闻联播）：, （朝闻天下）: a programme’s name in the bracket credits no one; 本报讯（商闻） still signs a pen name', () => {
    for (const programme of ['新闻联播', '朝闻天下']) {
      const dateline = leadDateline(parseIssue(page('垃圾分类进社区', `央视网消息（${programme}）：近日，市城管局开展垃圾分类宣传。`)))!
      expect(dateline.source).toBe('央视网消息')
      expect(credits(dateline)).toEqual([])
    }
    expect(credits(leadDateline(parseIssue(page('垃圾分类进社区', '本报讯（商闻）近日，市城管局开展垃圾分类宣传。')))!)).toEqual([[undefined, ['商闻']]])
  })

  it('本报讯（记者 张伟/文 李明/图）, 本报讯（张伟/文 李明/图）: names with their work in a dateline’s bracket are its credits', () => {
    const credited = (bracket: string) => credits(leadDateline(parseIssue(page('垃圾分类进社区', `本报讯${bracket}近日，市城管局开展垃圾分类宣传。`)))!)
    expect(credited('（记者 张伟/文 李明/图）')).toEqual([
      ['记者', ['张伟']],
      ['图', ['李明']],
    ])
    expect(credited('（张伟/文 李明/图）')).toEqual([
      ['文', ['张伟']],
      ['图', ['李明']],
    ])
    // (Not where the picture or the text came from, review 35: 资料/图, 综合/编译 name no one.)
    expect(credited('（资料/图）')).toEqual([])
    expect(credited('（综合/编译）')).toEqual([])
    expect(credited('（记者 张伟 通讯员 李明）')).toEqual([
      ['记者', ['张伟']],
      ['通讯员', ['李明']],
    ])
  })

  it('【時代論壇訊】, 时代论坛讯: a weekly named 论坛 is the source, no place (d734)', () => {
    for (const opening of ['【時代論壇訊】12月8日，教會舉行感恩崇拜。', '时代论坛讯 12月8日，教会举行感恩崇拜。']) {
      const dateline = leadDateline(parseIssue(page('教會舉行感恩崇拜', opening)))!
      expect(dateline.source).toMatch(/^(?:時代論壇訊|时代论坛讯)$/)
      expect(dateline.place).toBeUndefined()
    }
    // (Not a forum cited in the lead: 据人民论坛报道…; nor one whose 讯 runs on into the sentence, 天涯论坛讯速传开 (review 35).)
    expect(find(parseIssue(page('教会举行感恩崇拜', '据人民论坛报道，教会举行感恩崇拜。')), 'dateline')).toBeUndefined()
    expect(find(parseIssue(page('网帖走红', '天涯论坛讯速传开，网友纷纷转发。')), 'dateline')).toBeUndefined()
  })

  it('西和讯(通讯员梁云霞杨军祥): a county desk\'s name and 讯, before credits in brackets', () => {
    const input = page(HEADLINE, '西和讯(通讯员梁云霞杨军祥)近年来,西和县始终坚持教育优先发展战略。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('西和讯')
    expect(toString(dateline)).toBe('西和讯(通讯员梁云霞杨军祥)')
    expect(credits(dateline)).toEqual([['通讯员', ['梁云霞', '杨军祥']]])
    expect(lead(issue)).toBe('近年来,西和县始终坚持教育优先发展战略。')
    expectSource(input, issue)
  })

  it('【香港商报讯】记者林丽青报道：the reporter after a bracketed dateline', () => {
    const input = page('深圳富源学校疑涉高考移民', '【香港商报讯】记者林丽青报道：日前，深圳市高三年级第二次模拟考试成绩出炉。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('香港商报讯')
    expect(toString(dateline)).toBe('【香港商报讯】记者林丽青报道')
    expect(credits(dateline)).toEqual([['记者', ['林丽青']]])
    expect(lead(issue)).toBe('：日前，深圳市高三年级第二次模拟考试成绩出炉。')
    expectSource(input, issue)
  })

  it('本报深圳5月15日电 记者姜天骄报道：the reporter after a wire dateline', () => {
    const input = page('深圳的文化味儿越来越浓', '本报深圳5月15日电 记者姜天骄报道：与首届文博会相比，参展面积扩大。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本报')
    expect(dateline.place).toBe('深圳')
    expect(dateline.date).toEqual({ month: 5, day: 15, raw: '5月15日' })
    expect(credits(dateline)).toEqual([['记者', ['姜天骄']]])
    expect(toString(dateline)).toBe('本报深圳5月15日电 记者姜天骄报道')
    expectSource(input, issue)
  })

  it('新快报讯 记者王娟 通讯员冯香婷 王丽君 吴志华报道: before 报道, spaces separate names', () => {
    const input = page(HEADLINE, '新快报讯 记者王娟 通讯员冯香婷 王丽君 吴志华报道    记者从广东医科大学获悉，该校启动紧急救助机制。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(credits(dateline)).toEqual([
      ['记者', ['王娟']],
      ['通讯员', ['冯香婷', '王丽君', '吴志华']],
    ])
    expect(lead(issue)).toBe('    记者从广东医科大学获悉，该校启动紧急救助机制。')
    expectSource(input, issue)
  })

  it('南方日报讯　（记者／黄少宏　实习生／朱子煜）: a slash between role and name', () => {
    const input = page(HEADLINE, '南方日报讯　（记者／黄少宏　实习生／朱子煜　通讯员／成广伟）“学习台北垃圾分类模式”要全面铺开。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('南方日报讯')
    expect(credits(dateline)).toEqual([
      ['记者', ['黄少宏']],
      ['实习生', ['朱子煜']],
      ['通讯员', ['成广伟']],
    ])
    expect(lead(issue)).toBe('“学习台北垃圾分类模式”要全面铺开。')
    expectSource(input, issue)
  })
})

describe('place datelines in brackets (Malaysia\'s Chinese papers)', () => {
  it('(雪邦1日讯): a place and the wire date, no outlet named', () => {
    const input = page('首相试乘机场新列车', '(雪邦1日讯)首相今午亲自试乘吉隆坡国际机场的接驳电车。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBeUndefined()
    expect(dateline.place).toBe('雪邦')
    expect(dateline.date).toEqual({ day: 1, raw: '1日' })
    expect(toString(dateline)).toBe('(雪邦1日讯)')
    expect(lead(issue)).toBe('首相今午亲自试乘吉隆坡国际机场的接驳电车。')
    expectSource(input, issue)
  })

  it('NOT a dateline: the place and date outside brackets, or a bracketed date with no 讯', () => {
    const outside = page('首相试乘机场新列车', '雪邦1日讯首相今午亲自试乘接驳电车。')
    expect(findAll(parseIssue(outside), 'dateline')).toEqual([])
    const aside = page('首相试乘机场新列车', '(雪邦1日)首相今午亲自试乘接驳电车。')
    expect(findAll(parseIssue(aside), 'dateline')).toEqual([])
  })
})

describe('outlet datelines: where they must not fire', () => {
  it('NOT an outlet: a company\'s name before a date and 讯', () => {
    const input = page(HEADLINE, '某某公司11月6日讯 公司召开年度大会。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT a dateline: an outlet\'s name before a date and 报道, outside brackets', () => {
    const input = page(HEADLINE, '半岛都市报11月6日报道，5日上午巡查组进驻本市。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT a dateline: 金陵晚报报道 outside brackets is the lead citing a paper', () => {
    const input = page(HEADLINE, '金陵晚报报道，昨天下午石城太阳已经有些毒辣。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT a county desk: a word and 讯 with no credits in the bracket (喜讯(图))', () => {
    const input = page(HEADLINE, '喜讯(图)全县新建学校30所。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT a county desk: a name and 讯 with no bracket after it', () => {
    const input = page(HEADLINE, '西和讯 近年来,西和县始终坚持教育优先发展战略。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT a credit: 记者 opening the lead after a wire dateline, with no 报道 to close it', () => {
    const input = page(HEADLINE, '本报深圳5月15日电 记者从市教育局获悉，全市新建学校30所。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(toString(dateline)).toBe('本报深圳5月15日电')
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT more names: without 报道, a space ends a loose credit\'s names', () => {
    const input = page(HEADLINE, '新快报讯 记者王娟 通讯员冯香婷 王丽君说，学校启动紧急救助机制。')
    const issue = parseIssue(input)
    expect(credits(leadDateline(issue)!)).toEqual([
      ['记者', ['王娟']],
      ['通讯员', ['冯香婷']],
    ])
    expectSource(input, issue)
  })

  it('NOT what they made: 文/图 before names is their role', () => {
    const input = page(HEADLINE, '本报讯（记者张三 文/图 李四）全县新建学校30所。')
    const issue = parseIssue(input)
    expect(credits(leadDateline(issue)!)).toEqual([
      ['记者', ['张三']],
      ['文/图', ['李四']],
    ])
    expectSource(input, issue)
  })
})

describe('any outlet before 讯 and a bracket of credits', () => {
  it('昆明信息港讯 (昆明日报 记者陈思伊)…: a dateline with the site as its source, the paper the reporter’s affiliation', () => {
    const input = page('昆明信息港讯 (昆明日报 记者陈思伊)在顺城王府井购物中心门前，记者看到市民有序排队。')
    const issue = parseIssue(input)
    const dateline = find(issue, 'dateline')!
    expect(dateline.source).toBe('昆明信息港讯')
    expect(findAll(dateline, 'credit').map((c) => c.names)).toEqual([['陈思伊']])
    expectSource(input, issue)
  })

  it('a paper’s and its site’s names joined by a slash, an app’s named by the day, an app’s before the wire date', () => {
    const binzhou = datelineUnderHeadline('滨州日报/滨州网讯(记者 裴庆力 刘清春 报道)10月28日至29日，市委宣传部组织开展了采访活动。')
    expect(binzhou.source).toBe('滨州日报/滨州网讯')
    expect(credits(binzhou)).toEqual([['记者', ['裴庆力', '刘清春']]])
    expect(datelineUnderHeadline('今日开化讯(记者 王燕珍)1月10日晚，颁奖典礼在衢州学院礼堂举行。').source).toBe('今日开化讯')
    const app = datelineUnderHeadline('长沙晚报掌上长沙4月1日讯(全媒体记者 唐朝昭 通讯员 高思玥)疫情“倒春寒”来袭。')
    expect(app.source).toBe('长沙晚报掌上长沙')
    expect(app.date).toMatchObject({ month: 4, day: 1 })
    expect(credits(app)).toEqual([['全媒体记者', ['唐朝昭']], ['通讯员', ['高思玥']]])
  })

  it('must not fire: an outlet’s name and the place it filed from before the date stay apart; a day’s word before a bracket with no 讯', () => {
    const placed = datelineUnderHeadline('广西新闻网钦州11月28日讯(记者 胡雁)“钦州和防城港是很有经济发展潜力的地方。”')
    expect([placed.source, placed.place]).toEqual(['广西新闻网', '钦州'])
    expect(findAll(parseIssue(page(HEADLINE, '今日上午(记者 王燕珍 摄)，颁奖典礼在衢州学院礼堂举行。')), 'dateline')).toEqual([])
  })

  it('must not fire: a name before 讯 with no credits after it, or a bracket with no role', () => {
    expect(findAll(parseIssue(page('市民来电讯息不断，工作人员逐一回复。')), 'dateline')).toEqual([])
    expect(findAll(parseIssue(page('昆明信息港讯 (图片来自网络)在顺城王府井购物中心门前，市民有序排队。')), 'dateline')).toEqual([])
  })
})

describe('an outlet’s name with its reporters’ bracket straight after it, no 讯 (d524)', () => {
  it('中国徐州网-徐州日报(记者 骆耀明) 初冬的暖阳…: a dateline, the names its source', () => {
    const dateline = datelineUnderHeadline('中国徐州网-徐州日报(记者 骆耀明) 初冬的暖阳一扫深秋的阴霾,读者节现场活动热闹非凡。')
    expect(dateline.source).toBe('中国徐州网-徐州日报')
    expect(credits(dateline)).toEqual([['记者', ['骆耀明']]])
  })

  it('must not fire: a bracket with no role (人民日报(海外版)刊文…), a name with no outlet’s ending (徐州市(记者 …)), a bracket inside the sentence', () => {
    expect(findAll(parseIssue(page(HEADLINE, '人民日报(海外版)刊文指出,读者节已成为城市文化名片。')), 'dateline')).toEqual([])
    expect(findAll(parseIssue(page(HEADLINE, '徐州市(记者 骆耀明)初冬的暖阳一扫深秋的阴霾。')), 'dateline')).toEqual([])
    expect(findAll(parseIssue(page(HEADLINE, '据悉,徐州日报(记者 骆耀明)此前曾报道此事。')), 'dateline')).toEqual([])
    // (A review on made-up pages found these read as datelines: a list of outlets, an award list, a closing credit.)
    expect(findAll(parseIssue(page(HEADLINE, '4月8日,“新春走基层”采访团走进我市重点企业。', '徐州日报(记者 骆耀明)、新华日报(记者 王五)等10余家媒体参加采访。')), 'dateline')).toEqual([])
    expect(findAll(parseIssue(page(HEADLINE, '本报讯 一等奖作品如下:', '徐州日报(记者 骆耀明)《读者节现场活动侧记》')), 'dateline')).toHaveLength(1)
    expect(findAll(parseIssue(page(HEADLINE, '本报讯 全市运动会开幕,2000余名运动员参赛。', '徐州日报(记者 骆耀明 通讯员 张三)')), 'dateline')).toHaveLength(1)
  })
})

describe('a site’s flash source, then its paper’s reporter with no brackets, closed by 报道 and a colon (d333, d176)', () => {
  it('咸宁新闻网讯 咸宁日报记者刘晖报道:8日,…: the reporter’s paper is the credit’s affiliation, the date after the colon the dateline’s', () => {
    const dateline = datelineUnderHeadline('咸宁新闻网讯 咸宁日报记者刘晖报道:8日,2016年度湖北省市州报新闻奖评选在随州市揭晓。')
    expect(dateline.source).toBe('咸宁新闻网讯')
    expect(findAll(dateline, 'credit').map(({ affiliation, role, names }) => [affiliation, role, names])).toEqual([['咸宁日报', '咸宁日报记者', ['刘晖']]])
    expect(dateline.date).toMatchObject({ day: 8 })
  })

  it('佛山新闻网讯 佛山市新闻传媒中心记者陈敏珊、张伟科摄影报道:6月27日,…: photographed and reported, the date the dateline’s', () => {
    const dateline = datelineUnderHeadline('佛山新闻网讯 佛山市新闻传媒中心记者陈敏珊、张伟科摄影报道:6月27日,中华全国新闻工作者协会组织的采访团走进佛山。')
    expect(credits(dateline)).toEqual([['佛山市新闻传媒中心记者', ['陈敏珊', '张伟科']]])
    expect(dateline.date).toMatchObject({ month: 6, day: 27 })
  })

  it('must not fire: the lead’s subject after the flash source (本报讯 记者从市教育局获悉) and a date later in the sentence', () => {
    const issue = parseIssue(page(HEADLINE, '本报讯 记者从市教育局获悉,今年8日起全市新建学校30所。'))
    expect(findAll(find(issue, 'dateline')!, 'credit')).toEqual([])
    expect(find(issue, 'dateline')!.date).toBeUndefined()
  })
})

describe('a site’s name before the paper’s source', () => {
  it('华商网-华商报讯(实习记者 王佳柯 记者 周艳涛)…: the whole is the source', () => {
    const input = page('华商网-华商报讯(实习记者 王佳柯 记者 周艳涛)“附近的菜市场拆了，买菜太不方便了。”')
    const issue = parseIssue(input)
    expect(find(issue, 'dateline')!.source).toBe('华商网-华商报讯')
    expect(findAll(find(issue, 'dateline')!, 'credit').map((c) => c.role)).toEqual(['实习记者', '记者'])
    expectSource(input, issue)
  })

  it('must not fire: a hyphen between words that are no site and no source', () => {
    expect(findAll(parseIssue(page('京津冀-长三角协同发展论坛昨日举行。')), 'dateline')).toEqual([])
  })
})

describe('a site and its news app joined by a middle dot', () => {
  it('青海新闻网·大美青海客户端讯 3月9日,…: the whole is the source', () => {
    const input = page(HEADLINE, '青海新闻网·大美青海客户端讯 3月9日，记者从西宁市城北区城乡建设局了解到，今年将改造19个小区。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'dateline')?.source).toBe('青海新闻网·大美青海客户端讯')
  })

  it('must not fire: a middle dot between two words that name no outlet opens no dateline (文化·生活讯)', () => {
    const issue = parseIssue(page(HEADLINE, '文化·生活讯 今年将改造19个小区，居民期待已久。'))
    expect(find(issue, 'dateline')).toBeUndefined()
  })
})

describe('a site’s name alone in lenticular brackets before the lead’s date', () => {
  it('【連網】1月29日航拍的…: the site is the source, the date the dateline’s', () => {
    const input = page(HEADLINE, '【連網】1月29日航拍的連云港北疏港高速公路墟溝互通。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const dateline = find(issue, 'dateline')
    expect([dateline?.source, dateline?.date?.month, dateline?.date?.day]).toEqual(['連網', 1, 29])
  })

  it('must not fire: a topic tag in the same brackets (【板前糾紛】) names no outlet', () => {
    const issue = parseIssue(page(HEADLINE, '【板前糾紛】1月29日，一對夫婦在店內爭執。'))
    expect(find(issue, 'dateline')).toBeUndefined()
  })

  it('must not fire: a site’s name in brackets with no date after it opens no dateline (【大河网】视频)', () => {
    const issue = parseIssue(page(HEADLINE, '【大河网】视频：全市召开春运工作会议。'))
    expect(find(issue, 'dateline')).toBeUndefined()
  })
})

describe('a site’s 消息 after the wire date, as 电 and 讯 close it (中新网12月4日消息)', () => {
  it.each([
    ['中新网12月4日消息 日前，来自台湾多家媒体记者一行7人抵达合肥。', '中新网', undefined, '中新网12月4日消息'],
    ['新华网北京12月4日消息 日前，来自台湾多家媒体记者一行7人抵达合肥。', '新华网', '北京', '新华网北京12月4日消息'],
  ])('%s: the source, its place and the date', (line, source, place, printed) => {
    const input = page(HEADLINE, line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe(source)
    expect(dateline.place).toBe(place)
    expect(dateline.date).toMatchObject({ month: 12, day: 4 })
    expect(toString(dateline)).toBe(printed)
  })

  it('with its credits in brackets: 中新网12月4日消息（记者 王小川）', () => {
    const issue = parseIssue(page(HEADLINE, '中新网12月4日消息（记者 王小川）日前，来自台湾多家媒体记者一行7人抵达合肥。'))
    expect(credits(leadDateline(issue)!)).toEqual([['记者', ['王小川']]])
  })

  it('must not fire: 据…消息 in a lead, and 消息 later in a sentence, are the text’s', () => {
    expect(leadDateline(parseIssue(page(HEADLINE, '据12月4日消息，来自台湾多家媒体记者一行7人抵达合肥。')))).toBeUndefined()
    expect(leadDateline(parseIssue(page(HEADLINE, '记者从市政府获悉12月4日消息，全县新建学校30所。')))).toBeUndefined()
  })
})

describe('a wire date in a sentence, and the span of one in a dateline', () => {
  it('新华网北京12月4日消息（记者 张三）: the date node is 12月4日, 消息 text', () => {
    const issue = parseIssue(page(HEADLINE, '新华网北京12月4日消息（记者 张三）日前,全县新建学校30所。'))
    const date = find(leadDateline(issue)!, 'date')!
    expect(toString(date)).toBe('12月4日')
  })

  it.each(['截至12月4日消息发布时,全县新建学校30所。', '另据中央气象台12月4日消息,全县新建学校30所。'])('%s: the date is read in the sentence', (line) => {
    const issue = parseIssue(page(HEADLINE, '本报讯 全县新建学校30所。', line))
    expect(findAll(issue, 'date').map((d) => toString(d))).toContain('12月4日')
  })
})

describe('the paper’s source in tortoise-shell brackets', () => {
  it('〔本报讯〕昨日下午,… and 〔本报消息〕昨(10)日…: a dateline, no bracket left as a subheadline', () => {
    for (const [lead, source] of [
      ['〔本报讯〕昨日下午,热心市民陈先生致电本报热线反映路灯坏了。', '本报讯'],
      ['〔本报消息〕昨(10)日下午,本报继续开展岁暮济贫活动。', '本报消息'],
    ] as const) {
      const input = page(HEADLINE, lead)
      const issue = parseIssue(input)
      expect(find(issue, 'dateline')?.source).toBe(source)
      expect(findAll(issue, 'subheadline')).toEqual([])
      expectSource(input, issue)
    }
  })

  it('must not fire: a reporter filing in those brackets reads as before; a bracket of other words is no dateline', () => {
    expect(credits(datelineUnderHeadline('〔記者陳彥廷／屏東報導〕屏東縣今天舉行活動。'))).toEqual([['記者', ['陳彥廷']]])
    expect(findAll(parseIssue(page(HEADLINE, '〔编者按〕全县新建改扩建学校30所。')), 'dateline')).toEqual([])
  })
})

describe('a province’s paper named after a national one the vocabulary knows (d405)', () => {
  it('四川经济日报内江讯(记者毛春燕李弘)…: the whole name the source, the place after it the dateline’s, nothing split off over it', () => {
    const input = page(HEADLINE, '四川经济日报内江讯(记者毛春燕李弘)近日,内江市委财经委员会召开第三次会议。')
    const issue = parseIssue(input)
    const dateline = find(issue, 'dateline')!
    expect([dateline.source, dateline.place]).toEqual(['四川经济日报', '内江'])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
    const flash = datelineUnderHeadline('河北经济日报讯（记者 王燕珍）近日，石家庄市召开新闻发布会。')
    expect(flash.source).toBe('河北经济日报讯')
    expect(credits(flash)).toEqual([['记者', ['王燕珍']]])
  })

  it('must not fire: the national paper alone is the wire source as before, its flash printed whole as any outlet’s; its name inside the lead’s sentence is no outlet of the story', () => {
    expect(datelineUnderHeadline('经济日报讯（记者 毛春燕）近日，内江市委召开会议。').source).toBe('经济日报讯')
    const wire = datelineUnderHeadline('经济日报内江讯（记者 毛春燕）近日，内江市委召开会议。')
    expect([wire.source, wire.place]).toEqual(['经济日报', '内江'])
    expect(findAll(parseIssue(page(HEADLINE, '据四川经济日报报道，内江市委近日召开会议。')), 'dateline')).toEqual([])
  })
})

describe('a paper’s and its site’s names joined by an enumeration comma before 讯 (d640)', () => {
  it('沈阳晚报、沈阳网讯（记者李庆实）…: the whole the source', () => {
    const dateline = datelineUnderHeadline('沈阳晚报、沈阳网讯（记者李庆实）昨日，辽宁女篮在联赛中取胜。')
    expect(dateline.source).toBe('沈阳晚报、沈阳网讯')
    expect(credits(dateline)).toEqual([['记者', ['李庆实']]])
  })

  it('must not fire: two bodies or two words joined so are no outlets (市委、市政府讯（…）, 喜报、捷报讯（…）, 舞台、平台讯（…）)', () => {
    for (const lead of ['市委、市政府讯（记者李庆实）昨日，全市召开会议。', '喜报、捷报讯（记者 张明）昨日，我市连传喜报。', '舞台、平台讯（记者 王宁）1月26日，春运正式启动。']) {
      expect(findAll(parseIssue(page(HEADLINE, lead)), 'dateline'), lead).toEqual([])
    }
  })
})

describe('a title and its lead on one line, an outlet the vocabulary does not list opening the lead (d418)', () => {
  it('天上不下雨积水却遍地 铁狮巷路面泥泞不堪 龙网常州晚报讯 本报热线…: the title, and the lead its dateline opens', () => {
    const input = '天上不下雨积水却遍地 铁狮巷路面泥泞不堪 龙网常州晚报讯 本报热线6633355最近几天天气持续晴好，可铁狮巷的路面却泥泞不堪。\n在现场记者发现，积水是施工工地排水所致。\n'
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline')!)).toBe('天上不下雨积水却遍地 铁狮巷路面泥泞不堪')
    expect(find(issue, 'dateline')!.source).toBe('龙网常州晚报讯')
    expectSource(input, issue)
  })

  it('must not fire (review 28): 讯 opening a word after an outlet’s name, a title’s second half (天气预报讯息, 警报讯号, 群众举报讯问)', () => {
    for (const title of ['寒潮今夜抵达 天气预报讯息显示周末降温8℃', '今日上午全市试鸣防空警报 警报讯号分为三种', '男子盗窃电动车被抓 群众举报讯问嫌疑人']) {
      const issue = parseIssue(`${title}\n\n记者从市气象台获悉，今夜起我市将迎来大风降温天气。\n`)
      expect(toString(find(issue, 'headline')!), title).toBe(title)
      expect(findAll(issue, 'dateline'), title).toEqual([])
    }
  })

  it('must not fire: an outlet’s name and 讯 after a sentence’s end or inside the sentence, no title before them', () => {
    for (const lead of ['近日有市民反映积水问题。 常州晚报讯问了相关部门，部门回复将尽快处理。', '铁狮巷路面泥泞不堪，常州晚报讯问了相关部门。']) {
      expect(findAll(parseIssue(page(HEADLINE, lead)), 'headline').map((n) => toString(n)), lead).toEqual([HEADLINE])
    }
  })
})

describe('an outlet’s 消息 then a colon or the date glued (央视网消息：…, 央视网消息5月9日，…; inline.ts NEWS_LEAD)', () => {
  it('央视网消息：5月9日，… and 央视网消息5月9日，…: the dateline, the outlet its source, the lead’s date its date', () => {
    for (const lead of ['央视网消息：5月9日，市民广场改造完工。', '央视网消息5月9日，市民广场改造完工。']) {
      const input = page('市民广场改造完工', lead)
      const issue = parseIssue(input)
      const line = find(issue, 'dateline')!
      expect(line.source, lead).toBe('央视网消息')
      expect(line.date, lead).toMatchObject({ month: 5, day: 9 })
      expectSource(input, issue)
    }
  })

  it('must not fire: news that is no outlet’s (好消息：…, 互联网消息：…)', () => {
    for (const lead of ['好消息：市民广场改造完工。', '互联网消息：市民广场改造完工。']) expect(findAll(parseIssue(page('标题', lead)), 'dateline'), lead).toEqual([])
  })
})

describe('a paper’s newsroom named after it, its brand opened by a Latin letter (part (bi), d691: 证券时报e公司讯，…)', () => {
  const read = (lead: string) => leadDatelineUnder('午间公告：天奇股份中标广汽丰田项目', lead)

  it('the paper, its newsroom and 讯 are the source, no place', () => {
    const dateline = read('证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地。')!
    expect(toString(dateline)).toBe('证券时报e公司讯')
    expect(dateline.source).toBe('证券时报e公司讯')
    expect(dateline.place).toBeUndefined()
  })

  it('not where 讯 opens a word (证券时报e公司讯息…), and a place after the paper is still the place (经济日报内江讯)', () => {
    expect(read('证券时报e公司讯息平台显示，当升科技竞得常州市工业用地。')).toBeUndefined()
    expect(read('经济日报内江讯 当升科技竞得常州市工业用地。')?.place).toBe('内江')
  })
})

describe('a small outlet’s flash straight before a comma, and a site’s flash with the hour (d852, d863)', () => {
  const read = (lead: string) => leadDatelineUnder('印尼大量富人逃离本土', lead)

  it('每日印尼讯,本周,…: the outlet’s name and 讯 the source, the comma the lead’s (d852)', () => {
    const dateline = read('每日印尼讯,本周,随着全国新冠病例的增加,印尼发生了一个现象。')!
    expect(toString(dateline)).toBe('每日印尼讯')
    expect(dateline.source).toBe('每日印尼讯')
  })

  it('华龙网-新重庆客户端4月23日10时35分讯（记者 舒婷）: the date before the hour, the hour no part of it (d863)', () => {
    const dateline = read('华龙网-新重庆客户端4月23日10时35分讯（记者 舒婷） “三亚有多欢迎重庆人？”4月22日下午举行推介会。')!
    expect(dateline.source).toBe('华龙网-新重庆客户端')
    expect(dateline.date).toMatchObject({ month: 4, day: 23 })
    expect(find(dateline, 'date')?.value).toBe('4月23日')
    expect(credits(dateline)).toEqual([['记者', ['舒婷']]])
  })

  it('not words for getting or questioning the news before a comma: 经审讯,…, 民警接讯,…, 闻讯,… open no dateline', () => {
    for (const lead of ['经审讯,犯罪嫌疑人对其盗窃行为供认不讳。', '民警接讯,立即赶赴现场处置。', '闻讯,村民们纷纷赶来帮忙。']) expect(read(lead)).toBeUndefined()
  })

  it('not an hour that is no flash’s: 4月23日10时35分,… is the lead’s date and time, no dateline', () => {
    expect(read('4月23日10时35分,一辆货车在高速公路上发生侧翻。')).toBeUndefined()
  })
})

/**
 * What closes a dateline's bracket of credits after the names, and the
 * outlets named before a role that are not plain Han names:
 *   香港文匯報訊（記者石華深圳報道）        the place the reporter filed from: the dateline's place
 *   晚报讯 (记者 李帅 摄影报道)             photographed and reported: no place
 *   津滨网讯(记者 王嵩 报道摄影)            the same, the words the other way round
 *   本报讯(YMG全媒体记者 杨春娜 …)          a media group's Latin initials before the role
 *   (新甘肃·甘肃日报记者李满福)            a group's app and its paper, joined by a middle dot
 *   佛山市新闻传媒中心记者                  a city's media centre
 *   河北日报、河北新闻网记者                a paper and its site listed, their joint reporter
 * and where it must not fire: credits with no filing words, a lead that
 * reports after the bracket, initials that stand before no role.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const HEADLINE = '春运首日发送旅客6万人次'

const datelineOf = (lead: string) => {
  const input = page(HEADLINE, lead)
  const issue = parseIssue(input)
  expectSource(input, issue)
  const dateline = find(issue, 'dateline')
  return {
    source: dateline?.source,
    place: dateline?.place,
    credits: findAll(dateline ?? issue, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names })),
  }
}

describe('a bracket of credits closed by its filing words', () => {
  it.each([
    ['香港文匯報訊（記者石華深圳報道）網上近日流傳出一份成績單。', '香港文匯報訊', '深圳', [{ role: '記者', affiliation: undefined, names: ['石華'] }]],
    ['本报讯（记者 王宏伟 济南报道）“山东是民营经济大省。', '本报讯', '济南', [{ role: '记者', affiliation: undefined, names: ['王宏伟'] }]],
    ['本报讯（记者 李静 嘉兴报道）昨日，全市春运工作会议召开。', '本报讯', '嘉兴', [{ role: '记者', affiliation: undefined, names: ['李静'] }]],
    ['晚报讯 (记者 李帅 摄影报道)9月底，有市民反映东沙河沿岸的标牌破损。', '晚报讯', undefined, [{ role: '记者', affiliation: undefined, names: ['李帅'] }]],
    // The words the other way round: reported, then photographed.
    ['津滨网讯(记者 王嵩 报道摄影)2月28日夜间开始，滨海新区迎来了第一场雪。', '津滨网讯', undefined, [{ role: '记者', affiliation: undefined, names: ['王嵩'] }]],
    ['本报讯（记者 李静 石家庄报道）昨日，全市春运工作会议召开。', '本报讯', '石家庄', [{ role: '记者', affiliation: undefined, names: ['李静'] }]],
    // A reporter's full name glued to 报道 is a name, not a place (three characters, a surname first, no place's ending).
    [
      '天山网讯(记者索蓉芝 通讯员姚汪平 文玲香报道)12月28日起，乌鲁木齐市开通会展专线公交。',
      '天山网讯',
      undefined,
      [
        { role: '记者', affiliation: undefined, names: ['索蓉芝'] },
        { role: '通讯员', affiliation: undefined, names: ['姚汪平', '文玲香'] },
      ],
    ],
  ])('%s: source %s, place %s', (lead, source, place, credits) => {
    expect(datelineOf(lead)).toEqual({ source, place, credits })
  })

  it('two reporters, then a spaced 报道: both names, no place (记者 李帅 王五 报道)', () => {
    expect(datelineOf('本报讯（记者 李帅 王五 报道）昨日，全市春运工作会议召开。')).toEqual({
      source: '本报讯',
      place: undefined,
      credits: [{ role: '记者', affiliation: undefined, names: ['李帅', '王五'] }],
    })
  })

  it('two reporters, then 摄影报道: both names, no place', () => {
    expect(datelineOf('本报讯（记者 张三 李四 摄影报道）昨日，全市春运工作会议召开。')).toEqual({
      source: '本报讯',
      place: undefined,
      credits: [{ role: '记者', affiliation: undefined, names: ['张三', '李四'] }],
    })
  })
})

describe('a bracket of credits closed by its filing words: where it must not fire', () => {
  it('（记者 张三 通讯员 李四）: two credits, no place', () => {
    expect(datelineOf('本报讯（记者 张三 通讯员 李四）昨日，全市春运工作会议召开。')).toEqual({
      source: '本报讯',
      place: undefined,
      credits: [
        { role: '记者', affiliation: undefined, names: ['张三'] },
        { role: '通讯员', affiliation: undefined, names: ['李四'] },
      ],
    })
  })

  it('报道 in the lead after the bracket is the lead’s word, not the bracket’s', () => {
    const { place, credits } = datelineOf('本报讯（记者 张三）据央视报道，全市春运工作会议昨日召开。')
    expect(place).toBeUndefined()
    expect(credits).toEqual([{ role: '记者', affiliation: undefined, names: ['张三'] }])
  })
})

describe('a local desk’s credits without brackets, closed by 报道', () => {
  it('钟家庄讯 通讯员王明轩报道 5月26日,…: the desk, the credit, the date', () => {
    expect(datelineOf('钟家庄讯 通讯员王明轩报道 5月26日，144团赴沙湾市老沙湾镇举办联谊活动。')).toEqual({
      source: '钟家庄讯',
      place: undefined,
      credits: [{ role: '通讯员', affiliation: undefined, names: ['王明轩'] }],
    })
  })

  it('must not fire: 西和讯 记者从县教育局获悉 — the lead’s subject, no 报道 closing it', () => {
    expect(datelineOf('西和讯 记者从县教育局获悉，今年全县新建学校三所。').credits).toEqual([])
  })
})

describe('outlets before a role that are not plain Han names', () => {
  it.each([
    ['本报讯(YMG全媒体记者 杨春娜 通讯员 于天洋)1月26日，2024年春运大幕正式开启。', [
      { role: 'YMG全媒体记者', affiliation: 'YMG', names: ['杨春娜'] },
      { role: '通讯员', affiliation: undefined, names: ['于天洋'] },
    ]],
    ['本报古浪3月12日讯(新甘肃·甘肃日报记者李满福)平日奔波在新闻一线的记者们来到八步沙。', [
      { role: '新甘肃·甘肃日报记者', affiliation: '新甘肃·甘肃日报', names: ['李满福'] },
    ]],
    ['本报讯（佛山市新闻传媒中心记者 陈敏珊）6月27日，采访团来到佛山。', [
      { role: '佛山市新闻传媒中心记者', affiliation: '佛山市新闻传媒中心', names: ['陈敏珊'] },
    ]],
    // A site's news app after the site (长城网·冀云客户端), or alone (新湖南客户端).
    ['本报讯(长城网·冀云客户端记者陈志洋 通讯员王东岭)“这条路修得太及时了！”', [
      { role: '长城网·冀云客户端记者', affiliation: '长城网·冀云客户端', names: ['陈志洋'] },
      { role: '通讯员', affiliation: undefined, names: ['王东岭'] },
    ]],
    ['本报讯(新湖南客户端记者 王五)昨日，全省春运工作会议召开。', [
      { role: '新湖南客户端记者', affiliation: '新湖南客户端', names: ['王五'] },
    ]],
    // A paper and its site listed, their joint reporter credited after both (河北日报、河北新闻网记者).
    ['本报讯（河北日报、河北新闻网记者周聪聪 通讯员 李明）昨日，全省春运工作会议召开。', [
      { role: '河北日报、河北新闻网记者', affiliation: '河北日报、河北新闻网', names: ['周聪聪'] },
      { role: '通讯员', affiliation: undefined, names: ['李明'] },
    ]],
    ['本报讯（光明日报、光明网记者 张三）昨日，全省春运工作会议召开。', [
      { role: '光明日报、光明网记者', affiliation: '光明日报、光明网', names: ['张三'] },
    ]],
  ])('%s', (lead, credits) => {
    expect(datelineOf(lead).credits).toEqual(credits)
  })

  it('initials in the lead after the bracket stand before no role: no outlet', () => {
    const { credits } = datelineOf('本报讯（记者 张三）CCTV昨日报道，全市春运工作会议召开。')
    expect(credits).toEqual([{ role: '记者', affiliation: undefined, names: ['张三'] }])
  })
})

describe('a credit line closed by 摄影报道', () => {
  it('邵阳日报记者 伍 洁 通讯员 唐美玉 刘兴富 摄影报道 over the text: a byline of two credits', () => {
    const issue = parseIssue(page(HEADLINE, '邵阳日报记者 伍 洁 通讯员 唐美玉 刘兴富 摄影报道', '11月4日，双清区交通运输局组织施工人员对产业路进行施工。'))
    const byline = find(issue, 'byline')!
    expect(findAll(byline, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))).toEqual([
      { role: '邵阳日报记者', affiliation: '邵阳日报', names: ['伍洁'] },
      { role: '通讯员', affiliation: undefined, names: ['唐美玉', '刘兴富'] },
    ])
  })

  it('must not fire: 摄影 with a name after it is a staff credit (摄影 张三), the line no byline of reporters', () => {
    const issue = parseIssue(page(HEADLINE, '本报讯 全市春运工作会议召开。', '记者 李四 摄影 张三'))
    expect(findAll(issue, 'credit').map((c) => c.role)).not.toContain(undefined)
  })
})

describe('a place and the wire date without brackets', () => {
  it.each([
    ['亚庇10日讯|端午节早上一场大雨，让菜市场外成汪洋一片。', undefined, '亚庇'],
    ['晨报淄博7月6日讯 7月6日，记者跟随市整治办到张店区暗访。', '晨报', '淄博'],
    ['亚庇10日讯  端午节早上一场大雨，让菜市场外成汪洋一片。', undefined, '亚庇'],
    ['亚庇10日讯——端午节早上一场大雨，让菜市场外成汪洋一片。', undefined, '亚庇'],
    // A site's or paper's whole name glued to the place (one word to the lexer), or set before a place it knows.
    ['东北网鸡西10月8日讯 为营造欢乐祥和的节日气氛，市环卫局加大工作力度。', '东北网', '鸡西'],
    ['东北网齐齐哈尔11月3日讯 记者从市水文局获悉，嫩江出现冰排。', '东北网', '齐齐哈尔'],
    ['东北网哈尔滨11月29日电 26日，省政府发展研究中心的人员来到江边。', '东北网', '哈尔滨'],
    ['广西新闻网钦州11月28日讯(记者 胡雁)“钦州是很有经济发展潜力的地方。”', '广西新闻网', '钦州'],
  ])('%s: source %s, place %s', (lead, source, place) => {
    const { source: got, place: where } = datelineOf(lead)
    expect([got, where]).toEqual([source, place])
  })

  it('must not fire: a name that ends no outlet before the date (某某公司11月6日讯) opens no dateline', () => {
    expect(datelineOf('某某公司11月6日讯 公司举行年会，员工共聚一堂。').source).toBeUndefined()
  })

  it('the credits after a glued outlet and place are read too', () => {
    expect(datelineOf('广西新闻网钦州11月28日讯(记者 胡雁)“钦州是很有经济发展潜力的地方。”').credits).toEqual([
      { role: '记者', affiliation: undefined, names: ['胡雁'] },
    ])
  })

  it('must not fire: a place and date glued to the lead with no mark between (去年10日讯端午节) is text', () => {
    expect(datelineOf('去年10日讯端午节，全市举办龙舟赛。').source).toBeUndefined()
    expect(datelineOf('去年10日讯端午节，全市举办龙舟赛。').place).toBeUndefined()
  })
})

describe('a reporter stationed in a place, named by it: 驻京记者, 本报驻大同记者 (tokens/words.ts StationedRole)', () => {
  it.each([
    ['本报讯（驻京记者 王建新）4月23日，全国人大常委会召开会议。', [{ role: '驻京记者', affiliation: undefined, names: ['王建新'] }]],
    ['本报讯（本报驻大同记者 王建新）4月23日，大同市召开会议。', [{ role: '本报驻大同记者', affiliation: '本报', names: ['王建新'] }]],
    [
      '本报讯（驻吕梁记者 王建新 通讯员 李明）4月23日，吕梁市召开会议。',
      [
        { role: '驻吕梁记者', affiliation: undefined, names: ['王建新'] },
        { role: '通讯员', affiliation: undefined, names: ['李明'] },
      ],
    ],
    ['本报讯（新媒体记者 王建新）4月23日，全市召开会议。', [{ role: '新媒体记者', affiliation: undefined, names: ['王建新'] }]],
  ])('%s: the credits, the lead’s date the dateline’s', (lead, credits) => {
    expect(datelineOf(lead).credits).toEqual(credits)
    expect(find(parseIssue(page(HEADLINE, lead)), 'dateline')?.date).toMatchObject({ month: 4, day: 23 })
  })

  it('must not fire: 驻 and 记者 further apart in a sentence (中国驻美国大使馆记者会) name no role', () => {
    const issue = parseIssue(page(HEADLINE, '本报讯 4月23日，中国驻美国大使馆记者会在华盛顿举行。'))
    expect(findAll(issue, 'credit')).toEqual([])
  })

  it('must not fire: a title telling what someone said to a reporter (驻村干部向记者讲述), or 驻 as a verb (驻守边关记者探访), is no byline', () => {
    for (const title of ['驻村干部向记者讲述', '驻守边关记者探访', '驻村干部对记者说']) {
      const issue = parseIssue(page(HEADLINE, title, '本报讯（记者 王芳）5月9日，今年村里新建了3座温室大棚。'))
      expect(findAll(issue, 'byline'), title).toEqual([])
      expect(findAll(issue, 'signature'), title).toEqual([])
    }
  })
})

describe('a bracket of credits after the lenticular brackets of the source: 【本报讯】（记者 王建新）', () => {
  it.each([
    ['【本报讯】（记者 王建新）4月23日，全市召开会议。', '本报讯'],
    ['【本报讯】 (记者 王建新) 4月23日，全市召开会议。', '本报讯'],
    ['【新华社北京4月23日电】（记者 王建新）全国召开会议。', '新华社'],
  ])('%s: the source and its reporter', (lead, source) => {
    const dateline = datelineOf(lead)
    expect([dateline.source, dateline.credits.map((c) => c.names)]).toEqual([source, [['王建新']]])
  })

  it('credits in lenticular brackets after the source: 本报讯【记者 王建新 通讯员 李明】', () => {
    expect(datelineOf('本报讯【记者 王建新 通讯员 李明】4月23日，全市召开会议。').credits.map((c) => [c.role, c.names])).toEqual([
      ['记者', ['王建新']],
      ['通讯员', ['李明']],
    ])
    expect(find(parseIssue(page(HEADLINE, '本报讯【记者 王建新】4月23日，全市召开会议。')), 'dateline')?.date).toMatchObject({ month: 4, day: 23 })
  })

  it('must not fire: a label in lenticular brackets after the source (本报讯【编者按】…) names no one', () => {
    expect(datelineOf('本报讯【编者按】今年以来，全市召开会议。').credits).toEqual([])
  })

  it('must not fire: a bracket naming no one after the brackets (【本报讯】（今日上午）…) is the lead’s text', () => {
    expect(datelineOf('【本报讯】（今日上午）全市召开会议。').credits).toEqual([])
  })
})

describe('the wire date before the place, as some sites and overseas papers print it (d253, d649)', () => {
  it.each([
    ['台湾网12月4日合肥消息 日前，台湾多家媒体记者一行7人进行了采访。', '台湾网', '合肥', 12, 4],
    ['台灣網12月4日合肥消息 日前，來自臺灣多家媒體記者一行7人進行了採訪。', '台灣網', '合肥', 12, 4],
    ['(台泰時報10月7日曼谷電)為慶祝雙十國慶，泰國台灣商會啟程。', '台泰時報', '曼谷', 10, 7],
    ['（星洲日报10月7日吉隆坡讯）马来西亚华总昨日召开会议。', '星洲日报', '吉隆坡', 10, 7],
    // (A wire source the vocabulary lists, the same order.)
    ['人民网5月9日太原电 日前，全省召开会议。', '人民网', '太原', 5, 9],
    ['央视网5月9日北京消息（记者 王刚）日前，全国召开会议。', '央视网', '北京', 5, 9],
    ['新华社5月9日北京电 日前，全国召开会议。', '新华社', '北京', 5, 9],
  ])('%s: source %s, place %s, the date the dateline’s', (lead, source, place, month, day) => {
    const dateline = find(parseIssue(page(HEADLINE, lead)), 'dateline')
    expect([dateline?.source, dateline?.place, dateline?.date?.month, dateline?.date?.day]).toEqual([source, place, month, day])
  })

  it('must not fire: an outlet’s name and a date before words that close no wire (淘宝网12月4日双十二活动开始, 报网12月4日上午说)', () => {
    for (const lead of ['淘宝网12月4日双十二活动开始 市民踊跃参与。', '新华网12月4日北京大学开学，新生报到。', '人民网5月9日北京大学开学，新生报到。']) expect(datelineOf(lead).source, lead).toBeUndefined()
  })
})

describe('outlets glued to a place: where they must not fire (a review’s probes)', () => {
  it.each([
    '联通网络公司10月8日讯 公司今日完成5G基站建设。',
    '华为网络技术10月8日讯 华为今日发布新品。',
    '互联网协会10月8日讯 协会今日召开年会。',
    '物联网产业园10月8日讯 园区今年新入驻企业30家。',
    '京东商城网上年货节12月1日讯 京东今日启动年货节。',
  ])('%s: a body’s name with 网 in it opens no dateline', (lead) => {
    expect(datelineOf(lead).source).toBeUndefined()
  })

  it('淘宝网杭州10月8日电商直播节开幕: 电 runs on into the title, no wire dateline', () => {
    const issue = parseIssue(page('淘宝网杭州10月8日电商直播节开幕', '本报讯 昨日，直播节开幕。'))
    expect(findAll(issue, 'dateline').map((d) => d.source)).toEqual(['本报讯'])
  })

  it.each(['张家界', '曹妃甸', '陆家嘴', '王府井', '刘家峡'])('本报记者 李静 %s报道: the place filed from, not a second reporter', (place) => {
    const issue = parseIssue(page('港口建设再提速', `本报记者 李静 ${place}报道`, '近日，记者来到这里。'))
    const credit = find(issue, 'credit')
    expect([credit?.names, credit?.place]).toEqual([['李静'], place])
  })
})

describe('a filing line spaced about its slash', () => {
  it('記者 林家慶 / 嘉義縣 報導 on its own line over the lead: the reporter filing from the place, the byline', () => {
    const input = page(HEADLINE, '記者 林家慶 / 嘉義縣 報導', '嘉義縣政府教育處舉辦國小校園小記者比賽，5日舉辦頒獎典禮。')
    const issue = parseIssue(input)
    const credit = find(find(issue, 'byline')!, 'credit')
    expect([credit?.role, credit?.names, credit?.place]).toEqual(['記者', ['林家慶'], '嘉義縣'])
    expectSource(input, issue)
  })

  it('記者 林家慶 / 嘉義縣 報導 opening the lead’s line: the dateline, filed from the place', () => {
    const input = page(HEADLINE, '記者 林家慶 / 嘉義縣 報導 嘉義縣政府教育處舉辦國小校園小記者比賽，5日舉辦頒獎典禮。')
    const dateline = find(parseIssue(input), 'dateline')
    expect([find(dateline!, 'credit')?.names, dateline?.place]).toEqual([['林家慶'], '嘉義縣'])
  })

  it('must not: a sentence with a slash in it (记者 张三 / 李四 分别采访了…) is text', () => {
    const issue = parseIssue(page(HEADLINE, '记者 张三 / 李四 分别采访了两位市民，他们都表示满意。'))
    expect(findAll(issue, 'dateline')).toEqual([])
  })
})

describe('a paper and its site listed before their joint reporter', () => {
  it('河北日报、河北新闻网记者周聪聪 王雪威 under the title: the byline, both names', () => {
    const input = page('搭载着申办冬奥的脚步:三个崇礼农民的冰雪之缘\n河北日报、河北新闻网记者周聪聪 王雪威', '2015年1月6日，国际奥委会总部的顾拜旦厅举行会议。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const byline = find(issue, 'byline')
    expect(findAll(byline ?? issue, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))).toEqual([
      { role: '河北日报、河北新闻网记者', affiliation: '河北日报、河北新闻网', names: ['周聪聪', '王雪威'] },
    ])
  })

  it('河北日报、河北新闻网记者周聪聪报道：… opening the lead: the two outlets the source, named once', () => {
    const dateline = datelineOf('河北日报、河北新闻网记者周聪聪报道：昨日，全省春运工作会议召开。')
    expect(dateline.source).toBe('河北日报、河北新闻网')
    expect(dateline.credits).toEqual([{ role: '记者', affiliation: '河北日报、河北新闻网', names: ['周聪聪'] }])
  })

  it('must not: outlets listed in the lead’s sentence (省内各大日报、电视台记者走进…) credit no one', () => {
    expect(datelineOf('本报讯 近日，省内各大日报、电视台记者走进市民广场。').credits).toEqual([])
    const input = page(HEADLINE, '人民日报、新华社记者纷纷前来采访。', '本月起，市民广场开始改造。')
    expect(find(parseIssue(input), 'byline')).toBeUndefined()
  })

  it('must not: words ending as outlets do but naming none (喜报、捷报) are no outlets', () => {
    const input = page(HEADLINE, '喜报、捷报记者张三报道：昨日，全省春运工作会议召开。')
    expect(find(parseIssue(input), 'dateline')).toBeUndefined()
  })
})

describe('a broadcaster’s reporter: 电 opening a word is no wire’s 电', () => {
  it('（淄博市广播电视台记者 张铭） in the dateline’s bracket: the station the credit’s affiliation', () => {
    expect(datelineOf('本报讯（淄博市广播电视台记者 张铭）昨日，全省春运工作会议召开。').credits).toEqual([
      { role: '淄博市广播电视台记者', affiliation: '淄博市广播电视台', names: ['张铭'] },
    ])
  })

  it('淄博电视台记者张铭报道：… opening the lead: the station is the source', () => {
    const dateline = datelineOf('淄博电视台记者张铭报道：昨日，全省春运工作会议召开。')
    expect(dateline.source).toBe('淄博电视台')
    expect(dateline.credits.map(({ names }) => names)).toEqual([['张铭']])
  })

  it.each([
    ['（淄博市广播电视台记者 张铭）', ['张铭']],
    ['（淄博市广播电视台记者张铭 通讯员梁兆福）', ['张铭', '梁兆福']],
    ['淄博市广播电视台记者 张铭', ['张铭']],
  ])('%s closing the story: its signature', (line, names) => {
    const input = page(HEADLINE, '本报讯 昨日，全省春运工作会议召开。', '会议部署了春运期间的各项工作。', line)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'signature').flatMap((s) => s.names)).toEqual(names)
  })

  it.each([
    ['新华社北京5月9日电 全省春运工作会议昨日召开。', '新华社', '北京'],
    ['新华社电（记者 王刚）全省春运工作会议昨日召开。', '新华社', undefined],
    ['据新华社电 全省春运工作会议昨日召开。', '新华社', undefined],
  ])('must not: a wire’s 电 still closes its dateline: %s', (lead, source, place) => {
    const dateline = datelineOf(lead)
    expect(dateline.source).toBe(source)
    expect(dateline.place).toBe(place)
  })

  it('must not: a wire date glued to a word opened by 电 is no dateline (淘宝网杭州10月8日电商直播节开幕)', () => {
    expect(find(parseIssue(page(HEADLINE, '淘宝网杭州10月8日电商直播节开幕。')), 'dateline')).toBeUndefined()
  })
})

describe('another outlet’s reporter after the first credit: the outlet is no name', () => {
  const creditsIn = (node: Parameters<typeof findAll>[0]) => findAll(node, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))
  const joint = [
    { role: '本报记者', affiliation: '本报', names: ['王刚'] },
    { role: '淄博日报记者', affiliation: '淄博日报', names: ['张铭'] },
  ]

  it('本报记者 王刚 淄博日报记者 张铭 under the title: the byline, two credits', () => {
    const input = page(`${HEADLINE}\n本报记者 王刚 淄博日报记者 张铭`, '本报讯 昨日，全省春运工作会议召开。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(creditsIn(find(issue, 'byline')!)).toEqual(joint)
  })

  it('本报记者 王刚 中国青年报记者 张铭: a line that read as no credit at all before is the byline', () => {
    const issue = parseIssue(page(`${HEADLINE}\n本报记者 王刚 中国青年报记者 张铭`, '本报讯 昨日，全省春运工作会议召开。'))
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(creditsIn(find(issue, 'byline')!).map(({ names }) => names)).toEqual([['王刚'], ['张铭']])
  })

  it.each([
    ['本报讯（记者 王刚 淄博日报记者 张铭 通讯员 李明）昨日，全省春运工作会议召开。', [['王刚'], ['张铭'], ['李明']]],
    ['本报讯 记者 王刚 淄博日报记者 张铭报道 昨日，全省春运工作会议召开。', [['王刚'], ['张铭']]],
  ])('in the dateline: %s', (lead, names) => {
    const credits = datelineOf(lead).credits
    expect(credits.map(({ names }) => names)).toEqual(names)
    expect(credits[1]!.affiliation).toBe('淄博日报')
  })

  it.each(['（记者 王刚 淄博日报记者 张铭）', '记者 王刚 淄博日报记者 张铭'])('%s closing the story signs it with the two names', (line) => {
    const issue = parseIssue(page(HEADLINE, '本报讯 昨日，全省春运工作会议召开。', '会议部署了春运期间的各项工作。', line))
    expect(findAll(issue, 'signature').flatMap((s) => s.names)).toEqual(['王刚', '张铭'])
  })

  it.each([
    // (A review's probes: reporters' names ending as outlets' do, 建社, 凤台, 喜报.)
    ['本报记者 王刚 王建社 通讯员 李明', [['王刚', '王建社'], ['李明']]],
    ['本报记者 王刚 欧阳建社 实习生 李明', [['王刚', '欧阳建社'], ['李明']]],
    ['本报记者 王刚 罗凤台 通讯员 李明', [['王刚', '罗凤台'], ['李明']]],
  ])('must not: a reporter’s name ending as an outlet’s does is a name (%s)', (line, names) => {
    const issue = parseIssue(page(`${HEADLINE}\n${line}`, '本报讯 昨日，全省春运工作会议召开。'))
    expect(creditsIn(find(issue, 'byline')!).map(({ names }) => names)).toEqual(names)
  })

  it.each(['本报记者 王刚 王建社 文/图', '本报记者 王刚 王建社 摄影报道'])('must not: a name before the work it made opens no credit (%s)', (line) => {
    const issue = parseIssue(page(`${HEADLINE}\n${line}`, '本报讯 昨日，全省春运工作会议召开。'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual([HEADLINE])
    expect(creditsIn(find(issue, 'byline')!).flatMap(({ names }) => names)).toEqual(['王刚', '王建社'])
  })

  it('must not: a staff line keeps reading as a staff line (责任编辑 王刚 大众日报编辑 张铭)', () => {
    const issue = parseIssue(page(HEADLINE, '本报讯 昨日，全省春运工作会议召开。', '会议部署了春运期间的各项工作。', '责任编辑 王刚 大众日报编辑 张铭'))
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
  })

  it('must not: names alone stay one credit’s (记者 王刚 李明)', () => {
    expect(datelineOf('本报讯（记者 王刚 李明）昨日，全省春运工作会议召开。').credits.map(({ names }) => names)).toEqual([['王刚', '李明']])
  })

  it('must not: a photographer’s credit is still read whole (李娇 眉山网记者 雷卓鸣 摄: its names run on past the outlet, as before)', () => {
    const input = page(HEADLINE, '本报讯 昨日，全省春运工作会议召开。', '会议部署了春运期间的各项工作。', '李娇 眉山网记者 雷卓鸣 摄')
    const credit = findAll(parseIssue(input), 'credit').find(({ role }) => role === '摄')
    expect(credit?.names).toEqual(expect.arrayContaining(['李娇', '雷卓鸣']))
  })
})

describe('a county’s media centre’s reporter, the centre in the role: 西和县融媒体中心记者', () => {
  it.each([
    ['本报讯（西和县融媒体中心记者 李晓伟 通讯员 丁亚伟）昨日，全省春运工作会议召开。', [['西和县融媒体中心记者', '西和县', ['李晓伟']], ['通讯员', undefined, ['丁亚伟']]]],
    ['本报讯（县融媒体中心记者 李晓伟）昨日，全省春运工作会议召开。', [['县融媒体中心记者', '县', ['李晓伟']]]],
    ['本报讯（记者 王刚 县融媒体中心记者 李晓伟）昨日，全省春运工作会议召开。', [['记者', undefined, ['王刚']], ['县融媒体中心记者', '县', ['李晓伟']]]],
  ])('%s', (lead, want) => {
    expect(datelineOf(lead).credits.map(({ role, affiliation, names }) => [role, affiliation, names])).toEqual(want)
  })

  it('（西和县融媒体中心记者 李晓伟） closing the story signs it', () => {
    const issue = parseIssue(page(HEADLINE, '本报讯 昨日，全省春运工作会议召开。', '会议部署了春运期间的各项工作。', '（西和县融媒体中心记者 李晓伟）'))
    expect(findAll(issue, 'signature').flatMap((s) => s.names)).toEqual(['李晓伟'])
  })

  it.each([
    // (A review's probes: a title, a station's line, a photo's source, sentences.)
    ['县融媒体中心记者走基层', '本报讯 昨日，全省春运工作会议召开。'],
    ['跟着市融媒体中心记者去采访', '本报讯（记者 王刚）昨日，全省春运工作会议召开。'],
  ])('must not: %s over the text is its title, no byline', (title, lead) => {
    const issue = parseIssue(page(title, lead))
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual([title])
    expect(find(issue, 'byline')).toBeUndefined()
  })

  it.each(['（西和县融媒体中心记者站供稿）', '欢迎县融媒体中心记者前来采访', '（图片由县融媒体中心记者 李晓伟 提供）'])('must not: %s closing the story names no writer from the centre', (line) => {
    const issue = parseIssue(page(HEADLINE, '本报讯 昨日，全省春运工作会议召开。', '会议部署了春运期间的各项工作。', line))
    expect(findAll(issue, 'credit').filter(({ affiliation }) => affiliation !== undefined && /县$/.test(affiliation))).toEqual([])
  })

  it('must not: the centre’s role alone keeps its credit as before (融媒体中心记者李晓伟)', () => {
    expect(datelineOf('本报讯（融媒体中心记者李晓伟 通讯员丁亚伟）昨日，全省春运工作会议召开。').credits.map(({ names }) => names)).toEqual([['李晓伟'], ['丁亚伟']])
  })
})

describe('Taiwan’s filing brackets: an outlet before the reporter and the slash, a desk’s compiled report in tortoise-shell brackets', () => {
  const read = (lead: string) => {
    const input = page('行政院通過新法案', lead)
    const issue = parseIssue(input)
    expectSource(input, issue)
    const dateline = find(issue, 'dateline')
    return dateline && { text: toString(dateline), source: dateline.source, place: dateline.place, names: findAll(dateline, 'credit').flatMap((c) => c.names) }
  }

  it('【自由時報記者王芳／台北報導】: the outlet the source, the place after the slash (it was read from 記者, the outlet left as text)', () => {
    expect(read('【自由時報記者王芳／台北報導】行政院今天通過新法案。')).toEqual({ text: '【自由時報記者王芳／台北報導】', source: '自由時報', place: '台北', names: ['王芳'] })
    expect(read('【芝加哥時報記者/郭笑榮/採訪報導】芝城黃氏宗親會於3月16日晚舉行春宴。')).toMatchObject({ source: '芝加哥時報', place: undefined, names: ['郭笑榮'] })
  })

  it('〔即時新聞／綜合報導〕: the dateline, no source nor place (報導 is no source), as 【國際中心／綜合報導】', () => {
    expect(read('〔即時新聞／綜合報導〕行政院今天通過新法案。')).toEqual({ text: '〔即時新聞／綜合報導〕', source: undefined, place: undefined, names: [] })
  })

  it.each([
    ['【聯合報／記者王芳／台北報導】', '聯合報'],
    ['【台灣好新聞 記者王芳／台北報導】', '台灣好新聞'],
    ['〔自由時報記者王芳／台北報導〕', '自由時報'],
    ['聯合報／記者王芳／台北報導', '聯合報'],
    ['經濟日報／記者王芳／台北報導', '經濟日報'],
  ])('%s: the outlet the source after a slash or a space, or in tortoise-shell brackets (the outlet was left as text)', (line, source) => {
    expect(read(`${line}行政院今天通過新法案。`)).toEqual({ text: line, source, place: '台北', names: ['王芳'] })
  })

  it('聯合報／記者王芳／台北即時報導 on its own line under the title: the byline, as the site’s line 聯合報 記者陳嘉寧／桃園機場報導 is (it was a subheadline)', () => {
    const issue = parseIssue(page('行政院通過新法案', '聯合報／記者王芳／台北即時報導', '行政院今天通過新法案。'))
    expect(find(issue, 'subheadline')).toBeUndefined()
    expect(findAll(find(issue, 'byline')!, 'credit').map(({ affiliation, role, names, place }) => ({ affiliation, role, names, place }))).toEqual([
      { affiliation: '聯合報', role: '記者', names: ['王芳'], place: '台北' },
    ])
  })

  it.each(['【聯合報／記者王芳／台北即時報導】', '記者王芳／台北即時報導', '〔記者王芳／台北即時報導〕'])('%s: 即時 says how it was reported, the place is 台北 (it was 台北即時)', (line) => {
    expect(read(`${line}行政院今天通過新法案。`)?.place).toBe('台北')
  })

  it.each([
    ['（綜合報導）行政院今天通過新法案。', '（綜合報導）'],
    ['(综合报道) 行政院今天通过新法案。', '(综合报道)'],
  ])('%s: a desk’s compiled report in round brackets opening the lead is its dateline, as in lenticular ones', (lead, text) => {
    expect(read(lead)).toEqual({ text, source: undefined, place: undefined, names: [] })
  })

  it.each(['生活中心／綜合報導', '即時新聞／綜合報導', '國際中心/綜合報導'])('%s opening the lead with no brackets, or alone on its line under the title: the dateline, no source nor place (a subheadline before)', (desk) => {
    expect(read(`${desk} 行政院今天通過新法案。`)).toEqual({ text: desk, source: undefined, place: undefined, names: [] })
    const issue = parseIssue(page('行政院通過新法案', desk, '行政院今天通過新法案。'))
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(toString(find(issue, 'dateline')!)).toBe(desk)
  })

  it.each(['【王芳／連線報導】', '【王芳／綜合報導】'])('%s: a person’s name before the slash is the reporter’s, no desk (the name was dropped as a desk’s)', (line) => {
    expect(read(`${line}行政院今天通過新法案。`)).toEqual({ text: line, source: undefined, place: undefined, names: ['王芳'] })
  })

  it('must not fire: a desk’s name before the slash stays no one’s (【國際中心／綜合報導】, 【生活中心／綜合報導】)', () => {
    for (const line of ['【國際中心／綜合報導】', '【生活中心／綜合報導】']) expect(read(`${line}行政院今天通過新法案。`)?.names).toEqual([])
  })

  it('must not fire: a kind alone opening a sentence (綜合報導 顯示…), a desk’s word mid-sentence', () => {
    expect(read('綜合報導 顯示，行政院今天通過新法案。')).toBeUndefined()
    expect(read('據悉，生活中心／綜合報導指出，行政院今天通過新法案。')).toBeUndefined()
  })

  it.each([
    ['【香港中通社5月9日電】行政院今天通過新法案。', '香港中通社'],
    ['（路透倫敦9日電）行政院今天通過新法案。', '路透'],
  ])('%s: the wire’s source (not read as a dateline before)', (lead, source) => {
    expect(read(lead)).toMatchObject({ source })
  })

  it('must not fire: an outlet and a slash with no filing after them; compiled reports in round brackets mid-sentence', () => {
    expect(read('【聯合報／記者王芳】行政院今天通過新法案。')).toBeUndefined()
    expect(read('據悉，此事（綜合報導）已見報。')).toBeUndefined()
    expect(read('聯合報／經濟日報今天出刊。')).toBeUndefined()
  })

  it('must not fire: the wire in tortoise-shell brackets keeps its reading (〔中央社瀋陽廿三日電〕); a cited filing line mid-sentence', () => {
    expect(read('〔中央社瀋陽廿三日電〕蔣主席偕夫人於今日下午飛抵瀋陽。')).toMatchObject({ source: '中央社', place: '瀋陽' })
    expect(read('據報導，此事見〔即時新聞／綜合報導〕一文。')).toBeUndefined()
  })
})

/** Roles in a heading group: kicker (引题), headline (主题), subheadlines (副题). */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Article } from '../src/index'

const roles = (text: string) => {
  const article = parseIssue(text).children.find((n) => n.type === 'article') as Article
  return article.children
    .filter((n) => n.type === 'kicker' || n.type === 'headline' || n.type === 'subheadline')
    .map((n) => `${n.type}:${toString(n)}`)
}
const body = '\n\n本报讯 5月9日,会议召开。\n'

describe('heading roles', () => {
  it('one line is the headline', () => {
    expect(roles(`全市核酸检测实验室建设会议召开${body}`)).toEqual(['headline:全市核酸检测实验室建设会议召开'])
  })

  it('two lines are headline and subheadline', () => {
    expect(roles(`市委专题会议召开\n\n郑连生主持并讲话 朱晓东安排工作${body}`)).toEqual([
      'headline:市委专题会议召开',
      'subheadline:郑连生主持并讲话 朱晓东安排工作',
    ])
  })

  it('three lines are kicker, headline and subheadline', () => {
    expect(roles(`聚焦高质量发展\n\n我市经济运行稳中向好\n\n一季度地区生产总值增长5.2%${body}`)).toEqual([
      'kicker:聚焦高质量发展',
      'headline:我市经济运行稳中向好',
      'subheadline:一季度地区生产总值增长5.2%',
    ])
  })

  it('who spoke where, over what they said (杨兴铭在审议省政府工作报告时提出 / …): the first line a kicker (d662)', () => {
    expect(roles(`杨兴铭在审议省政府工作报告时提出\n聚精会神抓重点 全力以赴补短板 汇聚资源强弱项${body}`)).toEqual([
      'kicker:杨兴铭在审议省政府工作报告时提出',
      'headline:聚精会神抓重点 全力以赴补短板 汇聚资源强弱项',
    ])
    expect(roles(`市委书记在全市重点项目推进会上强调\n以项目建设之进稳经济发展之势${body}`)[0]).toBe('kicker:市委书记在全市重点项目推进会上强调')
  })

  it('must not fire: a headline that reports a meeting and what it stressed, no place of speaking (会议强调 / 市政府召开常务会议)', () => {
    expect(roles(`市政府常务会议强调\n抓好安全生产各项工作${body}`)[0]).toBe('headline:市政府常务会议强调')
    expect(roles(`全市安全生产工作会议召开\n会议在市政府举行时提出新要求${body}`)[0]).toBe('headline:全市安全生产工作会议召开')
  })

  it('a first line ending with —— or a colon is a kicker', () => {
    expect(roles(`政策赋能——\n\n解开束缚转化的细绳子${body}`)).toEqual(['kicker:政策赋能——', 'headline:解开束缚转化的细绳子'])
  })

  it('a long line pausing at a comma over a title half its length or less sets the scene: a kicker', () => {
    expect(roles(`2014年,随着市内一些公园完善或建成投用,逛公园成了大家休闲娱乐的好方式\n市内公园增加,市民游玩更多去处${body}`)).toEqual([
      'kicker:2014年,随着市内一些公园完善或建成投用,逛公园成了大家休闲娱乐的好方式',
      'headline:市内公园增加,市民游玩更多去处',
    ])
  })

  it('must not fire: a long title with no comma, or a comma line not twice the title’s length, heads its subheadline', () => {
    expect(roles(`北京公共自行车服务系统试运营 仅本地人可办卡\n北京市自行车试运营${body}`)).toEqual([
      'headline:北京公共自行车服务系统试运营 仅本地人可办卡',
      'subheadline:北京市自行车试运营',
    ])
    expect(roles(`市内公园增加,市民游玩更多去处\n逛公园成了休闲好方式${body}`)).toEqual([
      'headline:市内公园增加,市民游玩更多去处',
      'subheadline:逛公园成了休闲好方式',
    ])
  })

  it('a first of two lines saying what the news is for or when is a kicker (缓解…, 为…, 正值…时, …之际)', () => {
    expect(roles(`缓解大石线交通压力\n牧长路改造工程完工通车${body}`)).toEqual(['kicker:缓解大石线交通压力', 'headline:牧长路改造工程完工通车'])
    expect(roles(`正值花开烂漫时\n公园游园赏花去${body}`)).toEqual(['kicker:正值花开烂漫时', 'headline:公园游园赏花去'])
    expect(roles(`为了孩子们的笑脸\n我市新建十所公办幼儿园${body}`)).toEqual(['kicker:为了孩子们的笑脸', 'headline:我市新建十所公办幼儿园'])
    expect(roles(`在建党百年之际\n老党员重温入党誓词${body}`)).toEqual(['kicker:在建党百年之际', 'headline:老党员重温入党誓词'])
  })

  it('must not fire: a question (为什么…), a headline ending 正当时 or 及时, a time inside the line: headline and subheadline', () => {
    expect(roles(`为什么年轻人不爱存钱\n调查显示消费观念正在改变${body}`)).toEqual(['headline:为什么年轻人不爱存钱', 'subheadline:调查显示消费观念正在改变'])
    expect(roles(`植树造林正当时\n全市义务植树活动启动${body}`)).toEqual(['headline:植树造林正当时', 'subheadline:全市义务植树活动启动'])
    expect(roles(`救援来得很及时\n被困群众全部转移${body}`)).toEqual(['headline:救援来得很及时', 'subheadline:被困群众全部转移'])
    expect(roles(`春节前夕走访慰问困难群众\n市领导送去节日问候${body}`)).toEqual(['headline:春节前夕走访慰问困难群众', 'subheadline:市领导送去节日问候'])
    // (A review on made-up pages found these read as kickers.)
    expect(roles(`为了大山里的孩子\n——记乡村教师张桂兰${body}`)).toEqual(['headline:为了大山里的孩子', 'subheadline:——记乡村教师张桂兰'])
    expect(roles(`为期三天的农民丰收节开幕\n展销农特产品200余种${body}`)).toEqual(['headline:为期三天的农民丰收节开幕', 'subheadline:展销农特产品200余种'])
    expect(roles(`纪念馆迎来参观高峰\n五一假期接待游客两万人次${body}`)).toEqual(['headline:纪念馆迎来参观高峰', 'subheadline:五一假期接待游客两万人次'])
  })

  it('a short label over a much longer headline is a kicker', () => {
    expect(roles(`战况\n\n叙首都发生“前所未有”交火${body}`)).toEqual(['kicker:战况', 'headline:叙首都发生“前所未有”交火'])
  })

  it('NOT a label: a short headline over a subheadline of similar length', () => {
    expect(roles(`小职员发挥大作用\n\n——记忻府区市政工程服务中心王敏${body}`)).toEqual([
      'headline:小职员发挥大作用',
      'subheadline:——记忻府区市政工程服务中心王敏',
    ])
    expect(roles(`暴雨来袭\n\n全市启动响应${body}`)).toEqual(['headline:暴雨来袭', 'subheadline:全市启动响应'])
  })

  it('a ——记… line after two others is a subheadline, not the headline', () => {
    expect(roles(`小职员发挥大作用\n\n——记忻府区市政工程服务中心王敏\n\n和他的同事们${body}`)).toEqual([
      'headline:小职员发挥大作用',
      'subheadline:——记忻府区市政工程服务中心王敏',
      'subheadline:和他的同事们',
    ])
  })

  it('a topic tag alone on its line (【板前糾紛】) is the kicker, wherever it is printed', () => {
    expect(roles(`患癌鄭威濤着厚褸出庭\n\n【板前糾紛】${body}`)).toEqual(['headline:患癌鄭威濤着厚褸出庭', 'kicker:【板前糾紛】'])
    expect(roles(`【板前糾紛】\n\n患癌鄭威濤着厚褸出庭${body}`)).toEqual(['kicker:【板前糾紛】', 'headline:患癌鄭威濤着厚褸出庭'])
  })

  it('NOT a topic tag: a headline that opens with one, or a lone tag line', () => {
    expect(roles(`【許金山案】法官完成引導\n\n陪審團開始退庭商議${body}`)).toEqual([
      'headline:【許金山案】法官完成引導',
      'subheadline:陪審團開始退庭商議',
    ])
    expect(roles(`【板前糾紛】${body}`)).toEqual(['headline:【板前糾紛】'])
  })

  it('a repost title restated by the print headline under it: headline, then the print lines as subheadlines', () => {
    expect(roles(`国际红十字会宣称叙利亚陷内战　适用国际人道法\n国际红十字会宣称叙利亚陷内战\n称国际人道主义法适用于叙利亚${body}`)).toEqual([
      'headline:国际红十字会宣称叙利亚陷内战　适用国际人道法',
      'subheadline:国际红十字会宣称叙利亚陷内战',
      'subheadline:称国际人道主义法适用于叙利亚',
    ])
  })

  it('…and a short column label among the print lines is the kicker', () => {
    expect(roles(`杭州地铁应对暴雨有预案　误１５分钟启动公交接驳\n杭州地铁应对暴雨有详细预案\n地铁倒计时${body}`)).toEqual([
      'headline:杭州地铁应对暴雨有预案　误１５分钟启动公交接驳',
      'subheadline:杭州地铁应对暴雨有详细预案',
      'kicker:地铁倒计时',
    ])
  })

  it('NOT a restatement: lines that share only a short opening', () => {
    expect(roles(`我市召开全市经济工作会议\n\n我市经济运行稳中向好\n\n一季度增长5.2%${body}`)).toEqual([
      'kicker:我市召开全市经济工作会议',
      'headline:我市经济运行稳中向好',
      'subheadline:一季度增长5.2%',
    ])
  })

  it('a repost title put together from the print lines (a print line below the first quotes it): headline, print lines subheadlines', () => {
    expect(roles(`北京小区猫狗遭飞镖射杀　居民担忧人身安全报案\n小区内飞镖乱飞　猫狗成靶子\n数只猫狗被射中　居民担忧人身安全报案${body}`)).toEqual([
      'headline:北京小区猫狗遭飞镖射杀　居民担忧人身安全报案',
      'subheadline:小区内飞镖乱飞　猫狗成靶子',
      'subheadline:数只猫狗被射中　居民担忧人身安全报案',
    ])
  })

  it('NOT quoted: a subheadline sharing a short phrase with the kicker', () => {
    expect(roles(`聚焦高质量发展\n\n我市经济运行稳中向好\n\n高质量发展态势明显${body}`)).toEqual([
      'kicker:聚焦高质量发展',
      'headline:我市经济运行稳中向好',
      'subheadline:高质量发展态势明显',
    ])
  })
})

describe('a web page’s navigation between titles', () => {
  it('the titles above the navigation are the page’s index; the title under it heads the story', () => {
    const text = '县乡际断头路要打通\n全省残疾人技能比武10月鸣锣\n台湾客人郝柏村一行参访郑州\n返回主页 | 郑州晚报 | 标题导航 | 郑州日报\n上一期  下一期\n台湾客人郝柏村一行参访郑州\n\n本报讯 昨日,郝柏村一行对郑州进行了私人参访。\n'
    expect(roles(text)).toEqual(['headline:台湾客人郝柏村一行参访郑州'])
  })

  it('…also when the lead is no dateline', () => {
    const text = '县乡际断头路要打通\n台湾客人郝柏村一行参访郑州\n返回主页 | 郑州晚报 | 标题导航 | 郑州日报\n台湾客人郝柏村一行参访郑州\n\n昨日,95岁的郝柏村一行对郑州进行了私人参访。\n'
    expect(roles(text)).toEqual(['headline:台湾客人郝柏村一行参访郑州'])
  })
})

describe('heading lines a site’s stamp parts (d303, d326)', () => {
  const lead = '\n\n10月17日,市民田先生致电本报民生热线反映,护栏被损坏已有多日。\n'
  it('the lines over the stamp hold the headline, the lines under it are subheadlines', () => {
    expect(roles(`草坪护栏被损 市民盼修缮\n\n南川日报2018-10-19 09:43\n\n市民反映\n\n篱笆护栏被损坏${lead}`)).toEqual([
      'headline:草坪护栏被损 市民盼修缮',
      'subheadline:市民反映',
      'subheadline:篱笆护栏被损坏',
    ])
  })

  it('a long title with a comma over the stamp is the headline, the short line under it no headline', () => {
    expect(roles(`3分钟长卷,感受岳阳抗击本世纪第二高洪水位的磅礴力量!\n时间:2020-08-12 18:46:35 来源:岳阳日报全媒体采访中心\n\n  踏平惊涛保安澜${lead}`)).toEqual([
      'headline:3分钟长卷,感受岳阳抗击本世纪第二高洪水位的磅礴力量!',
      'subheadline:踏平惊涛保安澜',
    ])
  })

  // (The channel's name is the site's interface, no kicker: d121's reader, navigation.ts channelLabels.)
  it('must not fire: a column’s label over the stamp, the title under it', () => {
    expect(roles(`供暖资讯\n发布时间:2019-11-05 09:16\n城关区:六成热用户已享“温暖”${lead}`)).toEqual(['headline:城关区:六成热用户已享“温暖”'])
  })

  it('must not fire: three print heading lines the stamp parts after the second keep their roles', () => {
    expect(roles(`聚焦高质量发展\n我市经济运行稳中向好 一季度地区生产总值增长5.2%\n发布时间:2024-04-20 09:16\n全市规上工业增加值增长6%${lead}`)).toEqual([
      'kicker:聚焦高质量发展',
      'headline:我市经济运行稳中向好 一季度地区生产总值增长5.2%',
      'subheadline:全市规上工业增加值增长6%',
    ])
  })

  it('must not fire: with no stamp between them, the lines keep their roles', () => {
    expect(roles(`3分钟长卷,感受岳阳抗击本世纪第二高洪水位的磅礴力量!\n\n踏平惊涛保安澜${lead}`)).not.toContain('subheadline:踏平惊涛保安澜')
  })
})

describe('must not fire: a kicker by its marks over the stamp', () => {
  it('【奋进新征程 建功新时代】 / stamp / title / subtitle: the tag the kicker, the title the headline', () => {
    expect(roles(`【奋进新征程 建功新时代】\n2024-05-01 10:00 来源:某某新闻网\n我市三处景区获评国家4A级旅游景区\n新增4A级景区数量居全省第一\n\n本报讯 5月1日,会议召开。\n`)).toEqual([
      'kicker:【奋进新征程 建功新时代】',
      'headline:我市三处景区获评国家4A级旅游景区',
      'subheadline:新增4A级景区数量居全省第一',
    ])
  })
})

describe('a series’ label and a commentator’s desk among the heading lines', () => {
  it('乡村振兴看恩施⑤ / 我州新增3个省级示范村: the series’ label with its part’s number is the kicker', () => {
    for (const label of ['乡村振兴看恩施⑤', '走进示范村（三）', '乡村振兴系列报道之五', '走进示范村(12)']) {
      expect(roles(`${label}\n\n我州新增3个省级示范村${body}`), label).toEqual([`kicker:${label}`, 'headline:我州新增3个省级示范村'])
    }
  })

  it('must not: a part named 上 or 下 closes the headline, the line under it the subheadline', () => {
    expect(roles(`老街的变迁（上）\n\n百年商铺焕新颜${body}`)).toEqual(['headline:老街的变迁（上）', 'subheadline:百年商铺焕新颜'])
  })

  it('must not: the number under a subtitle’s dash (——系列报道之五) stays the subheadline', () => {
    expect(roles(`我州新增3个省级示范村\n\n——乡村振兴看恩施系列报道之五${body}`)).toEqual([
      'headline:我州新增3个省级示范村',
      'subheadline:——乡村振兴看恩施系列报道之五',
    ])
  })

  it('本报评论员 over or under the title: the byline, not a heading line', () => {
    for (const text of [`本报评论员\n坚定信心 抓好落实${body}`, `坚定信心 抓好落实\n本报评论员${body}`]) {
      const issue = parseIssue(text)
      expect(roles(text)).toEqual(['headline:坚定信心 抓好落实'])
      expect(issue.children.find((n) => n.type === 'article')!.children.map((n) => n.type)).toContain('byline')
    }
  })
})

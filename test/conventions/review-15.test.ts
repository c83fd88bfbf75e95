/**
 * A review of this release's reading rules on made-up pages (review 18:
 * 55 pages where a rule must not fire): the over-fires it found, each now a
 * must-not test — a listing's date, a question under the page's furniture,
 * a wire source before a role, a clipping's broken header, a site's menu,
 * a caption's provider after a slash.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, readChecked as read } from '../helpers/tree'

const headlines = (input: string) => articles(read(input)).map((a) => toString(find(a, 'headline')))

describe('a listing’s date: not before a sentence, a word or a table’s cells', () => {
  it('2024-03-12 记者从市统计局获悉，…: the sentence’s date, no stamp; the text stays the story’s', () => {
    const issue = read(['一季度我市经济运行开局良好', '本报讯（记者 陈静）', '2024-03-12 记者从市统计局获悉，今年1至2月，全市规模以上工业增加值同比增长6.8%。', '市统计局相关负责人表示，消费市场持续回暖。'].join('\n'))
    expect(findAll(issue, 'stamp')).toEqual([])
    expect(articles(issue)).toHaveLength(1)
  })

  it('2024.11.8记者节特别策划：我们的故事: the title, date and all', () => {
    expect(headlines(['2024.11.8记者节特别策划：我们的故事', '今天是第二十五个中国记者节。本报推出特别策划，讲述一线记者的采访故事。'].join('\n'))).toEqual(['2024.11.8记者节特别策划：我们的故事'])
  })

  it('dated rows of a table (2024-03-11 收盘/3068点, 2024/03/15 北京/上海 …): no stamps', () => {
    expect(findAll(read(['上证指数近一周走势', '2024-03-11 收盘/3068点 涨0.5%', '2024-03-12 收盘/3055点 跌0.4%', '分析人士认为，短期内市场仍将维持震荡格局。'].join('\n')), 'stamp')).toEqual([])
    expect(findAll(read(['本周航班调整信息', '2024/03/15 北京/上海 增开早班航班', '2024/03/16 广州/成都 取消晚班航班', '旅客如有疑问，可拨打客服热线咨询。'].join('\n')), 'stamp')).toEqual([])
  })
})

describe('a question under the page’s furniture: a title only when it is put to no one', () => {
  it('您为什么选择回乡创业？ under 第A05版：人物: the interview’s question, no headline', () => {
    const issue = read(['第A05版：人物', '您为什么选择回乡创业？', '大学毕业后我在城里工作了五年，看到家乡的农产品卖不出去，就回来了。'].join('\n'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain('您为什么选择回乡创业？')
  })

  it('问：医保卡丢了怎么办？ under 分享到微信: the FAQ’s question, no headline', () => {
    const issue = read(['分享到微信', '问：医保卡丢了怎么办？', '答：可持身份证到就近的医保经办网点办理挂失补卡。'].join('\n'))
    expect(findAll(issue, 'headline').map((h) => toString(h))).not.toContain('问：医保卡丢了怎么办？')
  })
})

describe('a wire source before a role names no one when no name follows', () => {
  it('澎湃新闻记者调查发现 / 中新网记者探访 under a title: no byline', () => {
    for (const line of ['澎湃新闻记者调查发现', '中新网记者探访', '财联社记者观察']) {
      expect(findAll(read(['假冒网店层出不穷 消费者维权难', line, '近期，多名消费者反映在网购平台上买到假冒商品，商家却拒不退款。'].join('\n')), 'byline')).toEqual([])
    }
  })
})

describe('a clipping’s broken header only under the clipping’s first header line', () => {
  it('报纸 | / 12 | 移动客户端 | by 年龄统计 in a story’s table: no page headers', () => {
    const issue = read(['媒体融合发展调查报告发布', '本报讯 近日，市传媒研究院发布媒体融合发展调查报告。', '媒介类型 | 用户占比', '报纸 |', '12 | 移动客户端 | by 年龄统计', '报告建议，传统媒体应加快转型步伐。'].join('\n'))
    expect(findAll(issue, 'pageHeader')).toEqual([])
  })
})

describe('a site’s menu: not a poem, a list or a story’s head with its credits', () => {
  it('春耕正当时 / 田间地头忙 / 记者张三 / 通讯员李四 / 实习生王五 / 摄影赵六: the head and its bylines, no interface', () => {
    const issue = read(['春耕正当时', '田间地头忙', '记者张三', '通讯员李四', '实习生王五', '摄影赵六', '本报讯 连日来，我县各地抢抓农时，田间地头处处是农民忙碌的身影。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(toString(find(issue, 'headline'))).toBe('春耕正当时')
  })

  it('先进个人 and six names, 静夜思 / 李白 / its four lines at the page’s top: no interface', () => {
    expect(findAll(read(['先进个人', '王建国', '李秀英', '张志强', '刘德华', '陈晓明', '杨丽娟', '以上同志被评为年度先进个人，特此表彰。'].join('\n')), 'chrome')).toEqual([])
    expect(findAll(read(['静夜思', '李白', '床前明月光', '疑是地上霜', '举头望明月', '低头思故乡', '这首诗是李白最脍炙人口的作品之一。'].join('\n')), 'chrome')).toEqual([])
  })
})

describe('a caption’s provider after a slash: after a photo’s sentence only', () => {
  it('本版图片/受访者供图 between paragraphs: the page’s credit, no caption', () => {
    const issue = read(['城市书房开到家门口', '本报讯（记者 何琳）近日，我市第20家城市书房在鼓楼区开放。', '本版图片/受访者供图', '书房藏书5000余册，全天24小时免费开放。'].join('\n'))
    expect(findAll(issue, 'caption')).toEqual([])
  })
})

describe('a second review (review 19): the later rules where they must not fire', () => {
  const TITLE = '大马华社踊跃捐款助灾民'

  it('据星洲日报（吉隆坡讯）报道，…: another paper’s report named in a sentence, no dateline, no subheadline', () => {
    const issue = read([TITLE, '据星洲日报（吉隆坡讯）报道，大马华社昨日发起赈灾募捐活动。'].join('\n'))
    expect(findAll(issue, 'dateline')).toEqual([])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('（槟城讯）槟城新春大游行，万人空巷 over the text: a title with its desk’s tag, no dateline', () => {
    expect(headlines(['（槟城讯）槟城新春大游行，万人空巷', '', '槟城新春大游行昨晚举行，数万民众沿街观看。'].join('\n'))).toEqual(['（槟城讯）槟城新春大游行，万人空巷'])
  })

  it('（综合讯）…: how the news was gathered names no place', () => {
    expect(find(read([TITLE, '（综合讯）大马华社昨日发起赈灾募捐活动。'].join('\n')), 'dateline')?.place).toBeUndefined()
  })

  it('记者: / 好的 in an interview, 作者： / 余华 in a book’s fact box: no bylines', () => {
    expect(findAll(read(['专访：回乡创业的年轻人', '本报讯 近日，记者专访了回乡创业的小李。', '记者:', '好的', '小李：我们先从种植说起。'].join('\n')), 'byline')).toEqual([])
    expect(findAll(read(['好书推荐', '本报讯 本期推荐一本经典小说。', '书名：', '《活着》', '作者：', '余华', '出版社：', '作家出版社'].join('\n')), 'byline')).toEqual([])
  })

  it('NBA, COVER STORY, RENMIN RIBAO at a Chinese page’s top: no interface', () => {
    for (const top of ['NBA', 'COVER STORY', 'RENMIN RIBAO']) {
      expect(findAll(read([top, '湖人队主场险胜勇士', '本报讯 昨日，湖人队主场以110比108险胜勇士队。'].join('\n')), 'chrome')).toEqual([])
    }
  })

  it('本报讯 alone over a list’s item, the editors’ note, a question: the dateline stays apart', () => {
    for (const next of ['一、全市经济运行平稳，各项指标好于预期。', '编者按：今年是全面建成小康社会的决胜之年。', '问：今年的重点工作是什么？']) {
      const issue = read(['年度工作会议召开', '本报讯', next, '会议要求各部门抓好落实。'].join('\n'))
      expect(toString(findAll(issue, 'paragraph')[0]!)).toBe('本报讯')
    }
  })

  it('作者彙整：本報記者楊伊杏、王小明: the writers, no archive label', () => {
    expect(findAll(read(['颱風山陀兒災情一覽', '作者彙整：本報記者楊伊杏、王小明', '台東縣多處道路坍方，截至今天下午共有三百戶停電。'].join('\n')), 'chrome')).toEqual([])
  })
})

/**
 * What county and city news sites print around a story, met in parts (bp)–(br) (d718 文成新闻网, d719 娄底新闻网,
 * d725 an unnamed county paper's e-paper, d731 鹤峰网):
 *   2017-09-26 22:57 娄底新闻网 李建国              the site's date, its name and the writer's: the stamp
 *   一 分享 一 / 一 评论 一                         a story's actions set between dashes (一 drawn for one): interface
 *   □通讯员 报道                                   a credit whose name the copy left blank: the byline, no names
 *   总监制:黄金杰监制:陈叶静责编:赵海镇编辑:项露露    staff fields printed with no space between: one staff line
 *   作者:胡吉元 / 发布时间:… / 文字/胡吉元             the site's author field over the printed credit: interface
 * and met in parts (bh), (bk), (bl) (d683 人民铁道, d697 闽侯乡音报, d702 新导报):
 *   …等地。 作者:尹雪梅 石磊 |                         the writers' field closing the text before a table's bar: the signature
 *   内容更新时间:2023-07-14 08:23:56来源:闽侯乡音报     a site's update time and source: the stamp
 *   作者:刘思嶽 来自:新导报 时间:2009-11-26            来自 a site's source field: the author's field the byline
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, creditsOf, find, findAll, page, readChecked as read, chromeLines as chrome, headlinesOf as headlines } from '../helpers/tree'

const TITLE = '冷水江市交警大队集中警力查处交通违章违法行为'
const LEAD = '娄底新闻网讯(通讯员 李建国)9月22日,冷水江市公安局交警大队组织严查酒驾、醉驾等交通违章违法行为。'
const MORE = '当晚共查处酒驾4人次、未悬挂号牌1起,其他违章违法行为25起。'

describe('the site’s date, its name, then the writer’s', () => {
  it('is the stamp under the title (d719)', () => {
    const input = page(TITLE, '2017-09-26 22:57 娄底新闻网 李建国', LEAD, MORE)
    const issue = read(input)
    expect(headlines(input)).toEqual([TITLE])
    expect(find(issue, 'stamp')?.date).toMatchObject({ year: 2017, month: 9, day: 26 })
  })

  it('not a timeline’s entry in a story’s text (a date, then what happened)', () => {
    const issue = read(page(TITLE, LEAD, '2017-09-26 交警大队 开展整治', MORE))
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('a story’s actions set between dashes', () => {
  it('are interface (一 分享 一 / 一 评论 一, d719)', () => {
    expect(chrome(page(TITLE, '2017-09-26 22:57 娄底新闻网 李建国', '一 分享 一\n一 评论 一', LEAD, MORE))).toEqual(['一 分享 一', '一 评论 一'])
  })

  it('not a word between dashes that is no action (一 二 一, 一 心 一 意)', () => {
    expect(chrome(page(TITLE, LEAD, '一 心 一', MORE))).toEqual([])
  })

  it('not a column’s label alone over a title (— 评论 —, 一 收藏 一: review 32)', () => {
    for (const label of ['— 评论 —', '一 收藏 一']) expect(chrome(page(label, TITLE, LEAD, MORE)), label).toEqual([])
  })
})

describe('a credit whose name the copy left blank', () => {
  it('is the byline, with no names (□通讯员 报道, d725)', () => {
    const input = page('□通讯员 报道', '本报讯 近日,县公安局交警大队走进致远学校开展交通安全进学校活动。', MORE)
    const issue = read(input)
    expect(headlines(input)).toEqual([''])
    expect(creditsOf(find(issue, 'byline'))).toEqual([])
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })

  it('not a role and 报道 in a title’s words (记者报道背后的故事)', () => {
    expect(headlines(page('记者报道背后的故事', LEAD, MORE))).toEqual(['记者报道背后的故事'])
  })
})

describe('staff fields printed with no space between them', () => {
  it('are one staff line, a field each (d718)', () => {
    const issue = read(page(TITLE, LEAD, MORE, '总监制:黄金杰监制:陈叶静责编:赵海镇编辑:项露露'))
    expect(creditsOf(find(issue, 'editorLine'))).toEqual([
      ['总监制', ['黄金杰']],
      ['监制', ['陈叶静']],
      ['责编', ['赵海镇']],
      ['编辑', ['项露露']],
    ])
  })

  it('not a sentence naming a role after its colon (总监制:黄金杰监制的节目获奖)', () => {
    expect(findAll(read(page(TITLE, LEAD, MORE, '总监制:黄金杰监制的节目获奖')), 'editorLine')).toEqual([])
  })

  it('not a drama’s credits the story lists, its text going on under them (review 32)', () => {
    expect(findAll(read(page('电视剧《运河人家》在乌镇开机', '本报讯 11月5日,电视剧《运河人家》在乌镇开机。该剧主创阵容如下。', '总监制:张国立监制:王晓红', '该剧讲述了运河边三代人的故事,预计明年播出。')), 'editorLine')).toEqual([])
  })
})

describe('the site’s author field over the credit the story prints', () => {
  const FIELDS = '文章来源:本站原创 作者:胡吉元 发布时间:2019年06月24日 点击数: 字号:'
  const TEXT = '多年前,不经意翻阅《鹤峰州志》时,有这样的一段话较为深刻的留在了当时的记忆里。'

  it('is the site’s, the printed credit the byline (d731)', () => {
    const issue = read(page('话说云雾村', FIELDS, '文字/胡吉元', TEXT, MORE))
    const [article] = articles(issue)
    expect(findAll(article!, 'byline').map((byline) => creditsOf(byline))).toEqual([[['文字', ['胡吉元']]]])
  })

  it('not where the printed credit names someone else: both write', () => {
    const issue = read(page('话说云雾村', FIELDS, '文字/李明', TEXT, MORE))
    expect(findAll(issue, 'byline').flatMap((byline) => creditsOf(byline))).toEqual([
      ['作者', ['胡吉元']],
      ['文字', ['李明']],
    ])
  })
})

describe('the writers’ field closing the text before a table’s bar', () => {
  it('signs the story (…等地。 作者:尹雪梅 石磊 |, d683)', () => {
    expect(find(read(page(TITLE, `${LEAD}今年已经是第11年“屯兵”内地,先后转战北京、广州等地。 作者:尹雪梅 石磊 |`)), 'signature')?.names).toEqual(['尹雪梅', '石磊'])
  })

  it('not words before the bar: the bar stays the text’s', () => {
    const issue = read(page(TITLE, `${LEAD}具体数据见下表 |`))
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(1)
  })
})

describe('a site’s update time among its fields', () => {
  it('is the stamp under the title (内容更新时间:…来源:闽侯乡音报, d697)', () => {
    const input = page('话说“侯官文化” 感受家国情怀', '内容更新时间:2023-07-14 08:23:56来源:闽侯乡音报', LEAD, MORE)
    expect(headlines(input)).toEqual(['话说“侯官文化” 感受家国情怀'])
    expect(find(read(input), 'stamp')?.date).toMatchObject({ year: 2023, month: 7, day: 14 })
  })

  it('not a sentence about an update in the text', () => {
    expect(findAll(read(page(TITLE, LEAD, '系统更新时间:每天凌晨2点至4点,届时暂停办理业务。', MORE)), 'stamp')).toEqual([])
  })
})

describe('来自 as a site’s source field among its fields', () => {
  it('leaves the author’s field the byline (作者:刘思嶽 来自:新导报 时间:2009-11-26, d702)', () => {
    const issue = read(page('匈媒:闯荡世界的中国人', '作者:刘思嶽 来自:新导报 时间:2009-11-26', LEAD, MORE))
    expect(creditsOf(find(issue, 'byline'))).toEqual([['作者', ['刘思嶽']]])
    expect(find(issue, 'stamp')?.date).toMatchObject({ year: 2009, month: 11, day: 26 })
  })

  it('not alone, a guest’s home (来自：北京)', () => {
    expect(findAll(read(page(TITLE, LEAD, '嘉宾:王先生 来自:北京', MORE)), 'stamp')).toEqual([])
  })

  it('not a notice’s particulars opening the line (主讲:… 来自:… 时间:… 地点:…, review 32)', () => {
    const issue = read(page('周末讲座预告', '主讲:刘思嶽 来自:福建师范大学 时间:2023-11-26 19:00 地点:市图书馆报告厅', '本期讲座题为“闽都文化的源与流”。'))
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('a county paper named by the day and its place (今日桐乡, 今日临海)', () => {
  it('is the outlet its reporter is credited by, in a byline and in a dateline’s brackets (d696’s paper)', () => {
    expect(creditsOf(find(read(page(TITLE, '今日桐乡记者 羊宇杰', LEAD.replace(/^[^)]*\)/, ''), MORE)), 'byline'))).toEqual([['今日桐乡记者', ['羊宇杰']]])
    expect(creditsOf(find(read(page(TITLE, '本报讯(今日临海记者 王五)3月5日,临海市召开全市经济工作会议。')), 'dateline'))).toEqual([['今日临海记者', ['王五']]])
  })

  it('not the day and a time of it before a reporter in a lead (今日上午记者从…获悉)', () => {
    const issue = read(page(TITLE, '今日上午记者从市教育局获悉,全市中考报名工作正式开始。', MORE))
    expect(findAll(issue, 'credit')).toEqual([])
  })
})

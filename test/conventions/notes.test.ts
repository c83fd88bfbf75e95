/**
 * Notes that are not the story's text: editors' notes (编者按：…, …——编  者)
 * and data source lines (数据来源：国家统计局).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEADLINE = '一季度全市经济运行稳中向好'
const LEAD = '本报讯 5月9日，市统计局发布一季度经济运行情况。'
const BODY = '全市地区生产总值同比增长5.2%，增速高于全省平均水平。'

describe("editors' notes", () => {
  it('a paragraph signed ——编  者 (padded) is an editorsNote', () => {
    const note = '今年是全面建成小康社会的决胜之年。本报今起推出系列报道，敬请关注。——编  者'
    const input = page(HEADLINE, note, LEAD, BODY)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'editorsNote', 'paragraph', 'paragraph'])
    expect(toString(find(issue, 'editorsNote')!)).toBe(note)
  })

  it('编者按：… before any headline stands at the top level, with no orphan-text diagnostic', () => {
    const input = page('编者按：今年是全面建成小康社会的决胜之年，本报今起推出系列报道。', HEADLINE, LEAD)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(issue)).toEqual(['editorsNote', 'article'])
    expect(issue.data.diagnostics.filter((d) => d.code === 'orphan-text')).toEqual([])
  })

  it('must not fire: 编者 inside a sentence, or a dash signature of another name', () => {
    const input = page(HEADLINE, LEAD, '本报编者按照读者来信的要求作了核实。', '各地要抓好落实。——张 三')
    expect(findAll(parseIssue(input), 'editorsNote')).toEqual([])
  })
})

describe('source notes', () => {
  it('数据来源：国家统计局 under a paragraph is a sourceNote with its source', () => {
    const input = page(HEADLINE, LEAD, BODY, '数据来源：市统计局')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'paragraph', 'sourceNote'])
    expect(find(issue, 'sourceNote')!.source).toBe('市统计局')
  })

  it('資料來源: 新華社 (traditional, ASCII colon): the source as printed', () => {
    const input = page('首季經濟穩中向好', '【本報訊】統計處昨日公布首季經濟數據。', '資料來源: 新華社')
    expect(find(parseIssue(input), 'sourceNote')!.source).toBe('新華社')
  })

  it('must not fire: 数据来源 in a sentence, or with nothing after it', () => {
    const input = page(HEADLINE, LEAD, '数据来源于市统计局的抽样调查。', '数据来源：')
    expect(findAll(parseIssue(input), 'sourceNote')).toEqual([])
  })

  it('a new-media post’s source under the text: 本文来源:X, 转自:X, 来源 | X (a bar for the colon)', () => {
    for (const [line, source] of [['本文来源:渭南日报', '渭南日报'], ['转自:渭南日报', '渭南日报'], ['来源 | 渭南日报', '渭南日报'], ['来源｜渭南日报', '渭南日报']]) {
      const input = page(HEADLINE, LEAD, BODY, line!)
      const issue = parseIssue(input)
      expect(find(issue, 'sourceNote')?.source, line).toBe(source)
      expect(findAll(issue, 'paragraph'), line).toHaveLength(2)
      expectSource(input, issue)
    }
  })

  it('（来源网络）, （图片来源：网络）, （图源网络）: the text or its pictures come from the internet — a source note, no one’s signature', () => {
    for (const line of ['（来源网络）', '(来源:网络)', '（图片来源：网络）', '（图源网络）', '（图片来自网络）']) {
      const issue = parseIssue(page(HEADLINE, LEAD, BODY, line))
      expect(findAll(issue, 'signature'), line).toEqual([])
      expect(find(issue, 'sourceNote')?.source, line).toBe('网络')
    }
  })

  it('（图片由县应急管理局提供）, （县应急管理局供图） alone under the text: who provided the photos — a source note, no paragraph', () => {
    for (const [line, source] of [['（图片由县应急管理局提供）', '县应急管理局'], ['（照片由市气象局提供）', '市气象局'], ['（县应急管理局供图）', '县应急管理局']]) {
      const input = page(HEADLINE, LEAD, BODY, line!)
      const issue = parseIssue(input)
      expect(find(issue, 'sourceNote')?.source, line).toBe(source)
      expect(findAll(issue, 'paragraph'), line).toHaveLength(2)
      expectSource(input, issue)
    }
  })

  it('must not fire: a sentence that says who provided something is the text’s (由县应急管理局提供的物资已运抵灾区。)', () => {
    const issue = parseIssue(page(HEADLINE, LEAD, BODY, '（由县应急管理局提供的物资已运抵灾区。）'))
    expect(findAll(issue, 'sourceNote')).toEqual([])
  })

  it('原文链接：http://…, 链接：www.…: the address of the story it was taken from, a source note', () => {
    for (const [line, source] of [['原文链接：http://www.wnrb.com/a/1.htm', 'http://www.wnrb.com/a/1.htm'], ['链接:www.wnrb.com', 'www.wnrb.com']]) {
      const issue = parseIssue(page(HEADLINE, LEAD, BODY, line!))
      expect(find(issue, 'sourceNote')?.source, line).toBe(source)
      expect(findAll(issue, 'paragraph'), line).toHaveLength(2)
    }
  })

  it('must not fire: a link’s label over words, not an address (相关链接：市政府网站)', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, BODY, '相关链接：市政府网站')), 'sourceNote')).toEqual([])
  })

  it('the source a post names: an outlet or a body by its ending, a few of them, the internet (来源 | 新华社、人民日报, 来源 | 国家统计局, 转自：某某发布公众号, 来源 | 网络)', () => {
    for (const [line, source] of [['来源 | 新华社、人民日报', '新华社、人民日报'], ['来源 | 国家统计局', '国家统计局'], ['转自：某某发布公众号', '某某发布公众号'], ['来源 | 网络', '网络'], ['（部分图片来源于网络，侵删）', '网络'], ['【图片来源网络】', '网络']]) {
      expect(find(parseIssue(page(HEADLINE, LEAD, BODY, line!)), 'sourceNote')?.source, line).toBe(source)
    }
  })

  it('must not fire: a title’s, a poem’s or a quoted rumour’s words after the label (转自：一位老兵的家书, 来源 | 雪山, 转自：某小区业主群) (review 26)', () => {
    for (const input of [
      page('转自：一位老兵的家书', '本报讯（记者 王明）5月9日，市档案馆展出一批抗战家书。', '其中一封写于1938年。'),
      page('来源 | 一条河流的前世今生', '本报讯（记者 王明）5月9日，市档案馆推出专题展。'),
      page(HEADLINE, LEAD, '网传消息如下：', '转自：某小区业主群', '“明天全市停水一天，请大家提前储水。”', '经记者核实，该消息不实。'),
      page('歌词｜河', '来源 | 雪山', '去处 | 大海', '中间是我们的一生'),
    ]) {
      expect(findAll(parseIssue(input), 'sourceNote'), input).toEqual([])
    }
  })

  it('must not fire: 转自 in a sentence, a bracket naming a person (张网络 is no one’s name, but (张三) signs)', () => {
    expect(findAll(parseIssue(page(HEADLINE, LEAD, '会议决定将资金转自专项账户。')), 'sourceNote')).toEqual([])
    expect(find(parseIssue(page(HEADLINE, LEAD, BODY + '(张三)')), 'signature')?.names).toEqual(['张三'])
  })
})

describe("an editor's note closes its paragraph", () => {
  it('…——编者 then body text: the note, then a paragraph', () => {
    const input = page(HEADLINE, LEAD, '本版今起推出系列报道，敬请关注——编者', BODY)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(types(articles(issue)[0]!)).toEqual(['headline', 'paragraph', 'editorsNote', 'paragraph'])
  })
})

describe('a title ending in a word with 网 that names no site (嫌犯落网)', () => {
  it('甘肃连环杀人嫌犯落网 over the byline: the headline, not a repost’s source line', () => {
    const issue = parseIssue(['甘肃连环杀人嫌犯落网', '本报首席记者唐学仁', '昨日，警方通报了案件详情。'].join('\n'))
    expect(findAll(issue, 'sourceNote')).toEqual([])
    expect(toString(find(issue, 'headline')!)).toBe('甘肃连环杀人嫌犯落网')
  })

  it('still: 大洋网 or 中国新闻网 alone under a title is the repost’s source', () => {
    expect(findAll(parseIssue(['市区新增两条公交线路', '中国新闻网', '昨日，市公交集团宣布新增两条公交线路。'].join('\n')), 'sourceNote')).toHaveLength(1)
  })
})

/**
 * A photo story's captions printed together between its title and its
 * text: three or more short lines of one sentence each, then the text;
 * one or two when each is one clause closed by a full stop, or one sentence
 * right over the dateline.
 *   满城尽是中国红 / 劳动公园里,老人们一起歌唱祖国。 / … / □文/图 记者 李强 / 金秋时节,…
 *   昔日公园仅一座 / ◀2016年,…湿地公园。 / ▼2004年,…塌陷区。 / 2006年的园林路。 本报记者 牛智广 摄 / …
 * The run must show it holds captions (one is a caption already, or the
 * story's credit line stands under it); a short lead of one-sentence
 * lines over the text is the story's own paragraphs.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll, page } from '../helpers/tree'

const HEADLINE = '满城尽是中国红'
const CAPTIONS = ['内蒙古科技大学实验小学的孩子们与国旗同框。', '劳动公园里，老人们一起歌唱祖国。', '园林工人祝福祖国。']
const TEXT = '金秋时节，喜迎国庆，鹿城包头的节日氛围扑面而来，处处的“中国红”成为这座工业城市最动人的底色，大街小巷一片欢腾。'

const read = (...lines: string[]) => {
  const input = `${HEADLINE}\n${lines.join('\n')}\n`
  const issue = parseIssue(input)
  expectSource(input, issue)
  return {
    articles: articles(issue).length,
    captions: findAll(issue, 'caption').map((c) => toString(c)),
    paragraphs: findAll(issue, 'paragraph').map((p) => toString(p)),
  }
}

describe('captions printed together over the story', () => {
  it('over the story’s credit line: captions, then the byline and the text', () => {
    const input = page(HEADLINE, CAPTIONS.join('\n'), '□文/图 记者 李强', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(CAPTIONS)
    expect(findAll(issue, 'byline')).toHaveLength(1)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('one of them pointing to its photo (◀, ▼) or credited: all of them are captions', () => {
    const lines = ['◀2016年，我市利用塌陷区建起白鹭洲国家城市湿地公园。', '▼2004年，平煤集团七矿采煤塌陷区。', '2003年，祥云公园所在地是一座山丘。', '2006年的园林路。 本报记者 牛智广 摄']
    const { captions, paragraphs } = read(...lines, TEXT)
    expect(captions).toEqual(lines)
    expect(paragraphs).toEqual([TEXT])
  })
})

describe('a run caption whose photographer’s credit lost its 摄', () => {
  const credited = ['参访团一行在宝迪红供应链公司采访。广西新闻网记者 胡雁 摄', '参访团一行在中马钦州产业园区采访。广西新闻网记者 胡雁 摄']
  const lead = '广西新闻网钦州11月28日讯(记者 胡雁)“钦州和防城港是很有经济发展潜力的地方。”'

  it('参访团记者在电厂采访。广西新闻网记者 胡雁 after two credited captions, over the dateline: a caption, one story', () => {
    const last = '参访团记者在中华电力防城港电厂采访。广西新闻网记者 胡雁'
    const { articles, captions, paragraphs } = read(...credited, last, lead)
    expect(articles).toBe(1)
    expect(captions).toEqual([...credited, last])
    expect(paragraphs).toEqual([lead])
  })

  it('must not fire: a sentence with a long tail after it is no caption (its credit is no short role and names)', () => {
    const last = '参访团记者在中华电力防城港电厂采访。随后记者又来到了防城港海洋文化主题公园参观'
    const { captions } = read(...credited, last, lead)
    expect(captions).toEqual(credited)
  })
})

describe('captions printed together over the story, its writer named apart', () => {
  it('这些地方的环境不咋样 / 伊巍 / captions / 文/图 记者 伊巍 / 通讯员 杨东刚 报道 / the text', () => {
    const input = page('这些地方的环境不咋样', '伊巍', CAPTIONS.join('\n'), '文/图 记者 伊巍\n通讯员 杨东刚 报道', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(CAPTIONS)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('must not fire: a credit line with nothing under it closes the story, the short lines over it are its text', () => {
    const input = page('这些地方的环境不咋样', CAPTIONS.join('\n'), '文/摄 大庆晚报记者 杨萌')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('captions printed together over the story: where it must not fire', () => {
  it('short one-sentence lines with nothing to show they are captions: the story’s paragraphs', () => {
    const { captions, paragraphs } = read(...CAPTIONS, TEXT)
    expect(captions).toEqual([])
    expect(paragraphs).toEqual([...CAPTIONS, TEXT])
  })

  it('two short lines over the credit line are too few for a run: the credit line is read as before', () => {
    const input = page(HEADLINE, CAPTIONS.slice(0, 2).join('\n'), '□文/图 记者 李强', TEXT)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('lines of two sentences are no captions: 园林工人祝福祖国。他们说，祖国好。', () => {
    const lines = ['园林工人祝福祖国。他们说，祖国好。', '老人们一起歌唱祖国。大家很开心。', '孩子们与国旗同框。笑容灿烂。']
    const input = page(HEADLINE, lines.join('\n'), '□文/图 记者 李强', TEXT)
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })
})

describe('one or two photos’ captions between the title and the text, the story crediting its photos', () => {
  const LEAD = '本报讯(全媒体记者 任媛媛 徐飞 文/图)4月30日，由德阳市委宣传部、市委网信办组织开展的媒体采访活动走进德阳，记者们先后走进企业车间和乡村。'

  it('退休教师庄艳华镜头下的鸡山岛。 under the title, over the credit line 文/图 and the text: the photo’s caption', () => {
    const caption = '退休教师庄艳华镜头下的鸡山岛。'
    const input = page('“彩虹岛”上的幸福底色', caption, '本报记者 王兴 文/图', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual([caption])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('two such lines, over the dateline crediting 文/图: both captions, the story opens at its dateline', () => {
    const lines = ['记者们深入东电车间采访。', '代表通道现场。']
    const { articles, captions, paragraphs } = read(...lines, LEAD)
    expect(articles).toBe(1)
    expect(captions).toEqual(lines)
    expect(paragraphs).toEqual([LEAD])
  })

  it('a sentence of clauses right over the dateline (大家共同举杯庆佳节,展现和谐、温馨的邻里关系。): the caption', () => {
    const caption = '大家共同举杯庆佳节，展现和谐、温馨的邻里关系。'
    const { captions, paragraphs } = read(caption, LEAD)
    expect(captions).toEqual([caption])
    expect(paragraphs).toEqual([LEAD])
  })

  it('花好莫要采。 over the credit line: the caption, then the byline and the text', () => {
    const input = page('街头桂花飘香 市民莫要采摘', '花好莫要采。', '□全媒体记者 王建成 文/图', TEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['花好莫要采。'])
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })
})

describe('one or two captions between the title and the text: where it must not fire', () => {
  it('under the byline the text has begun: 通讯员 刘年兵 / 我与长沙晚报结缘整整25年了。 is the first paragraph', () => {
    const input = page('刘年兵：我与长沙晚报结缘整整25年', '通讯员 刘年兵', '我与长沙晚报结缘整整25年了。', TEXT)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('a sentence of clauses over a paragraph (短短六天的时间,马不停蹄地跑了六个市。): the lead, not a caption', () => {
    const { captions, paragraphs } = read('短短六天的时间，马不停蹄地跑了六个市。', TEXT)
    expect(captions).toEqual([])
    expect(paragraphs).toHaveLength(2)
  })

  it('an exclamation (春天来了！) or two sentences over the text: paragraphs', () => {
    expect(read('春天来了！', TEXT).captions).toEqual([])
    expect(read('春天来了。花开了。', TEXT).captions).toEqual([])
  })

  it('a short story of one clause with no text under it (会议还研究了其他事项。): its paragraph', () => {
    const { captions, paragraphs } = read('会议还研究了其他事项。')
    expect(captions).toEqual([])
    expect(paragraphs).toEqual(['会议还研究了其他事项。'])
  })

  // (A review found these read as captions when no credit said the story had photos.)
  it.each(['全县春耕生产全面展开。', '会议由县长刘明主持。', '今天是五一国际劳动节。', '春天来了。'])('%s over the text, no photo credited: the lead’s paragraph', (line) => {
    expect(read(line, TEXT).captions).toEqual([])
  })

  it('a summary line over a dateline that credits no photos (截至6月10日,全市已收获小麦86万亩。): no caption', () => {
    expect(read('截至6月10日，全市已收获小麦86万亩。', '本报讯(记者 赵刚)今年“三夏”麦收工作进展顺利，各地抢抓晴好天气收获小麦。').captions).toEqual([])
  })

  it('a line longer than a caption’s clause over the text: a paragraph', () => {
    const long = '内蒙古科技大学实验小学的孩子们在国庆节前夕的升旗仪式上与国旗同框合影留念并高声歌唱祖国。'
    expect(read(long, TEXT).captions).toEqual([])
  })
})

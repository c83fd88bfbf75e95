/**
 * A photo story's captions printed together between its title and its
 * text: three or more short lines of one sentence each, then the text.
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

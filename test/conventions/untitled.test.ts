/**
 * Stories printed without a title (grammar/constructs/untitled.ts): plain
 * sentences closed by a credit, or the page's first text, are an article
 * with no headline, not text outside any article. Text after a story
 * without such a credit stays at the top level.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const orphans = (input: string) => parseIssue(input).data.diagnostics.filter((d) => d.code === 'orphan-text')

describe('untitled stories: where they fire', () => {
  it('plain sentences, the last closed by a signature: one article, no headline', () => {
    const input = page('人间烟火气，最抚百姓心。夏日时节，我国多个城市先后有序开放夜间经济。', '夜间经济蓬勃发展对于提振百姓生活信心有着积极的作用。（张晔）')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['paragraph', 'paragraph', 'signature'])
    expect(find(issue, 'signature')!.names).toEqual(['张晔'])
    expect(orphans(input)).toEqual([])
    expectSource(input, issue)
  })

  it('its section heads are intertitles, not the headline of a new article', () => {
    const input = page(
      '人间烟火气，最抚百姓心。夏日时节，我国多个城市先后有序开放夜间经济。',
      '抚慰人心的烟火气',
      '烤鸡腿在炭火上旋转，冒油的烤串让人垂涎欲滴。',
      '城市烟火气的守护',
      '夜间经济发展势头正劲，监管也要跟上。（记者 熊长青）',
    )
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline')).toEqual([])
    expect(findAll(issue, 'intertitle').map((node) => toString(node))).toEqual(['抚慰人心的烟火气', '城市烟火气的守护'])
    expectSource(input, issue)
  })

  it('closed by a credit line after the text (本报记者  郜阳 as the last line)', () => {
    const input = page('全市上下团结一心，共同推进各项工作落实落细。', '会议要求，要抓好安全生产。', '本报记者  郜阳')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['paragraph', 'paragraph', 'signature'])
    expect(orphans(input)).toEqual([])
  })
})

describe('untitled stories: the page’s first text', () => {
  it('sentences opening the page, with no credit closing them, are its story: an article with no headline', () => {
    const input = page('1月27日，记者在汽车站看到，一辆辆满载旅客的汽车有序进出车站。', '据了解，道路春运开始以来，我市道路运输平稳有序。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['paragraph', 'paragraph'])
    expect(orphans(input)).toEqual([])
  })

  it('after the page’s furniture (a site’s fields), still its story', () => {
    const input = ['来源:中国赣州网 发布时间:2014年01月28日', '1月27日，记者在汽车站看到，一辆辆满载旅客的汽车有序进出车站。', ''].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(1)
  })

  it('a title under that unsigned text opens a story of its own (a column’s items: the first lost its title)', () => {
    const input = page(
      '市民王女士：昨日中午，在汽车站门口，一位女士的纸箱破了，东西撒了一地。',
      '污水管道该治理',
      '市民李女士：大明渠南岸有个污水管道，几天来污水横流。',
    )
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    expect(findAll(articles(issue)[0]!, 'headline')).toEqual([])
    expect(toString(find(articles(issue)[1]!, 'headline')!)).toBe('污水管道该治理')
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

describe('untitled stories: where they must not fire', () => {
  /** A titled story closed by its signature, so what follows is not the page's first text. */
  const STORY = ['全市核酸检测实验室建设会议召开', '本报讯 5月8日，视频会议召开。（李四）']

  it('sentences after a story, with no closing credit, stay at the top level, reported', () => {
    const input = page(...STORY, '会议要求，要始终保持敬畏心理。', '要继续抓好护林防火工作。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'paragraph', 'paragraph'])
    expect(orphans(input)).toHaveLength(2)
  })

  it('a line with no full stop opening the page (a slogan) opens no story; the text under it does', () => {
    const issue = parseIssue('看家乡事，品故乡情\n\n\n会议要求，要始终保持敬畏心理。\n')
    expect(types(issue)).toEqual(['paragraph', 'article'])
    expect(toString(articles(issue)[0]!)).toBe('会议要求，要始终保持敬畏心理。')
  })

  it('an editors’ note opening the page is no story', () => {
    const input = page('编者按：今年是决胜之年，本报今起推出系列报道。', ...STORY)
    expect(types(parseIssue(input))).toEqual(['editorsNote', 'article'])
  })

  it('a credit after a wide gap does not reach back over it', () => {
    const input = [...STORY, '', '会议要求，要始终保持敬畏心理。', '', '', '', '全市上下团结一心，共同推进工作。（张晔）', ''].join('\n')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'paragraph', 'article'])
    expect(types(articles(issue)[1])).toEqual(['paragraph', 'signature'])
  })

  it('a credit closing the next titled story is that story’s, not the text’s before its heading', () => {
    const input = page(...STORY, '会议要求，要始终保持敬畏心理。', '全市防汛工作会议召开', '本报讯 5月9日，防汛会议召开。（张晔）')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'paragraph', 'article'])
    expect(toString(find(articles(issue)[1]!, 'headline'))).toBe('全市防汛工作会议召开')
    expect(orphans(input)).toHaveLength(1)
  })

  it('a bracket that is no signature (a note in brackets) does not make a story', () => {
    const input = page(...STORY, '会议要求，要始终保持敬畏心理。', '全市共完成投资12亿元。（同比增长8.5%）')
    expect(types(parseIssue(input))).toEqual(['article', 'paragraph', 'paragraph'])
  })
})

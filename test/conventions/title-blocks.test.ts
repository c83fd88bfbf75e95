/**
 * A web page's title block (grammar/constructs/heading-group.ts
 * `closesTitleBlock`): a title over the site's furniture (a word counter,
 * a stamp), the story's text set apart after it by a wide gap — the title
 * is the story's all the same.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, types } from '../helpers/tree'

const BODY = '为进一步加强道路交通秩序治理和预防交通事故,4月2日晚,全市交警统一行动,集中查处酒驾醉驾违法行为。'

describe('title blocks closed by site furniture: where they fire', () => {
  it('a title over a word counter, the text after a wide gap', () => {
    const input = ['严查酒驾醉驾 预防交通事故', '文章字数:152', '', '', BODY, ''].join('\n')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(toString(find(issue, 'headline'))).toBe('严查酒驾醉驾 预防交通事故')
    expect(types(articles(issue)[0])).toEqual(['headline', 'chrome', 'paragraph'])
    expectSource(input, issue)
  })

  it('a title over its stamp, the text after a wide gap', () => {
    const input = ['严查酒驾醉驾 预防交通事故', '发布日期:2020年04月04日', '', '', '', BODY, ''].join('\n')
    expect(toString(find(parseIssue(input), 'headline'))).toBe('严查酒驾醉驾 预防交通事故')
  })
})

describe('title blocks: where they must not fire', () => {
  it('a short line, a wide gap, then text, after another story: no title without the site’s furniture', () => {
    const input = ['全市春耕工作推进会召开', '本报讯 5月9日,全市春耕工作推进会召开。', '', '', '严查酒驾醉驾 预防交通事故', '', '', BODY, ''].join('\n')
    expect(findAll(parseIssue(input), 'headline').map((node) => toString(node))).toEqual(['全市春耕工作推进会召开'])
  })

  it('at the page’s top, a title two blank lines over the text is its title all the same (沙颍河上运输忙, d286)', () => {
    const input = ['严查酒驾醉驾 预防交通事故', '', '', BODY, ''].join('\n')
    expect(toString(find(parseIssue(input), 'headline')!)).toBe('严查酒驾醉驾 预防交通事故')
  })

  it('furniture alone over the text (no title line) is no title: the text is the page’s untitled story', () => {
    const input = ['文章字数:152', '', '', BODY, ''].join('\n')
    const issue = parseIssue(input)
    expect(issue.children[0]!.type).toBe('chrome')
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'headline')).toEqual([])
  })
})

describe('a line a colon closes over the text: the text’s first paragraph', () => {
  const LETTER = ['儒林路夜景遭破坏', '四十盏景观灯“瞎了”', '', '安顺日报编辑部:', '', '连日来，据家住安顺城区儒林路的一些个体工商户反映，去年打造的景观灯损坏严重。', '']

  it('安顺日报编辑部: under the title and its sub, over the text: a letter’s salutation, the first paragraph', () => {
    const input = LETTER.join('\n')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const [article] = articles(issue)
    expect(toString(find(article!, 'headline')!)).toBe('儒林路夜景遭破坏')
    expect(findAll(article!, 'subheadline').map((s) => toString(s))).toEqual(['四十盏景观灯“瞎了”'])
    // (Its own paragraph: a short line a colon closes ends its paragraph.)
    expect(findAll(article!, 'paragraph').map((p) => toString(p))).toEqual(['安顺日报编辑部:', '连日来，据家住安顺城区儒林路的一些个体工商户反映，去年打造的景观灯损坏严重。'])
  })

  it('must not fire: an ordinal’s section heads (一、主要做法:) stay what they were, and so do a Q&A’s labels (问:, 答:)', () => {
    const input = ['便民服务再提速', '', '本报讯 近日，我市推进政务服务改革，办事时间大大缩短。', '', '一、主要做法:', '推行“一窗通办”，群众办事更方便。', '', '二、取得成效:', '办事时间平均缩短一半。', ''].join('\n')
    const paragraphs = findAll(parseIssue(input), 'paragraph').map((p) => toString(p))
    expect(paragraphs.some((p) => p === '一、主要做法:' || p === '二、取得成效:')).toBe(false)
    const qa = ['医保新政 权威解答', '', '问:', '今年医保缴费标准是多少?', '', '答:', '根据规定，今年标准为380元。', ''].join('\n')
    expect(findAll(parseIssue(qa), 'paragraph').map((p) => toString(p))).not.toContain('答:')
  })

  it('must not fire: a kicker’s colon over its headline (渭滨区峪泉路便民市场: / 占道经营何时休)', () => {
    const input = ['渭滨区峪泉路便民市场:', '占道经营何时休', '', '本报讯 近日，有市民反映峪泉路便民市场占道经营严重。', ''].join('\n')
    const [article] = articles(parseIssue(input))
    expect(toString(find(article!, 'kicker')!)).toBe('渭滨区峪泉路便民市场:')
    expect(toString(find(article!, 'headline')!)).toBe('占道经营何时休')
  })
})

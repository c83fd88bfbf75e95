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

  it('a long line a colon closes over an indented line: what it introduces is its own paragraph or section head (现将有关事项公告如下： / 　　一、招聘岗位)', () => {
    const notice = ['关于招聘社区工作者的公告', '　　根据工作需要，我区决定公开招聘社区工作者。现将有关事项公告如下：', '　　一、招聘岗位', '　　社区工作者20名。', '　　二、报名条件', '　　具有本市户籍，年龄35周岁以下。', ''].join('\n')
    const issue = parseIssue(notice)
    expectSource(notice, issue)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))[0]).toBe('根据工作需要，我区决定公开招聘社区工作者。现将有关事项公告如下：')
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).toEqual(['一、招聘岗位', '二、报名条件'])
    const letter = ['致全市人民的一封信', '　　当前正值冬季大气污染防治关键期。市指挥部向全市人民发出如下倡议：', '　　绿色出行，少开车多乘公交；节约用电，减少燃煤使用。', '　　蓝天白云需要我们共同守护！', ''].join('\n')
    expect(findAll(parseIssue(letter), 'paragraph')).toHaveLength(3)
  })

  it('must not fire: a colon at the end of a flush line, the text going on flush under it, stays one paragraph', () => {
    const input = ['便民服务再提速', '本报讯 近日，市政务服务中心负责人介绍说，今年我市推进政务服务改革的主要做法是：', '推行“一窗通办”，群众办事更方便，办事时间大大缩短。', ''].join('\n')
    expect(findAll(parseIssue(input), 'paragraph')).toHaveLength(1)
  })

  it('must not fire: a kicker’s colon over its headline (渭滨区峪泉路便民市场: / 占道经营何时休)', () => {
    const input = ['渭滨区峪泉路便民市场:', '占道经营何时休', '', '本报讯 近日，有市民反映峪泉路便民市场占道经营严重。', ''].join('\n')
    const [article] = articles(parseIssue(input))
    expect(toString(find(article!, 'kicker')!)).toBe('渭滨区峪泉路便民市场:')
    expect(toString(find(article!, 'headline')!)).toBe('占道经营何时休')
  })
})

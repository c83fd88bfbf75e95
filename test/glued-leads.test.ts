/** What runs straight into a dateline when line breaks are lost: a subheadline, or a photo caption. */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Article } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'

const outline = (input: string) => {
  const tree = parseIssue(input)
  expect(checkInvariants(tree, input)).toEqual([])
  const article = tree.children.find((n) => n.type === 'article') as Article
  return article.children.map((n) => `${n.type}:${toString(n).slice(0, 16)}`)
}

describe('glued leads', () => {
  it('a caption ending in a photographer’s credit runs into a wire dateline', () => {
    const input =
      '习近平会见外宾\n\n图为12月5日，国家主席习近平在北京会见外宾。新华社记者 谢环驰 摄新华社北京12月5日电（记者白洁）国家主席习近平5日在北京会见外宾。\n'
    expect(outline(input)).toEqual([
      'headline:习近平会见外宾',
      'caption:图为12月5日，国家主席习近平在',
      'paragraph:新华社北京12月5日电（记者白洁',
    ])
  })

  it('a subheadline runs into a flash dateline', () => {
    const input = '康师傅回应转卖废弃茶叶\n就废弃茶叶被转手事件发声明本报讯（记者刘俊）“我们也是受害者！”昨日，康师傅这样说。\n'
    expect(outline(input)).toEqual([
      'headline:康师傅回应转卖废弃茶叶',
      'subheadline:就废弃茶叶被转手事件发声明',
      'paragraph:本报讯（记者刘俊）“我们也是受害',
    ])
  })

  it('NOT after a full stop: a later sentence that names the source stays in the paragraph', () => {
    const input = '会议召开\n\n全市会议昨日召开。本报讯记者会后采访了与会代表，代表们纷纷表示赞同。\n'
    expect(outline(input)).toEqual(['headline:会议召开', 'paragraph:全市会议昨日召开。本报讯记者会后'])
  })

  it('within 160 characters of the paragraph’s start, however the text is tokenized', () => {
    const lead = '本报讯（记者刘俊）“我们也是受害者！”昨日，康师傅这样说。\n'
    // A subheadline with commas in it (one text run now, several tokens before).
    expect(outline('康师傅回应转卖废弃茶叶\n就废弃茶叶被转手事件发声明,称将追究相关责任' + lead)).toEqual([
      'headline:康师傅回应转卖废弃茶叶',
      'subheadline:就废弃茶叶被转手事件发声明,称将',
      'paragraph:本报讯（记者刘俊）“我们也是受害',
    ])
    // 180 characters of clauses before it: no subheadline is that long.
    const far = '全市上下团结一心,'.repeat(20)
    expect(outline('会议召开\n' + far + lead)).toEqual(['headline:会议召开', 'paragraph:全市上下团结一心,全市上下团结一'])
  })
})

describe('a title and its lead on one line, set apart by a space', () => {
  const FIRST = '澳大遗址花落谁家\n【本报讯】澳门大学新学年开始迁入横琴新校区运作。'

  it('電訊不被歸責 【本報訊】…: the title opens a story of its own, the lead under it', () => {
    const tree = parseIssue(`${FIRST}\n电讯不被归责 【本报讯】电讯管理局局长陶永强表示,两宗事故的罚款已缴交。`)
    expect(checkInvariants(tree, `${FIRST}\n电讯不被归责 【本报讯】电讯管理局局长陶永强表示,两宗事故的罚款已缴交。`)).toEqual([])
    const articles = tree.children.filter((n) => n.type === 'article') as Article[]
    expect(articles.map((article) => toString(article.children.find((n) => n.type === 'headline')!))).toEqual(['澳大遗址花落谁家', '电讯不被归责'])
  })

  it('must not fire: a dateline with its credits set apart (南都讯 记者 王成波 …), a site stamp before a byline', () => {
    expect(outline('标题\n南都讯 记者 王成波 昨日,市民反映路灯不亮。')).toEqual(['headline:标题', 'paragraph:南都讯 记者 王成波 昨日,市民'])
    expect(outline('機場排隊\n2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導\n今天機場大排長龍。').slice(1, 3)).toEqual(['stamp:2019-03-18 23:59', 'byline:聯合報 記者陳嘉寧／桃園機場報導'])
  })

  it('must not fire: a sentence that runs on past a space before 本报讯 is text', () => {
    const input = `${FIRST}\n据统计,去年共有三宗事故。 本报讯 当局正审批有关申请。`
    expect(parseIssue(input).children.filter((n) => n.type === 'article')).toHaveLength(1)
  })
})


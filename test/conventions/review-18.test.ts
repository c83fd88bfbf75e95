/**
 * Where the eighteenth session's rules must not fire, as review 26 found
 * them over-firing on made-up pages (each case read the old way, or better,
 * once the rules were narrowed): ○ as a form's option, a list's bullet, a
 * poem's section mark and before 记者手记; a role and 的 opening a title;
 * two lines, or a line of names, over a wide gap.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll } from '../helpers/tree'

/** The input as a page, its lines set apart by the given blank-line runs already in them. */
const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return issue
}

describe('○ is a credit’s bullet only before a reporter’s role', () => {
  it('a form’s options (○是 ○否, ○非常满意 ○一般): no byline, no article made of them', () => {
    const issue = read('居民满意度调查问卷\n\n请在您认同的选项前打勾：\n\n○非常满意 ○比较满意 ○一般 ○不满意\n\n您对社区环境卫生的评价：\n\n○好 ○较好 ○差\n')
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'credit')).toEqual([])
  })

  it('a list of schools under a story, ○ before each: the story’s text, no second article', () => {
    const issue = read('第十届全市中小学生运动会圆满落幕\n\n本报讯 11月24日，第十届全市中小学生运动会在市体育中心闭幕。\n\n获得团体总分前三名的学校是：\n\n○市一中\n\n○市实验小学\n\n○城南中学\n')
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'byline')).toEqual([])
  })

  it('○记者手记 between paragraphs is the column’s name (an intertitle); ○ 一 / ○ 二 number a poem’s parts', () => {
    const notes = read('山村里的“候鸟”医生\n\n本报讯 每周三，市人民医院的王医生都会驱车60公里来到青山村坐诊。\n\n○记者手记\n\n一名医生，一条山路，坚持八年，这份坚守令人动容。\n')
    expect(findAll(notes, 'credit')).toEqual([])
    expect(findAll(notes, 'intertitle').map((n) => toString(n))).toEqual(['○记者手记'])
    const poem = read('题梅\n\n○ 一\n\n疏影横斜水清浅\n暗香浮动月黄昏\n\n○ 二\n\n墙角数枝梅\n凌寒独自开\n')
    expect(findAll(poem, 'byline')).toEqual([])
  })
})

describe('a role and 的 open a title, not a credit', () => {
  it.each(['撰稿人的坚守', '记者的坚守'])('%s over its text: the headline', (title) => {
    const issue = read(`${title}\n\n在我市，有这样一群人，他们利用业余时间记录身边的人和事。\n\n退休教师李红就是其中之一。\n`)
    expect(toString(find(issue, 'headline')!)).toBe(title)
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('over a wide gap, only one line titles its section', () => {
  it('a story’s last line and the next story’s title, two blank lines under them: not one intertitle', () => {
    const issue = read('书法作品展开幕\n\n本报讯 11月22日，我市书法作品展在市美术馆开幕，展期10天。\n\n欢迎广大市民前往观展\n\n健康讲座进社区\n\n\n11月24日，市第二人民医院专家走进城北社区，为居民开展健康讲座。\n')
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).not.toContain('欢迎广大市民前往观展健康讲座进社区')
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).not.toContain('欢迎广大市民前往观展')
  })

  it('a line of names over a wide gap is the story’s list, no intertitle', () => {
    const issue = read('2024年度“最美教师”名单公布\n\n本报讯 经过层层推荐和评审，我市2024年度“最美教师”评选结果日前揭晓。\n\n张丽华 王建军 李秀梅 赵志刚 刘红\n\n\n获奖教师将在教师节表彰大会上受到表彰。\n')
    expect(findAll(issue, 'intertitle')).toEqual([])
  })
})

/**
 * Packages and roundups as People's Daily prints them: a kicker and a
 * headline over the page citation and a data-source note, then the body;
 * quotes closed by their speaker on a line opening with a dash
 * (——中国石化安庆石化公司党委书记刘晓华代表), and an editors' note signed
 * ——编  者 on its own line. The dashed lines are body text, never the next
 * story's heading.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const headlines = (input: string) =>
  articles(parseIssue(input)).map((a) => toString(a.children.find((n) => n.type === 'headline')!))

describe('a package’s heading over its citation and data-source note', () => {
  it('会内会外话创新—— / 科技高峰…（直通两会） / 《人民日报》（…） / 数据来源：… then the body: one article', () => {
    const input = '会内会外话创新——\n\n科技高峰和产业高峰都要靠我们自己去攀登（直通两会）\n\n《人民日报》（2025年03月10日第 02 版）\n\n数据来源：国家统计局等\n\n习近平总书记在参加江苏代表团审议时强调，要抓科技创新。'
    const [article] = articles(parseIssue(input))
    expect(types(article).slice(0, 2)).toEqual(['kicker', 'headline'])
    expect(toString(find(article!, 'headline')!)).toBe('科技高峰和产业高峰都要靠我们自己去攀登（直通两会）')
  })
})

describe('lines opening with a dash under body text', () => {
  it('a quote’s speaker is body text, not the next article’s headline', () => {
    const input = [
      '抓科技创新，要着眼建设现代化产业体系',
      '',
      '本报记者  王永战  韩俊杰',
      '',
      '创新是引领发展的第一动力。',
      '',
      '【会内声音】如何把科技成果转化为实实在在的生产力？要打通堵点。',
      '',
      '——中国石化安庆石化公司党委书记刘晓华代表',
      '',
      '科技成果转化的关键在于企业。',
    ].join('\n')
    expect(headlines(input)).toEqual(['抓科技创新，要着眼建设现代化产业体系'])
    expect(find(parseIssue(input), 'intertitle')).toBeUndefined()
  })

  it('an editors’ note signed ——编  者 on its own line: the sign-off is the note’s, not a kicker', () => {
    const input = '如何做到“教育、科技、人才一起抓”？本版今起推出系列报道。\n\n——编  者\n\n抓产业创新，要守牢实体经济这个根基\n\n本报记者  刘温馨\n\n实体经济是根基。'
    const [article] = articles(parseIssue(input))
    expect(types(article)).not.toContain('kicker')
    expect(toString(find(article!, 'headline')!)).toBe('抓产业创新，要守牢实体经济这个根基')
  })

  it('must not fire: ——记… under a headline stays its subheadline', () => {
    const input = '小职员发挥大作用\n——记忻府区市政工程服务中心王敏和他的同事们\n\n记者 张建国\n\n王敏是一名普通职工。'
    expect(types(articles(parseIssue(input))[0])).toContain('subheadline')
  })
})

describe('a package’s sections: a title and its byline inside the running story', () => {
  const PACKAGE = [
    '科技高峰和产业高峰都要靠我们自己去攀登（直通两会）',
    '',
    '习近平总书记在参加江苏代表团审议时强调，要抓科技创新。',
    '',
    '抓科技创新，要着眼建设现代化产业体系',
    '',
    '本报记者  王永战  韩俊杰',
    '',
    '创新是引领发展的第一动力。',
    '',
    '抓产业创新，要守牢实体经济这个根基',
    '',
    '本报记者  刘温馨',
    '',
    '习近平总书记强调，要守牢实体经济这个根基。',
    '',
  ]

  it('sections set apart as paragraphs are: one article, the titles intertitles, the bylines the sections’', () => {
    const issue = parseIssue(PACKAGE.join('\n'))
    expect(articles(issue)).toHaveLength(1)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'intertitle', 'byline', 'paragraph', 'intertitle', 'byline', 'paragraph'])
  })

  it('NOT across a wide gap: stories of their own', () => {
    const input = [...PACKAGE.slice(0, 4), '', ...PACKAGE.slice(4)].join('\n')
    expect(headlines(input)).toEqual(['科技高峰和产业高峰都要靠我们自己去攀登（直通两会）', '抓科技创新，要着眼建设现代化产业体系'])
  })

  it('NOT a title set apart more than the page sets its paragraphs apart: the page’s next story (a blank line between stories, none between paragraphs)', () => {
    const input = [
      '“小山药”撬动大产业',
      '本报记者　王海燕',
      '　　在太谷区侯城乡，山药种植面积已达3000亩，带动200余户农民增收。',
      '　　“今年亩产4000斤，收入比种玉米高出一倍。”种植户赵建国说。',
      '',
      '直播间里卖小米',
      '本报记者　刘莉',
      '　　在沁县，越来越多的农民走进直播间，把小米卖到全国各地。',
      '　　“一场直播能卖出500多单。”主播李娜说。',
      '',
    ].join('\n')
    expect(headlines(input)).toEqual(['“小山药”撬动大产业', '直播间里卖小米'])
    expect(findAll(parseIssue(input), 'intertitle')).toEqual([])
  })

  it('must not fire: on a page of blank-line paragraphs, a title and byline set apart by one blank line stay the package’s section', () => {
    expect(articles(parseIssue(PACKAGE.join('\n')))).toHaveLength(1)
  })

  it('must not fire: a package that says it is one keeps its sections — its title’s label (·组合报道), a series’ parts (之一：), a box’s label (相关链接)', () => {
    const section = (title: string) => [title, '本报记者　刘莉', '　　在沁县，越来越多的农民走进直播间。', '　　“一场直播能卖出500多单。”主播李娜说。']
    const story = (headline: string) => [headline, '本报记者　王海燕', '　　在太谷区侯城乡，山药种植面积已达3000亩。', '　　“今年亩产4000斤。”种植户赵建国说。']
    for (const [head, title] of [
      ['乡村振兴看晋中·组合报道', '直播间里卖小米'],
      ['走进太行山深处的村庄', '之一：羊倌变成了“羊老板”'],
      ['我市推进城市更新行动', '相关链接'],
      ['我市推进城市更新行动', '记者手记'],
    ]) {
      const input = [...story(head!), '', ...section(title!), ''].join('\n')
      expect(articles(parseIssue(input)), title).toHaveLength(1)
    }
  })

  it('must not fire: a hard-wrapped copy whose paragraphs are set apart by blank lines keeps a section set apart by one', () => {
    const input = ['民生关注', '“菜篮子”拎得更稳了', '本报记者 赵敏', '', '　　记者走访市区各大农贸市场和超市发现，', '近期蔬菜供应充足，价格总体平稳。', '', '　　市发改委价格监测中心数据显示，本周全', '市蔬菜平均零售价格环比下降4.2%。', '', '本地菜上市早', '本报记者 田野', '', '　　在太谷区的蔬菜基地，工人们正忙着采收', '西红柿、黄瓜，当天就能摆上货架。', ''].join('\n')
    expect(articles(parseIssue(input))).toHaveLength(1)
  })

  it('NOT a title over a dateline: a story of its own', () => {
    const input = [...PACKAGE.slice(0, 4), '我市召开安全生产工作会议', '', '本报讯 5月9日，我市召开安全生产工作会议。', ''].join('\n')
    expect(articles(parseIssue(input))).toHaveLength(2)
  })
})

describe('package sections closed by their signatures', () => {
  it('（本报记者徐雷鹏、田先进、孙佩瑾） on its own line, then the next section’s title: the package goes on (d28, 人民日报)', () => {
    const input = readFileSync(new URL('../fixtures/corpus/d28.txt', import.meta.url), 'utf8')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['徐雷鹏', '田先进', '孙佩瑾'], ['张晔', '王云杉'], ['周欢', '江琳']])
    expect(findAll(issue, 'intertitle').map((n) => toString(n))).toEqual(['“一增一减”倡亲清', '“一城一乡”谋发展', '“一老一小”看保障'])
    expectSource(input, issue)
  })

  it('must not fire: a signed story followed by a titled story with its dateline is two articles', () => {
    const input = page(
      '抓科技创新',
      '本报讯 昨日，全市科技创新大会召开。',
      '“一增一减”倡亲清',
      '会议要求，各部门抓好落实。（本报记者徐雷鹏）',
      '全市开展安全生产大检查',
      '本报讯 今日，全市开展安全生产大检查。',
    )
    expect(articles(parseIssue(input))).toHaveLength(2)
  })

  it('must not fire: with no section title before it, a signature closes the story', () => {
    const input = page('全市科技创新大会召开', '本报讯 昨日，全市科技创新大会召开。（本报记者徐雷鹏）', '会后', '与会人员参观了科技园区。')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0]).at(-1)).toBe('signature')
  })
})

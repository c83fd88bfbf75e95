/**
 * Credits: bylines (a line of reporters' credits under the heading group)
 * and the bracketed credits of datelines — role, affiliation, names.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Credit } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const fields = ({ role, affiliation, names, place }: Credit) => ({ role, affiliation, names, place })

describe('bylines: where they fire', () => {
  it('本报记者 张建国 under a ——记… subtitle', () => {
    const input = page(
      '小职员发挥大作用',
      '——记忻府区市政工程服务中心王敏和他的同事们',
      '本报记者 张建国',
      '连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍,这支队伍由忻府区市政工程服务中心工作人员组成。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'subheadline', 'byline', 'paragraph'])
    const byline = find(article!, 'byline')!
    expect(types(byline)).toEqual(['credit'])
    expect(toString(byline)).toBe('本报记者 张建国')
    expect(fields(find(byline, 'credit')!)).toEqual({ role: '本报记者', affiliation: '本报', names: ['张建国'], place: undefined })
    expectSource(input, issue)
  })

  it('记者 戈伟 实习生 刘晓雪: two roles on one line', () => {
    const input = page('夏粮收购工作有序开展', '记者 戈伟 实习生 刘晓雪', '连日来,我市各收储企业陆续开秤收购夏粮,收购工作有序开展。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'paragraph'])
    const byline = find(article!, 'byline')!
    expect(types(byline)).toEqual(['credit', 'text', 'credit'])
    expect(findAll(byline, 'credit').map(fields)).toEqual([
      { role: '记者', affiliation: undefined, names: ['戈伟'], place: undefined },
      { role: '实习生', affiliation: undefined, names: ['刘晓雪'], place: undefined },
    ])
    expect(findAll(byline, 'credit').map((c) => c.value)).toEqual(['记者 戈伟', '实习生 刘晓雪'])
    expectSource(input, issue)
  })

  it('本报记者 田 鹏: a two-character name padded to three', () => {
    const input =
      'A股指数体系迈向精细化 年内新增374条指数\n\n本报记者 田 鹏\n6月11日，中证指数正式发布中证智选港股通红利低波动策略指数。\n'
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'paragraph'])
    const credit = find(article!, 'credit')!
    expect(fields(credit)).toEqual({ role: '本报记者', affiliation: '本报', names: ['田鹏'], place: undefined })
    expect(credit.value).toBe('本报记者 田 鹏')
    expectSource(input, issue)
  })

  it('本报记者 李静 青岛报道: the place the story was filed from', () => {
    const input = page('青岛港集装箱吞吐量创新高', '本报记者 李静 青岛报道', '今年前4个月,青岛港集装箱吞吐量同比增长一成以上。')
    const issue = parseIssue(input)
    const byline = find(issue, 'byline')!
    expect(toString(byline)).toBe('本报记者 李静 青岛报道')
    expect(fields(find(byline, 'credit')!)).toEqual({ role: '本报记者', affiliation: '本报', names: ['李静'], place: '青岛' })
    expectSource(input, issue)
  })

  it('新华社记者 白瀛 王鹏: another affiliation, two names', () => {
    const input = page('文旅市场平稳有序', '新华社记者 白瀛 王鹏', '国庆假期,全国文化和旅游市场总体平稳有序。')
    const issue = parseIssue(input)
    const byline = find(issue, 'byline')!
    expect(fields(find(byline, 'credit')!)).toEqual({
      role: '新华社记者',
      affiliation: '新华社',
      names: ['白瀛', '王鹏'],
      place: undefined,
    })
    expectSource(input, issue)
  })

  it('a byline with no headline above it opens an article', () => {
    const input = page('本报记者 张建国', '连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article'])
    expect(types(articles(issue)[0])).toEqual(['byline', 'paragraph'])
    expectSource(input, issue)
  })
})

describe('bracketed credits in datelines', () => {
  it('（记者孙珺 通讯员褚家威）: one credit per role', () => {
    const input = page('杭州亚运会倒计时500天', '本报讯（记者孙珺 通讯员褚家威）近日，杭州亚运会倒计时500天主题活动在西湖举行。')
    const issue = parseIssue(input)
    const credits = findAll(find(issue, 'dateline')!, 'credit')
    expect(credits.map(fields)).toEqual([
      { role: '记者', affiliation: undefined, names: ['孙珺'], place: undefined },
      { role: '通讯员', affiliation: undefined, names: ['褚家威'], place: undefined },
    ])
    expectSource(input, issue)
  })

  it('(记者 戈伟 实习生 刘晓雪) with ASCII brackets and padded names', () => {
    const input = page('夏粮收购工作有序开展', '本报讯(记者 戈伟 实习生 刘晓雪)5月9日,记者从市粮食局获悉,今年夏粮收购工作有序开展。')
    const issue = parseIssue(input)
    const credits = findAll(find(issue, 'dateline')!, 'credit')
    expect(credits.map((c) => [c.role, c.names, c.value])).toEqual([
      ['记者', ['戈伟'], '记者 戈伟'],
      ['实习生', ['刘晓雪'], '实习生 刘晓雪'],
    ])
    expectSource(input, issue)
  })

  it('（记者白瀛、王鹏）: names joined by 、 in one credit', () => {
    const input = page('全国文化和旅游系统抓好假期安全工作', '新华社北京9月2日电（记者白瀛、王鹏）记者2日从文化和旅游部获悉。')
    const issue = parseIssue(input)
    const credits = findAll(find(issue, 'dateline')!, 'credit')
    expect(credits.map((c) => [c.role, c.names, c.value])).toEqual([['记者', ['白瀛', '王鹏'], '记者白瀛、王鹏']])
    expectSource(input, issue)
  })
  it('（记者孙珺、王五 通讯员褚家威）: two reporters, then another role', () => {
    const input = page('杭州亚运会倒计时500天', '本报讯（记者孙珺、王五 通讯员褚家威）5月9日，杭州亚运会倒计时500天主题活动在西湖举行。')
    const issue = parseIssue(input)
    const credits = findAll(find(issue, 'dateline')!, 'credit')
    expect(credits.map((c) => [c.role, c.names, c.value])).toEqual([
      ['记者', ['孙珺', '王五'], '记者孙珺、王五'],
      ['通讯员', ['褚家威'], '通讯员褚家威'],
    ])
    expectSource(input, issue)
  })

  it('（记者 孙珺 王五）and （记者 田 鹏）: names set apart by spaces, padding undone', () => {
    const input = page(
      '杭州亚运会倒计时500天',
      '本报讯（记者 孙珺 王五）5月9日，杭州亚运会倒计时500天主题活动在西湖举行。',
      '指数体系迈向精细化',
      '本报讯（记者 田 鹏）6月11日，中证指数正式发布中证智选港股通红利低波动策略指数。',
    )
    const issue = parseIssue(input)
    const credits = findAll(issue, 'credit')
    expect(credits.map((c) => [c.role, c.names, c.value])).toEqual([
      ['记者', ['孙珺', '王五'], '记者 孙珺 王五'],
      ['记者', ['田鹏'], '记者 田 鹏'],
    ])
    expectSource(input, issue)
  })
})

describe('credits: where they must not fire', () => {
  it('a paragraph opening 记者在采访时看到…', () => {
    const input = page(
      '小职员发挥大作用',
      '本报记者 张建国',
      '连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。',
      '记者在采访时看到,一位工作人员忙得满头大汗。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'paragraph', 'paragraph'])
    const last = findAll(article!, 'paragraph').at(-1)!
    expect(findAll(last, 'credit')).toEqual([])
    expect(toString(last)).toBe('记者在采访时看到,一位工作人员忙得满头大汗。')
    expectSource(input, issue)
  })

  it('记者在采访时看到… broken by layout before its full stop', () => {
    const input = page(
      '小职员发挥大作用',
      '本报记者 张建国',
      '连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。',
      '记者在采访时看到,一位工作人员忙得满',
      '头大汗,同事说他一天工作十几个小时。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'paragraph', 'paragraph'])
    expect(findAll(article!, 'signature')).toEqual([])
    expect(toString(findAll(article!, 'paragraph').at(-1))).toBe(
      '记者在采访时看到,一位工作人员忙得满头大汗,同事说他一天工作十几个小时。',
    )
    expectSource(input, issue)
  })

  it('本报讯 记者从…获悉: the reporter is the subject, not a credit', () => {
    const input = page('全市中小学分批开学', '本报讯 记者从市教育局获悉,5月9日起全市中小学分批开学。')
    const issue = parseIssue(input)
    const dateline = find(issue, 'dateline')!
    expect(toString(dateline)).toBe('本报讯')
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('a headline opening with 记者: 记者节座谈会召开', () => {
    const input = page('记者节座谈会召开', '本报讯 11月8日,我市召开庆祝第二十个记者节座谈会。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'paragraph'])
    expect(toString(find(article!, 'headline'))).toBe('记者节座谈会召开')
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('a headline opening with 记者 and a colon: 记者探访：…', () => {
    const input = page('记者探访：老旧小区改造进行时', '本报讯 5月9日,记者走访了我市多个老旧小区改造现场。')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(findAll(issue, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('an intertitle 记者手记 inside an article', () => {
    const input = page(
      '小职员发挥大作用',
      '本报记者 张建国',
      '连日来,在忻府区光明街拆迁现场一字排开一支特殊队伍。',
      '记者手记',
      '平凡的岗位上,同样能干出不平凡的业绩。',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(findAll(article!, 'signature')).toEqual([])
    expect(findAll(article!, 'byline')).toHaveLength(1)
    expect(types(article).slice(-2)).toEqual(['intertitle', 'paragraph'])
    expect(toString(article!.children.at(-2))).toBe('记者手记')
    expectSource(input, issue)
  })
})

describe('the converged newsrooms’ roles', () => {
  it.each([
    ['本报讯（融媒体记者 廖晗）3月23日，全市开展志愿服务活动。', '融媒体记者', ['廖晗']],
    ['本报讯（全媒体记者 巩建国 通讯员 王强）9月16日，全市召开会议。', '全媒体记者', ['巩建国']],
  ])('%s', (lead, role, names) => {
    const dateline = find(parseIssue(`全市开展志愿服务活动\n\n${lead}`), 'dateline')!
    const [credit] = findAll(dateline, 'credit')
    expect({ role: credit!.role, names: credit!.names }).toEqual({ role, names })
  })

  it('全媒体记者 张伟 on its own line is a byline', () => {
    const issue = parseIssue('全市开展志愿服务活动\n\n全媒体记者 张伟\n\n3月23日，全市开展志愿服务活动。')
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => c.role)).toEqual(['全媒体记者'])
  })
})

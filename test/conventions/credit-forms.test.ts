/**
 * More forms of credits and page furniture met on pages never seen before:
 * long bracketed signatures, credit lines ending in 】 or 〕, names signed
 * with their work (李 宇/文 戴子翔/图), a paper's app promoted on the page,
 * numbered photos' captions.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const TITLE = '我市文广旅系统开展义务植树活动'
const LEAD = '近日,我市文广旅系统组织志愿服务队30多人到平桥区肖王镇梁湾村开展春季义务植树活动。'
const credits = (input: string, type: 'byline' | 'signature') =>
  findAll(parseIssue(input), type).flatMap((node) =>
    'names' in node ? [{ role: node.role, names: node.names }] : findAll(node, 'credit').map((c) => ({ role: c.role, names: c.names })),
  )

describe('credit forms: where they fire', () => {
  it('a signature of eight names in brackets', () => {
    const input = page(TITLE, `本报讯 ${LEAD}（本报记者赵政、江琳、王明峰、李蕊、马晨、陈隽逸、何娟、徐雷鹏）`)
    expect(find(parseIssue(input), 'signature')!.names).toEqual(['赵政', '江琳', '王明峰', '李蕊', '马晨', '陈隽逸', '何娟', '徐雷鹏'])
  })

  it('a paper’s bracketed filing line under the title, ending in 】', () => {
    const input = page('柯P反骂前朝市府', '中國時報【陳燕珩╱台北報導】', LEAD)
    expect(credits(input, 'byline').map((c) => c.names)).toEqual([['陳燕珩']])
    expect(findAll(parseIssue(input), 'subheadline')).toEqual([])
  })

  it('names signed with their work: 李 宇/文 戴子翔/图', () => {
    const input = page(TITLE, '李 宇/文 戴子翔/图', LEAD)
    const issue = parseIssue(input)
    expect(credits(input, 'byline')).toEqual([
      { role: '文', names: ['李宇'] },
      { role: '图', names: ['戴子翔'] },
    ])
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
    expectSource(input, issue)
  })

  it('a paper’s app and its slogan over the title are page furniture', () => {
    const input = page('报晓风客户端', '报知天下 晓通万家', TITLE, '李 宇/文 戴子翔/图', LEAD)
    const issue = parseIssue(input)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['报晓风客户端', '报知天下 晓通万家'])
    expect(toString(find(issue, 'headline'))).toBe(TITLE)
  })

  it('numbered photos’ captions: 图①为…, 图2为…', () => {
    const input = page(TITLE, `本报讯 ${LEAD}`, '图①为市文广旅局志愿服务队正在整地挖穴。', '图2为平桥区文广旅局志愿服务队植树场景。')
    expect(findAll(parseIssue(input), 'caption')).toHaveLength(2)
  })
})

describe('文字 as the work before its slash, as 文 is (（文字/本报记者 陈蔚林 图/李四）)', () => {
  it('closing the story: the signature, both names', () => {
    expect(credits(page(TITLE, `${LEAD}（文字/本报记者 陈蔚林 图/李四）`), 'signature')).toEqual([{ role: undefined, names: ['陈蔚林', '李四'] }])
  })

  it('must not fire: 文字/图片 in a sentence', () => {
    expect(findAll(parseIssue(page(TITLE, LEAD, '本次展览共展出文字/图片资料300余件。')), 'signature')).toEqual([])
  })
})

describe('a reporter’s credit naming no one (本报记者文/图, a repost that dropped the name)', () => {
  it('under the title: the byline, with no names, not a subheadline', () => {
    for (const line of ['本报记者文/图', '本报记者 文/图', '本报通讯员 文/图', '本报记者 摄']) {
      const input = page(TITLE, line, LEAD)
      const issue = parseIssue(input)
      expectSource(input, issue)
      expect(findAll(issue, 'subheadline'), line).toEqual([])
      const byline = find(issue, 'byline')!
      expect(toString(byline)).toBe(line)
      expect(findAll(byline, 'credit')).toEqual([])
    }
  })

  it('must not fire: a role alone, a work alone, or a credit with its name (本报记者 张三 文/图 names 张三)', () => {
    expect(findAll(parseIssue(page(TITLE, '文/图', LEAD)), 'byline')).toEqual([])
    expect(credits(page(TITLE, '本报记者 张三 文/图', LEAD), 'byline')).toEqual([{ role: '本报记者', names: ['张三'] }])
  })
})

describe('credit forms: where they must not fire', () => {
  it('a date with slashes is no work credit (2026/1/13)', () => {
    const input = page(TITLE, '截至2026/1/13,共有30人参加。', LEAD)
    expect(findAll(parseIssue(input), 'byline')).toEqual([])
  })

  it('a sentence about an app is no furniture', () => {
    const input = page(TITLE, `本报讯 ${LEAD}`, '市民可通过报晓风客户端报名参加。')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })

  it('图书 and 图片 opening a sentence are no numbered caption', () => {
    const input = page(TITLE, `本报讯 ${LEAD}`, '图书馆将于5月开放。')
    expect(findAll(parseIssue(input), 'caption')).toEqual([])
  })

  it('a bracket of a note, not names, closing a line is no signature', () => {
    const input = page(TITLE, `本报讯 ${LEAD}（数据截至2025年底，来源为全市统计年鉴）`)
    expect(findAll(parseIssue(input), 'signature')).toEqual([])
  })
})

describe('a name with 电 or 讯 inside (刘电清), which the lexer reads as a wire’s end', () => {
  it('in a photographer’s credit line under the text: the signature, and the next title heads its own story', () => {
    const input = page('黄河特大桥工程快速建设', '在牡丹区李村镇，阳新高速公路黄河特大桥工程正在紧张建设。', '通讯员 郜玉华 刘电清 摄', '多元养殖助增收', '日前，牡丹区胡集镇东马垓村慧磊养殖基地内，工作人员在喂养绵羊。 记者 李若生 摄')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['郜玉华', '刘电清'], ['李若生']])
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['黄河特大桥工程快速建设', '多元养殖助增收'])
  })

  it('in a dateline’s brackets and in a closing credit', () => {
    const input = page(TITLE, `本报讯（记者 刘电清 通讯员 张三）${LEAD}`, '记者 李电波')
    const issue = parseIssue(input)
    expect(findAll(find(issue, 'dateline')!, 'credit').map((c) => c.names)).toEqual([['刘电清'], ['张三']])
    expect(find(issue, 'signature')!.names).toEqual(['李电波'])
  })

  it('must not fire: a wire’s 电 after its date stays the dateline’s end (新华社北京5月9日电)', () => {
    const input = page(TITLE, `新华社北京5月9日电（记者 刘电清）${LEAD}`)
    const dateline = find(parseIssue(input), 'dateline')!
    expect(findAll(dateline, 'credit').map((c) => c.names)).toEqual([['刘电清']])
    expect(toString(dateline)).toContain('新华社北京5月9日电')
  })

  it('must not fire: a run of text with 电 in it longer than a name is no name (记者 来电咨询了解情况)', () => {
    const input = page(TITLE, LEAD, '记者 来电咨询了解情况')
    expect(findAll(parseIssue(input), 'signature')).toEqual([])
  })
})

describe('a credit with its writer’s school or office in brackets', () => {
  const ESSAY = '我出生在郴州，这里的山山水水都让我难忘。'

  it('参赛作者:李辰轩(湘南学院附属小学) / 指导老师:郭 明(湘南学院附属小学) under the title: a contest entry’s bylines', () => {
    const input = page('我和郴州的故事', '参赛作者:李辰轩(湘南学院附属小学)', '指导老师:郭 明(湘南学院附属小学)', ESSAY)
    expectSource(input, parseIssue(input))
    expect(credits(input, 'byline')).toEqual([
      { role: '参赛作者', names: ['李辰轩'] },
      { role: '指导老师', names: ['郭明'] },
    ])
  })

  it('张三(县公安局) closing the text: the signature', () => {
    expect(find(parseIssue(page(TITLE, LEAD, '张明华(县公安局)')), 'signature')?.names).toEqual(['张明华'])
  })

  it('must not fire: a word that is no name before a body’s name (通知(县教育局)), or a note that is no body', () => {
    expect(credits(page('我和郴州的故事', '通知(县教育局)', ESSAY), 'byline')).toEqual([])
    expect(find(parseIssue(page(TITLE, LEAD, '张明华(左一)')), 'signature')).toBeUndefined()
  })
})

describe('correspondents’ names before the reporter’s credit, no role of their own (credits.ts namesBeforeCreditAt)', () => {
  it('吕子娟 邓浩然 记者 祁琳 文/图 under the title: one byline, no subheadline', () => {
    const input = page(TITLE, '吕子娟 邓浩然 记者 祁琳 文/图', LEAD)
    const issue = parseIssue(input)
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => [c.role, c.names])).toEqual([
      [undefined, ['吕子娟', '邓浩然']],
      ['记者', ['祁琳']],
    ])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('must not fire: a heading’s words before the credit stay the title’s (市民反映 记者 祁琳), as do words no name reads as', () => {
    const issue = parseIssue(page(TITLE, '市民反映 记者 祁琳', LEAD))
    expect(findAll(issue, 'subheadline').map((node) => toString(node))).toEqual(['市民反映'])
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => c.names)).toEqual([['祁琳']])
  })
})

describe('how the story was reported where a name would stand (本报记者综合报道): no one named (credits.ts credit)', () => {
  it('□本报记者综合报道 and 本报记者 综合报道 under a title: the byline credits our reporters, naming none', () => {
    for (const line of ['□本报记者综合报道', '本报记者 综合报道', '□本報記者綜合報道']) {
      const input = ['万人长跑赛鸣枪开跑', line, '5月9日，万人长跑赛鸣枪开跑，两万余名选手参赛。'].join('\n')
      const issue = parseIssue(input)
      expect(findAll(issue, 'credit').map((c) => ({ names: c.names })), line).toEqual([{ names: [] }])
      expect(['本报记者', '本報記者'], line).toContain(find(issue, 'credit')!.role)
      expectSource(input, issue)
    }
  })

  it('still: a name before the kind of report is the name (本报记者 张三 综合报道)', () => {
    const issue = parseIssue(['万人长跑赛鸣枪开跑', '本报记者 张三 综合报道', '5月9日，万人长跑赛鸣枪开跑。'].join('\n'))
    expect(find(issue, 'credit')!.names).toEqual(['张三'])
  })
})

describe('a news site’s and a station’s own reporters: 本网, 本台, as 本报', () => {
  it.each([
    ['本网记者 张三', [['本网记者', ['张三']]]],
    ['本台记者 张三 通讯员 李四', [['本台记者', ['张三']], ['通讯员', ['李四']]]],
  ])('%s under the title is the byline', (line, want) => {
    const input = page(`${TITLE}\n${line}`, LEAD)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(find(issue, 'byline')!, 'credit').map(({ role, affiliation, names }) => [role, names, affiliation])).toEqual(want.map(([role, names], k) => [role, names, k === 0 ? line.slice(0, 2) : undefined]))
  })

  it('本网讯（记者 张三）… and 本台讯 … open their datelines as 本报讯 does', () => {
    for (const source of ['本网讯', '本台讯']) {
      const dateline = find(parseIssue(page(TITLE, `${source}（记者 张三）${LEAD}`)), 'dateline')
      expect(dateline?.source).toBe(source)
      expect(findAll(dateline!, 'credit').map(({ names }) => names)).toEqual([['张三']])
    }
  })

  it('must not: 本网 or 本台 in a sentence credits no one (据本网记者了解，…; 本台记者在现场看到，…)', () => {
    for (const lead of ['据本网记者了解，市民广场昨日改造完工。', '本台记者在现场看到，市民广场昨日改造完工。']) {
      const issue = parseIssue(page(TITLE, lead))
      expect(find(issue, 'byline')).toBeUndefined()
      expect(find(issue, 'dateline')).toBeUndefined()
    }
  })
})

describe('a contributing writer and who reported and wrote: 特约撰稿, 采写', () => {
  it.each([
    ['特约撰稿 张三', '特约撰稿'],
    ['采写：张三', '采写'],
    ['采写/张三', '采写'],
  ])('%s under the title is the byline', (line, role) => {
    const input = page(`${TITLE}\n${line}`, LEAD)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => [c.role, c.names])).toEqual([[role, ['张三']]])
  })

  it('must not: 参与采写 still closes a signature, and 采写 in a sentence is text', () => {
    const issue = parseIssue(page(TITLE, `本报讯 ${LEAD}记者采写了这篇报道。`, '（本报记者葛孟超、张文参与采写）'))
    expect(find(issue, 'byline')).toBeUndefined()
    expect(findAll(issue, 'signature').flatMap((s) => s.names)).toEqual(['葛孟超', '张文'])
  })
})

describe('the bar 丨 set between a role and its names, as a slash', () => {
  it.each([
    ['文丨张三', [['文', ['张三']]]],
    ['文丨张三 图丨李四', [['文', ['张三']], ['图', ['李四']]]],
    ['记者丨张三 通讯员丨李四', [['记者', ['张三']], ['通讯员', ['李四']]]],
    ['作者丨张三', [['作者', ['张三']]]],
  ])('%s under the title is the byline', (line, want) => {
    const input = page(`${TITLE}\n${line}`, LEAD)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => [c.role, c.names])).toEqual(want)
  })

  it.each(['本报讯 记者丨张三 5月8日，我市举行应急救援演练。', '本报讯 记者/张三 5月8日，我市举行应急救援演练。'])('after a flash dateline, the loose credit and the date: %s', (lead) => {
    const dateline = find(parseIssue(page(TITLE, lead)), 'dateline')!
    expect(findAll(dateline, 'credit').map((c) => [c.role, c.names])).toEqual([['记者', ['张三']]])
    expect(dateline.date).toMatchObject({ month: 5, day: 8 })
  })

  it('must not: a column tag set off by the bar stays in the title (新春走基层丨铁路人守候万家团圆)', () => {
    const issue = parseIssue(page('新春走基层丨铁路人守候万家团圆', LEAD))
    expect(findAll(issue, 'headline').map((h) => toString(h))).toEqual(['新春走基层丨铁路人守候万家团圆'])
    expect(find(issue, 'byline')).toBeUndefined()
  })
})

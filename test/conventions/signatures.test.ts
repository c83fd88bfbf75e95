/**
 * Signatures: the bracketed credit that closes an article, after the last
 * sentence: (张晔), （刘鑫林）, （本报记者葛孟超、张文参与采写）, （文/图 汪路勇）.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEADLINE = '忻州师范学院新校区(一期)项目管理有限公司成立'
const LEAD = '本报讯 5月10日上午,忻州师范学院新校区(一期)项目管理有限公司正式成立。'

describe('signatures: where they fire', () => {
  it('(张晔) after 。 at the end of the last paragraph', () => {
    const input = page(
      HEADLINE,
      LEAD,
      '武宪堂指出,要坚持项目法人主体地位,严格按照承接的PPP项目合同切实履行职责,确保工程高质量推进。(张晔)',
    )
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'signature'])
    const signature = find(article!, 'signature')!
    expect(signature).toMatchObject({ value: '(张晔)', names: ['张晔'] })
    expect(signature.role).toBeUndefined()
    expect(toString(findAll(article!, 'paragraph').at(-1)).endsWith('确保工程高质量推进。')).toBe(true)
    expect(article!.position.end.offset).toBe(signature.position.end.offset)
    expectSource(input, issue)
  })

  it('(张晔) closing the dateline paragraph itself', () => {
    const input = page(HEADLINE, '本报讯 5月10日上午,项目管理有限公司正式成立,并举行了揭牌仪式。(张晔)')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'signature'])
    expect(find(article!, 'signature')!.names).toEqual(['张晔'])
    expect(toString(find(article!, 'paragraph'))).toBe('本报讯 5月10日上午,项目管理有限公司正式成立,并举行了揭牌仪式。')
    expectSource(input, issue)
  })

  it('（刘鑫林） full-width, followed by the page’s editor line', () => {
    const input = page(
      '我市5G基建服务专班召开第一次会议',
      '本报讯 5月9日,我市5G基建服务专班召开第一次会议。',
      '范建民强调,要加快5G建设步伐,力争使我市5G产业各项指标高于全省的平均值。（刘鑫林）',
      '本版责编:鲁明强',
    )
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'editorLine'])
    const [article] = articles(issue)
    expect(types(article).at(-1)).toBe('signature')
    expect(find(article!, 'signature')).toMatchObject({ value: '（刘鑫林）', names: ['刘鑫林'] })
    expectSource(input, issue)
  })

  it('(刘 鑫): a padded name', () => {
    const input = page(HEADLINE, LEAD, '要坚持“三保一控”建设理念,不断强化时间意识、安全意识。(刘 鑫)')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({ value: '(刘 鑫)', names: ['刘鑫'] })
    expectSource(input, issue)
  })

  it('after a closing quote: …。”(张晔)', () => {
    const input = page(HEADLINE, LEAD, '他说:“我们一定坚决完成建设任务。”(张晔)')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article).at(-1)).toBe('signature')
    expect(toString(findAll(article!, 'paragraph').at(-1))).toBe('他说:“我们一定坚决完成建设任务。”')
    expectSource(input, issue)
  })

  it('on its own line right after the last sentence', () => {
    const input = `${HEADLINE}\n\n${LEAD}\n确保工程高质量推进。\n(张晔)\n`
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article).at(-1)).toBe('signature')
    expect(find(article!, 'signature')).toMatchObject({ value: '(张晔)', names: ['张晔'] })
    expectSource(input, issue)
  })

  it('(记者 张三): with a role', () => {
    const input = page(HEADLINE, LEAD, '与会人员实地察看了项目建设现场。(记者 张三)')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({ value: '(记者 张三)', role: '记者', names: ['张三'] })
    expectSource(input, issue)
  })

  it('（本报记者葛孟超、张文参与采写）', () => {
    const input = page(HEADLINE, LEAD, '会议听取了项目进展情况汇报。（本报记者葛孟超、张文参与采写）')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({
      value: '（本报记者葛孟超、张文参与采写）',
      role: '本报记者',
      names: ['葛孟超', '张文'],
    })
    expectSource(input, issue)
  })

  it('a credit line after the body: 记者 张三 on its own line', () => {
    const input = page(HEADLINE, LEAD, '与会人员实地察看了项目建设现场。', '记者 张三')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'signature'])
    expect(find(article!, 'signature')).toMatchObject({ value: '记者 张三', role: '记者', names: ['张三'] })
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('（文/图 汪路勇）', () => {
    const input = page(HEADLINE, LEAD, '会议听取了项目进展情况汇报。（文/图 汪路勇）')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({ value: '（文/图 汪路勇）', role: '文/图', names: ['汪路勇'] })
    expectSource(input, issue)
  })
})

describe('signatures: where they must not fire', () => {
  const noSignature = (input: string) => {
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
    expectSource(input, issue)
    return issue
  }

  it('(一期) in a headline', () => {
    const issue = noSignature(page(HEADLINE, LEAD))
    expect(toString(find(issue, 'headline'))).toBe(HEADLINE)
  })

  it('(完) at the end of a story: an end mark (end-mark.ts)', () => {
    const issue = noSignature(page(HEADLINE, LEAD, '与会人员听取了项目进展情况汇报。(完)'))
    expect(toString(findAll(issue, 'paragraph').at(-1))).toBe('与会人员听取了项目进展情况汇报。')
    expect(find(issue, 'endMark')).toMatchObject({ value: '(完)' })
  })

  it('a bracket in the middle of a paragraph', () => {
    const issue = noSignature(page(HEADLINE, LEAD, '各县(市、区)医疗机构负责人参加会议,会议由副市长(范建民)主持。'))
    expect(toString(findAll(issue, 'paragraph').at(-1))).toBe('各县(市、区)医疗机构负责人参加会议,会议由副市长(范建民)主持。')
  })

  it('a name in brackets not after sentence-final punctuation', () => {
    const issue = noSignature(page(HEADLINE, LEAD, '揭牌仪式由项目公司负责人主持,市领导出席(张晔)'))
    expect(toString(findAll(issue, 'paragraph').at(-1))).toBe('揭牌仪式由项目公司负责人主持,市领导出席(张晔)')
  })

  it('a photo note in brackets: (图片由受访者提供)', () => {
    noSignature(page(HEADLINE, LEAD, '与会人员参观了项目展厅。(图片由受访者提供)'))
  })

  it('a jump line in brackets: (下转第2版)', () => {
    noSignature(page(HEADLINE, LEAD, '与会人员听取了项目进展情况汇报。(下转第2版)'))
  })

  it('a bracketed name inside a sentence stays text (the page’s first text is its untitled story, unsigned)', () => {
    const input = page('会议由(张晔)主持,要确保工程高质量推进。')
    const issue = noSignature(input)
    expect(types(issue)).toEqual(['article'])
  })

  it('outside any article, a closing bracketed name makes the text an untitled story: its signature (untitled.ts)', () => {
    const issue = parseIssue(page('会议要求,要确保工程高质量推进。(张晔)'))
    expect(types(issue)).toEqual(['article'])
    expect(types(issue.children[0])).toEqual(['paragraph', 'signature'])
  })
})

describe('a jump line in brackets closing the paragraph', () => {
  it('…说明情况。(下转四版): where the story goes on, no signature', () => {
    const input = page(HEADLINE, `${LEAD}(下转四版)`)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('must not fire: a name in the same brackets still signs (张晔)', () => {
    expect(findAll(parseIssue(page(HEADLINE, `${LEAD}(张晔)`)), 'signature').map((s) => s.names)).toEqual([['张晔']])
  })
})

describe('the writers’ office before their names in a closing bracket, as a contributor signs (signature.ts bracketSignature)', () => {
  const BODY = '据介绍，广场将于下周向市民开放，届时将举办系列文化活动。'
  const signed = (input: string) => findAll(parseIssue(input), 'signature').flatMap((s) => s.names)

  it('（县融媒体中心 张伟）, （市教育局 张伟 李明）, （市教育局 记者 张伟）: on its own line or glued, the names sign; the office is no one’s name', () => {
    for (const [bracket, names] of [['（县融媒体中心 张伟）', ['张伟']], ['（市教育局 张伟 李明）', ['张伟', '李明']], ['（市教育局 记者 张伟）', ['张伟']]] as const) {
      expect(signed(page('市民广场改造完工', `${BODY}\n${bracket}`)), bracket).toEqual(names)
      expect(signed(page('市民广场改造完工', `${BODY}${bracket}`)), bracket).toEqual(names)
    }
  })

  it('must not fire: an office with no one’s name after it (（第一中学 高二）, （市教育局 供图）)', () => {
    for (const bracket of ['（第一中学 高二）', '（市教育局 供图）']) expect(signed(page('市民广场改造完工', `${BODY}\n${bracket}`)), bracket).toEqual([])
  })
})

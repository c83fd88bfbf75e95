/**
 * An outlet's name before a credit's role is its affiliation, as 本报 is
 * before 本报记者, whether or not the vocabulary lists the paper:
 *   郑州晚报记者 董艳竹              a credit line closing the story (its signature)
 *   (潍坊日报社全媒体记者 巩建国)      inside a dateline's brackets
 *   浙江日报 潮新闻记者 王芳          a paper and its app, a space between
 * and where it must not fire: an outlet named in a sentence, a word that
 * merely ends in 报 before a role.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Node } from '../../src/index'
import { articles, expectSource, find, findAll, page } from '../helpers/tree'

const HEADLINE = '台湾客人一行参访郑州'
const BODY = '本报讯 昨日，台湾客人一行来到郑州参观访问。'

const credits = (node: Node) =>
  findAll(node, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))

describe('outlet affiliations: where they fire', () => {
  it('郑州晚报记者 董艳竹 / 实习生 张莹 after the body: credit lines closing the story, its signature', () => {
    const input = page(HEADLINE, BODY, '顶着高温酷暑，一行人实地走访了花园口。', '郑州晚报记者 董艳竹', '实习生 张莹')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'signature').map((s) => [s.role, s.names])).toEqual([
      ['郑州晚报记者', ['董艳竹']],
      ['实习生', ['张莹']],
    ])
    expectSource(input, issue)
  })

  it('郑州晚报记者 董艳竹 under the title: a byline, the paper its affiliation', () => {
    const input = page(HEADLINE, '郑州晚报记者 董艳竹', BODY)
    const issue = parseIssue(input)
    expect(credits(find(issue, 'byline')!)).toEqual([{ role: '郑州晚报记者', affiliation: '郑州晚报', names: ['董艳竹'] }])
    expectSource(input, issue)
  })

  it('(潍坊日报社全媒体记者 巩建国): a press group\'s name in a dateline\'s brackets', () => {
    const input = page('山东省地市党报聚焦淄川', '本报讯 (潍坊日报社全媒体记者 巩建国)9月16日至17日，采访活动在淄博举行。')
    const issue = parseIssue(input)
    const dateline = find(issue, 'dateline')!
    expect(credits(dateline)).toEqual([{ role: '潍坊日报社全媒体记者', affiliation: '潍坊日报社', names: ['巩建国'] }])
    expect(toString(dateline)).toBe('本报讯 (潍坊日报社全媒体记者 巩建国)')
    expect(dateline.date).toEqual({ month: 9, day: 16, raw: '9月16日' })
    expectSource(input, issue)
  })
})

describe('a wire source or site the vocabulary lists, before the role (d600: 證券時報記者池北源)', () => {
  const LEAD = '4月30日，东方金钰公布2018年年报和2019年一季报，照例没有公布前五大客户名单。'

  it('证券时报记者池北源 / 中新网记者 张三 / 澎湃新闻记者 李四 under the title: the byline, the outlet its affiliation', () => {
    for (const [line, outlet, name] of [['证券时报记者池北源', '证券时报', '池北源'], ['中新网记者 张三', '中新网', '张三'], ['澎湃新闻记者 李四', '澎湃新闻', '李四']] as const) {
      const issue = parseIssue(['东方金钰身陷石头阵', line, LEAD].join('\n'))
      expect(credits(find(issue, 'byline')!)).toEqual([{ role: `${outlet}记者`, affiliation: outlet, names: [name] }])
    }
  })

  it('must not fire: the wire source opening its dateline stays the source (中新网北京5月9日电（记者 张三）)', () => {
    const issue = parseIssue(page('标题', '中新网北京5月9日电（记者 张三）昨日，会议在京举行。'))
    const dateline = find(issue, 'dateline')!
    expect(dateline.source).toBe('中新网')
    expect(credits(dateline)).toEqual([{ role: '记者', affiliation: undefined, names: ['张三'] }])
  })
})

describe('outlet affiliations: where they must not fire', () => {
  it('NOT a credit line: a sentence that names a paper\'s reporter', () => {
    const input = page(HEADLINE, BODY, '郑州晚报记者发现，花园口游客明显增多。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'credit')).toEqual([])
    expect(findAll(issue, 'signature')).toEqual([])
    expectSource(input, issue)
  })

  it('NOT an affiliation: a word ending in 报 that names no outlet (喜报)', () => {
    const input = page(HEADLINE, '本报讯 (喜报记者 巩建国)9月16日，采访活动在淄博举行。')
    const issue = parseIssue(input)
    expect(credits(issue).some((c) => c.affiliation !== undefined)).toBe(false)
    expectSource(input, issue)
  })
})

describe('an outlet’s name set apart from the role by a space, closing the story', () => {
  it('南湖晚报 记者 王卫国 龙凌 under the text: the signature, the paper its affiliation — not a title over a byline', () => {
    const input = page(HEADLINE, BODY, '南湖晚报 记者 王卫国 龙凌')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王卫国', '龙凌']])
    expectSource(input, issue)
  })
})

describe('what a dateline’s bracket prints glued before its first reporter’s role (credits.ts gluedBeforeRole)', () => {
  const lead = (bracket: string) => `${HEADLINE}\n\n本报5月9日讯（${bracket}）昨日，台湾客人一行来到郑州参观访问。\n`
  const dateline = (input: string) => find(parseIssue(input), 'dateline')!

  it.each([
    ['最泰安全媒体记者 刘小敏', '最泰安全媒体记者', '最泰安'],
    ['新黄河记者 王五', '新黄河记者', '新黄河'],
    ['津云记者 李四', '津云记者', '津云'],
    ['冷水滩分站记者 蒋静', '冷水滩分站记者', '冷水滩分站'],
    ['北青-北京头条记者 刘洋', '北青-北京头条记者', '北青-北京头条'],
  ])('（%s）: an app, brand or branch the vocabulary does not list is the credit’s affiliation, the date after the bracket read', (bracket, role, affiliation) => {
    const input = lead(bracket)
    const d = dateline(input)
    expect(credits(d)).toEqual([{ role, affiliation, names: [bracket.split(' ')[1]] }])
    expect(d.date?.month).toBe(5)
    expectSource(input, parseIssue(input))
  })

  it('南方+记者 张伟: an app’s plus closes its name', () => {
    expect(credits(dateline(lead('南方+记者 张伟')))).toEqual([{ role: '南方+记者', affiliation: '南方+', names: ['张伟'] }])
  })

  it('（前方记者 刘小敏）, （随团记者 王五）: a word qualifying the role opens the role, no outlet', () => {
    expect(credits(dateline(lead('前方记者 刘小敏')))).toEqual([{ role: '前方记者', affiliation: undefined, names: ['刘小敏'] }])
    expect(credits(dateline(lead('随团记者 王五 通讯员 赵六')))).toEqual([
      { role: '随团记者', affiliation: undefined, names: ['王五'] },
      { role: '通讯员', affiliation: undefined, names: ['赵六'] },
    ])
  })

  it('新黄河记者 王五 / 最泰安全媒体记者 刘小敏 通讯员 王五 under the title: a byline, the brand its affiliation', () => {
    const bylines = (line: string) => findAll(parseIssue(page(HEADLINE, line, BODY)), 'byline').map((b) => credits(b))
    expect(bylines('新黄河记者 王五')).toEqual([[{ role: '新黄河记者', affiliation: '新黄河', names: ['王五'] }]])
    expect(bylines('最泰安全媒体记者 刘小敏 通讯员 王五')).toEqual([
      [
        { role: '最泰安全媒体记者', affiliation: '最泰安', names: ['刘小敏'] },
        { role: '通讯员', affiliation: undefined, names: ['王五'] },
      ],
    ])
  })

  it('（新黄河记者 王五）, （前方记者 王五 李四） closing the story: its signature', () => {
    const signatures = (close: string) => findAll(parseIssue(page(HEADLINE, BODY, `顶着高温酷暑，一行人实地走访了花园口。${close}`)), 'signature').map((s) => s.names)
    expect(signatures('（新黄河记者 王五）')).toEqual([['王五']])
    expect(signatures('（前方记者 王五 李四）')).toEqual([['王五', '李四']])
  })

  it('must not fire: a title gluing a qualified role to a name (最美记者张三) is no byline, under a title or opening the page', () => {
    for (const input of [page(HEADLINE, '最美记者张三', BODY), `最美记者张三\n${BODY}\n`]) expect(findAll(parseIssue(input), 'byline')).toHaveLength(0)
  })

  it('must not fire (review 34): a title’s phrase glued before 记者 (专访央视记者 王冰冰, 致敬一线记者 李明, 县委书记对话融媒体记者 王五)', () => {
    expect(findAll(parseIssue(page('镜头背后的坚守\n专访央视记者 王冰冰', '她走遍了祖国的大江南北，用镜头记录普通人的故事。')), 'byline')).toHaveLength(0)
    expect(findAll(parseIssue(page('风雪中的坚守\n致敬一线记者 李明', '大雪封山的那一夜，他徒步十公里赶到受灾村庄。')), 'byline')).toHaveLength(0)
    const headline = parseIssue(page('县委书记对话融媒体记者 王五', '本报讯 3月12日，县委书记走进县融媒体中心直播间，与融媒体记者面对面交流。'))
    expect(findAll(headline, 'headline').map((h) => toString(h))).toEqual(['县委书记对话融媒体记者 王五'])
  })

  it('通讯员李明报道: a name ending in 明 before 报道 is read whole, not 李 and the paper 明报 (tokens/words.ts)', () => {
    const dateline = find(parseIssue(page(HEADLINE, '本报讯 特约记者张伟、通讯员李明报道：近日，台湾客人一行来到郑州参观访问。')), 'dateline')!
    expect(findAll(dateline, 'credit').map((c) => [c.role, c.names])).toEqual([
      ['特约记者', ['张伟']],
      ['通讯员', ['李明']],
    ])
  })

  it('must not fire: a person’s name glued before the role, a role with no name after it, or glued text after the first credit', () => {
    expect(credits(dateline(lead('张伟记者 刘小敏')))).not.toContainEqual(expect.objectContaining({ affiliation: '张伟' }))
    expect(findAll(parseIssue(`${HEADLINE}\n\n本报讯（新黄河记者）昨日，台湾客人一行来到郑州参观访问。\n`), 'credit').map((c) => c.affiliation)).not.toContain('新黄河')
    expect(credits(dateline(lead('记者 王五 前方记者 刘小敏'))).map((c) => c.affiliation)).not.toContain('前方')
  })
})

describe('a paper and its app named before the role, a space between', () => {
  const PAIR = '浙江日报 潮新闻记者'

  it('（华商晨报 掌中沈阳客户端记者 金恩子） in a dateline’s brackets: both the credit’s affiliation (d569)', () => {
    const input = page(HEADLINE, '本报讯 （华商晨报 掌中沈阳客户端记者 金恩子）昨日，台湾客人一行来到郑州参观访问。')
    const issue = parseIssue(input)
    expect(credits(find(issue, 'dateline')!)).toEqual([{ role: '华商晨报 掌中沈阳客户端记者', affiliation: '华商晨报 掌中沈阳客户端', names: ['金恩子'] }])
    expectSource(input, issue)
  })

  it(`${PAIR} 王芳 under the title: the byline; （${PAIR} 王芳） closing the story: the signature`, () => {
    const under = page(HEADLINE, `${PAIR} 王芳`, BODY)
    const byline = find(parseIssue(under), 'byline')!
    expect(credits(byline)).toEqual([{ role: PAIR, affiliation: '浙江日报 潮新闻', names: ['王芳'] }])
    expectSource(under, parseIssue(under))
    const closing = page(HEADLINE, BODY, '顶着高温酷暑，一行人实地走访了花园口。', `（${PAIR} 王芳）`)
    expect(findAll(parseIssue(closing), 'signature').map((s) => [s.role, s.names])).toEqual([[PAIR, ['王芳']]])
  })

  it('must not fire: a reporter’s credit, then another outlet’s, is two credits (本报记者 王芳 新华社记者 李强)', () => {
    const byline = find(parseIssue(page(HEADLINE, '本报记者 王芳 新华社记者 李强', BODY)), 'byline')!
    expect(credits(byline).map((c) => [c.role, c.names])).toEqual([
      ['本报记者', ['王芳']],
      ['新华社记者', ['李强']],
    ])
  })

  it('must not fire: a word before the outlet that names none (市教育局 潮新闻记者 王芳) joins no credit', () => {
    const dateline = find(parseIssue(page(HEADLINE, '本报讯 （市教育局 潮新闻记者 王芳）昨日，台湾客人一行来到郑州参观访问。')), 'dateline')!
    expect(credits(dateline).map((c) => c.affiliation)).not.toContain('市教育局 潮新闻')
  })
})

describe('a financial daily’s short name before its reporter and its editor: 每经记者 王芳 每经编辑 李强', () => {
  const TITLE = '国土部部长：居民住房财产受法律保护'
  const LEAD = '“有恒产者有恒心。”3月8日，在全国两会的“部长通道”上，国土资源部部长表示请大家放心。'

  it.each(['每经记者 王芳 每经编辑 李强', '每经记者：王芳 每经编辑：李强', '每经记者｜王芳    每经编辑｜李强'])('%s under the title: the reporter the byline, the editor a staff line (a subheadline before)', (line) => {
    const input = page(TITLE, line, LEAD)
    const issue = parseIssue(input)
    expect(credits(find(issue, 'byline')!)).toEqual([{ role: '每经记者', affiliation: '每经', names: ['王芳'] }])
    expect(findAll(issue, 'editorLine').flatMap((line) => credits(line))).toEqual([{ role: '每经编辑', affiliation: '每经', names: ['李强'] }])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('红网记者 王芳 under the title: the site’s reporter, a byline (a subheadline before)', () => {
    expect(credits(find(parseIssue(page(TITLE, '红网记者 王芳', LEAD)), 'byline')!)).toEqual([{ role: '红网记者', affiliation: '红网', names: ['王芳'] }])
  })

  it('must not fire: 每经 in a sentence, no role after it, stays the sentence’s', () => {
    const issue = parseIssue(page(TITLE, '每经记者 王芳', '每经的读者都知道，这个栏目每周更新一次。'))
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual(['每经的读者都知道，这个栏目每周更新一次。'])
    expect(findAll(issue, 'credit').map((c) => c.names)).toEqual([['王芳']])
  })
})

describe('an outlet’s name opening with Latin letters before the role, as Taiwan’s sites print theirs: ETtoday新聞雲記者, TVBS新聞網記者', () => {
  const TITLE_T = '市府汰換老舊路燈'
  const LEAD_T = '市府工務局昨日表示，全市老舊路燈將於年底前汰換完成。'

  it.each([
    ['ETtoday新聞雲記者王芳／台北報導', 'ETtoday新聞雲'],
    ['TVBS新聞網記者王芳／台北報導', 'TVBS新聞網'],
    ['NOWnews今日新聞記者 王芳', 'NOWnews今日新聞'],
  ])('%s under the title: the byline, the outlet its affiliation (a subheadline before)', (line, outlet) => {
    const input = page(TITLE_T, line, LEAD_T)
    const issue = parseIssue(input)
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(credits(find(issue, 'byline')!)).toEqual([{ role: `${outlet}記者`, affiliation: outlet, names: ['王芳'] }])
    expectSource(input, issue)
  })

  it('must not fire: Latin letters and words before 記者 with no name after the role (iPhone新品記者會 in a title)', () => {
    const issue = parseIssue(page('iPhone新品記者會今日登場', LEAD_T))
    expect(findAll(issue, 'byline')).toEqual([])
    expect(toString(find(issue, 'headline')!)).toBe('iPhone新品記者會今日登場')
  })
})

/**
 * Closing credits the held-out texts showed (signature.ts, paragraph.ts,
 * credits rules): several credits in one closing bracket, names with no
 * role after the last sentence or on a line of their own, a bracket set
 * apart from the last sentence by a space, and Taiwan's 記者X／報導 naming no
 * place. Each with the cases where it must not fire.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8')
const HEAD = '市城管执法局做好环卫保障'
const LEAD = '本报讯 昨日，市城管执法局组织开展道路清扫保洁工作，展现城市洁净优美的环境。'
const signatureOf = (input: string) => find(parseIssue(input), 'signature')?.names

describe('closing credits: where they fire', () => {
  it('several credits in one bracket, names first or roles first', () => {
    for (const bracket of ['（庞 啸 全媒体记者吕静远）', '（通讯员 庞啸 全媒体记者 吕静远）', '（记者 张三 通讯员 李四）', '（记者张三 通讯员李四）']) {
      const names = signatureOf(page(HEAD, `${LEAD}${bracket}`))
      expect(names, bracket).toHaveLength(2)
    }
    expect(find(parseIssue(page(HEAD, `${LEAD}（通讯员 庞啸 全媒体记者 吕静远）`)), 'signature')!.role).toBeUndefined()
    expect(find(parseIssue(page(HEAD, `${LEAD}（记者 张三 记者 李四）`)), 'signature')).toMatchObject({ role: '记者', names: ['张三', '李四'] })
  })

  it('a space between the last sentence and the bracket, a line after it (d130, 滁州日报)', () => {
    const input = corpus('d130')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['庞啸', '吕静远'])
    expectSource(input, issue)
  })

  it('two names or more after the last sentence, with no role (…群众。陈建国/林楠, …发生。”王星海 耿志清)', () => {
    expect(signatureOf(page(HEAD, `${LEAD.slice(0, -1)}，服务社区群众。陈建国/林楠`))).toEqual(['陈建国', '林楠'])
    expect(signatureOf(page(HEAD, '本报讯 他说：“在我们厦门火车站因规范的管理，就没有这样的情况发生。”王星海 耿志清'))).toEqual(['王星海', '耿志清'])
  })

  it('names alone on the line under the last paragraph (d124, 东南商报)', () => {
    const input = corpus('d124')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['张贻富', '石奇峰'])
    expect(types(articles(issue)[0]).at(-1)).toBe('signature')
  })

  it('a two-character name padded to three characters’ width on the last line, right-aligned or not (　　　　王　洁): the signature', () => {
    for (const line of ['　　　　　　　　王　洁', '王　洁', '田 鹏']) {
      const input = page(HEAD, LEAD, '广场始建于1998年，占地面积2万平方米。', line)
      const issue = parseIssue(input)
      expectSource(input, issue)
      expect(find(issue, 'signature')?.names, line).toEqual([line.replace(/[\s\u3000]/g, '')])
    }
  })

  it('must not fire: two characters padded that are no name (一　二), or a padded name inside the story (an intertitle there)', () => {
    expect(signatureOf(page(HEAD, LEAD, '一　二'))).toBeUndefined()
    expect(signatureOf(page(HEAD, LEAD, '王　洁', '广场始建于1998年，占地面积2万平方米。'))).toBeUndefined()
  })

  it('值班记者 朱俊俊 as the last line (d133, 启东日报)', () => {
    expect(find(parseIssue(corpus('d133')), 'signature')!.names).toEqual(['朱俊俊'])
  })

  it('記者張麗英/報導, naming no place: a byline', () => {
    const issue = parseIssue(page('民勤社區再生介壽老眷村風貌\n記者張麗英/報導', '花蓮縣長昨日受邀出席民勤社區活動。'))
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '記者', names: ['張麗英'] })
  })
})

describe('closing credits: where they must not fire', () => {
  it('one bare name after the last sentence could be any word: no signature', () => {
    expect(signatureOf(page(HEAD, `${LEAD}金海亮`))).toBeUndefined()
  })

  it('words that are no names after the last sentence (以上 信息, 详见第二版)', () => {
    expect(signatureOf(page(HEAD, `${LEAD}以上 信息`))).toBeUndefined()
    expect(signatureOf(page(HEAD, `${LEAD}详见第二版`))).toBeUndefined()
  })

  it('a line of two words under a paragraph that are no names, and names in the middle of a story', () => {
    expect(signatureOf(page(HEAD, LEAD, '会议 精神'))).toBeUndefined()
    const issue = parseIssue(page(HEAD, LEAD, '获奖者：王明 李华', '会议要求，各部门抓好落实。'))
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('特派記者林則宏／北京報導, naming a place, is the credit line over the body (a byline filed from 北京), no signature', () => {
    const issue = parseIssue(page('兩岸經貿論壇舉行', '特派記者林則宏／北京報導', '兩岸經貿論壇昨日在北京舉行。'))
    expect(findAll(issue, 'signature')).toEqual([])
    expect(find(find(issue, 'byline')!, 'credit')?.place).toBe('北京')
  })
})

describe('整理: compiled by the reporter', () => {
  it('glued or set apart, in a closing bracket: （记者杨海彤整理） · （记者 杨海彤 整理） · （本报记者杨海彤整理）', () => {
    for (const bracket of ['（记者杨海彤整理）', '（记者 杨海彤 整理）', '（本报记者杨海彤整理）']) {
      expect(signatureOf(page(HEAD, `${LEAD}${bracket}`)), bracket).toEqual(['杨海彤'])
    }
  })

  it('must not fire: 整理 in a sentence is text', () => {
    const issue = parseIssue(page(HEAD, '本报讯 昨日，工作人员整理资料，做好归档工作。'))
    expect(findAll(issue, 'signature')).toEqual([])
  })
})

describe('a closing bracket after an ellipsis', () => {
  it('…心心相印40载…… (记者 施翔): the signature, and the text an untitled story (d156)', () => {
    const issue = parseIssue(readFileSync(new URL('../fixtures/corpus/d156.txt', import.meta.url), 'utf8'))
    expect(find(issue, 'signature')!.names).toEqual(['施翔'])
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('review mends', () => {
  it('an outlet’s name set apart before the role stays the affiliation: （华商网 记者王佳柯）', () => {
    expect(find(parseIssue(page(HEAD, `${LEAD}（华商网 记者王佳柯）`)), 'signature')).toMatchObject({ role: '华商网 记者', names: ['王佳柯'] })
  })

  it('记者张丽英、王大明/报导: both names stay names (the slash before 报导 names no place)', () => {
    const issue = parseIssue(page('民勤社区活动举行\n记者张丽英、王大明/报导', '花莲县长昨日受邀出席民勤社区活动。'))
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ names: ['张丽英', '王大明'] })
  })

  it('must not fire: three dots are a cut, not an ellipsis: …心心相印40载... (记者 施翔) signs nothing', () => {
    expect(signatureOf(page(HEAD, '本报讯 他们与晚报的情缘可浓缩成一句话：心心相印40载... (记者 施翔)'))).toBeUndefined()
  })
})

describe('a word alone under the text is no signature', () => {
  const TEXT = '据了解，这些景观灯被弄成这样，是因为无人管理而被偷盗、损坏。'

  // (A name alone under a letter, …损坏。 / 田维芳, is not read as its signature: words of the same
  // shape close stories too — 高考, 黄金周, 马上评, 黄山 — and a name cannot be told from them.)
  it.each(['高考', '黄金周', '马上评', '黄山'])('…损坏。 / %s: no signature', (word) => {
    expect(signatureOf(page(HEAD, TEXT, word))).toBeUndefined()
  })
})

describe('a credit line over the next brief of a column signs the brief above (d404, 山西青年报)', () => {
  const BRIEF_1 = '◆团武乡县委组织大学生志愿者在关河开展志愿活动。大家分组奔赴关河河岸线，清理垃圾。'
  const BRIEF_2 = '◆晋城市泽州县大箕镇团委组织青年志愿者投身河道清理工作，提高了群众的环保意识。'

  it('the credit closes the brief as its signature; the next brief is a story of its own', () => {
    const input = ['志愿快讯', '', BRIEF_1, '本报记者 刘琴', '', `${BRIEF_2} 本报记者 李茹霞`].join('\n')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    expect(articles(issue).map((a) => find(a, 'signature')?.names)).toEqual([['刘琴'], ['李茹霞']])
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('d404: three briefs, each signed', () => {
    const issue = parseIssue(corpus('d404'))
    expect(articles(issue).map((a) => find(a, 'signature')?.names)).toEqual([['刘琴'], ['李茹霞'], ['李茹霞']])
  })

  it('must not fire: over plain text a reporter’s credit stays the byline printed after the lead', () => {
    const input = page('港府推出新措施', '【大公报讯】港府昨日公布新措施，支援中小企业。', '大公报记者林静文', '措施包括提供低息贷款及减免租金。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'signature')).toEqual([])
  })
})

describe('a closing bracket naming the reporters, then the desk’s staff (part (ah), d552, a county media site)', () => {
  const TEXT = '另有市民也说：“今天天气好，公园里人多，带我妈出来转下，放松下心情。”'

  it('(融媒体记者:段炜   编辑:郑旭  审核:黄炎  终审:罗春生): the reporter signs, the rest is the staff line', () => {
    const input = page(HEAD, TEXT, '(融媒体记者:段炜   编辑:郑旭  审核:黄炎  终审:罗春生)')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')).toMatchObject({ names: ['段炜'], role: '融媒体记者' })
    const staff = find(issue, 'editorLine')!.children.filter((c) => c.type === 'credit')
    expect(staff.map((c) => [c.role, c.names])).toEqual([['编辑', ['郑旭']], ['审核', ['黄炎']], ['终审', ['罗春生']]])
    expect(types(articles(issue)[0]).slice(-2)).toEqual(['signature', 'editorLine'])
    expectSource(input, issue)
  })

  it('glued to the last sentence as well: …心情。”（记者 段炜 编辑 郑旭）', () => {
    const issue = parseIssue(page(HEAD, `${TEXT}（记者 段炜 编辑 郑旭）`))
    expect(find(issue, 'signature')!.names).toEqual(['段炜'])
    expect(find(issue, 'editorLine')).toBeDefined()
  })

  it('must not fire: staff first, then a reporter ((编辑:郑旭 记者:段炜)), is no signature', () => {
    expect(signatureOf(page(HEAD, TEXT, '(编辑:郑旭 记者:段炜)'))).toBeUndefined()
  })
})

describe('a writer’s bare name after the bullet, then the reporter’s credit (part (ah), d550, 西南商报)', () => {
  it('□唐探峰 本报记者 汪美山 文/图: both credits of the byline, no title split off', () => {
    const issue = parseIssue(page('长江三峡黄金水道 再现水路旅游货运热\n□唐探峰 本报记者 汪美山 文/图', '近日，记者了解到，长江三峡黄金水道旅游、货运双管齐下。'))
    const byline = find(issue, 'byline')!
    expect(byline.children.filter((c) => c.type === 'credit').map((c) => c.names)).toEqual([['唐探峰'], ['汪美山']])
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('must not fire: a bulleted series’ title before the byline is still split off (■两会特别报道 本报记者 李强 孙丽)', () => {
    const issue = parseIssue(page('代表委员热议政府工作报告\n■两会特别报道 本报记者 李强 孙丽', '连日来，代表委员们围绕政府工作报告展开热烈讨论。'))
    expect(find(issue, 'byline')!.children.filter((c) => c.type === 'credit').map((c) => c.names)).toEqual([['李强', '孙丽']])
  })

  it('must not fire: a bullet and a word too long for a name stays no credit of a bare name (■城市拍客 本报记者 张三)', () => {
    const issue = parseIssue(page('城市新闻\n■城市拍客 本报记者 张三', '近日，记者了解到，长江三峡黄金水道旅游、货运双管齐下。'))
    expect(findAll(issue, 'byline').flatMap((b) => b.children.filter((c) => c.type === 'credit').map((c) => c.names))).not.toContainEqual(['城市拍客'])
  })
})

describe('an outlet or an agency named alone in a closing bracket (part (aj), d565: …侃侃而谈。（美联社）, …（中国时报）)', () => {
  it.each(['（美联社）', '（中国时报）', '（路透社）'])('…%s: no signature', (bracket) => {
    expect(signatureOf(page(HEAD, `${LEAD}${bracket}`))).toBeUndefined()
  })

  it('must not fire: a person’s name, or a reporter of the agency, still signs (（张晔）, （新华社记者 张三）)', () => {
    expect(signatureOf(page(HEAD, `${LEAD}（张晔）`))).toEqual(['张晔'])
    expect(signatureOf(page(HEAD, `${LEAD}（新华社记者 张三）`))).toEqual(['张三'])
  })
})

describe('本文作者: the article’s author named under its text or its title', () => {
  it('本文作者：王芳 under the text: the signature (it was a paragraph); under the title: the byline', () => {
    expect(signatureOf(page(HEAD, LEAD, '本文作者：王芳'))).toEqual(['王芳'])
    const issue = parseIssue(page(`${HEAD}\n本文作者：王芳`, LEAD))
    expect(find(issue, 'byline')!.children.find((c) => c.type === 'credit')).toMatchObject({ role: '本文作者', names: ['王芳'] })
  })

  it('must not fire: 本文作者 in a sentence is text', () => {
    expect(findAll(parseIssue(page(HEAD, LEAD, '本文作者认为，这一做法值得推广。')), 'signature')).toEqual([])
  })
})

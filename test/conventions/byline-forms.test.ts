/**
 * Byline forms the mainland's national and business papers print under a title, found unread by a made-up check of
 * the usual forms (no corpus text printed them): the place a story was sent from (南方周末记者 王芳 发自北京), the works
 * credited one after another (文/王芳 摄影/李强, 文 / 王芳 图 / 李强, 文/本报记者 王芳 图/李强), a paper and its site joined
 * by a hyphen before the role (工人日报-中工网记者), an outlet the vocabulary lists whatever its name ends with
 * (21世纪经济报道记者, 潮新闻记者), and a site's author field read with its label as its role (作者：王芳 来源：…).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const TITLE = '市教育局召开专题会议'
const LEAD = '　　近日，市教育局召开会议，部署今年的招生工作。'
const NEXT = '　　会议要求，各校要抓好落实。'

/** The byline's credits under the title (each on the next line, as a site's copy sets them), as role, names and place. */
const bylineOf = (line: string) => {
  const input = `${[TITLE, line, LEAD, NEXT].join('\n')}\n`
  const issue = parseIssue(input)
  expectSource(input, issue)
  expect(toString(find(issue, 'headline'))).toBe(TITLE)
  expect(findAll(issue, 'subheadline')).toEqual([])
  return findAll(issue, 'byline').flatMap((byline) => findAll(byline, 'credit').map((credit) => ({ role: credit.role, names: credit.names, place: credit.place })))
}

describe('the place a story was sent from: 发自北京', () => {
  it('after the reporters’ names, the place their credit’s, not a name', () => {
    expect(bylineOf('南方周末记者 王芳 发自北京')).toEqual([{ role: '南方周末记者', names: ['王芳'], place: '北京' }])
    expect(bylineOf('本报记者 王芳 李强 发自嘉兴')).toEqual([{ role: '本报记者', names: ['王芳', '李强'], place: '嘉兴' }])
    expect(bylineOf('新京报记者 王芳 发自上海')).toEqual([{ role: '新京报记者', names: ['王芳'], place: '上海' }])
  })

  it('a place longer than a name before 报道: where the story was filed (每经记者 冯彪 全国两会现场报道; a title before)', () => {
    expect(bylineOf('每经记者 冯彪 全国两会现场报道')).toEqual([{ role: '每经记者', names: ['冯彪'], place: '全国两会现场' }])
    expect(bylineOf('本报记者 王芳 李强 北京报道')).toEqual([{ role: '本报记者', names: ['王芳', '李强'], place: '北京' }])
  })

  it('must not fire: 发自 in a sentence (发自内心) is the sentence’s', () => {
    const input = page(TITLE, '　　他发自内心地说，这是一次难忘的会议。', NEXT)
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})

describe('works credited one after another: 文/王芳 摄影/李强', () => {
  it('the text’s writer and the photographer, 摄影 a work after another credit', () => {
    expect(bylineOf('文/王芳 摄影/李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '文', names: ['王芳'] },
      { role: '摄影', names: ['李强'] },
    ])
    expect(bylineOf('文字：王芳 摄影：李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '文字', names: ['王芳'] },
      { role: '摄影', names: ['李强'] },
    ])
  })

  it('the slash set apart by spaces: 文 / 王芳 图 / 李强', () => {
    expect(bylineOf('文 / 王芳 图 / 李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '文', names: ['王芳'] },
      { role: '图', names: ['李强'] },
    ])
  })

  it('a work credit after a reporter’s credit whose work opens it: 文/本报记者 王芳 图/李强', () => {
    expect(bylineOf('文/本报记者 王芳 图/李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '本报记者', names: ['王芳'] },
      { role: '图', names: ['李强'] },
    ])
  })

  it('must not fire: 摄影：冼伟伦 alone among the staff lines stays a staff line; a menu’s path stays interface', () => {
    const staff = page(TITLE, LEAD, NEXT, '编辑：梁伟澄', '摄影：冼伟伦')
    const issue = parseIssue(staff)
    expect(findAll(issue, 'editorLine').map((node) => toString(node))).toEqual(['编辑：梁伟澄', '摄影：冼伟伦'])
    expect(findAll(issue, 'signature')).toEqual([])
    const menu = page('首页 / 新闻 / 本地', TITLE, LEAD, NEXT)
    expect(findAll(parseIssue(menu), 'byline')).toEqual([])
  })
})

describe('an outlet’s name before the reporter’s role, whatever it ends with', () => {
  it('a paper and its site joined by a hyphen: 工人日报-中工网记者', () => {
    expect(bylineOf('工人日报-中工网记者 王芳').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '工人日报-中工网记者', names: ['王芳'] }])
  })

  it('outlets the vocabulary lists: 21世纪经济报道记者, 潮新闻记者, spaced from the role too', () => {
    expect(bylineOf('21世纪经济报道记者 王芳 北京报道').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '21世纪经济报道记者', names: ['王芳'] }])
    expect(bylineOf('21世纪经济报道 记者 王芳 北京报道').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '21世纪经济报道 记者', names: ['王芳'] }])
    expect(bylineOf('潮新闻记者 王芳 通讯员 李强').map(({ role, names }) => ({ role, names }))).toEqual([
      { role: '潮新闻记者', names: ['王芳'] },
      { role: '通讯员', names: ['李强'] },
    ])
  })

  it('must not fire: a listed paper’s name in a title before 记者 with no name after the role', () => {
    const input = page('南方周末记者节特刊', LEAD, NEXT)
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe('南方周末记者节特刊')
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('a site’s author field among its fields: its label the credit’s role', () => {
  it('作者：王芳 来源：潍坊日报 — the byline’s role 作者, as a dated field row reads it', () => {
    const input = page(TITLE, '作者：王芳 来源：潍坊日报', LEAD, NEXT)
    const credits = findAll(parseIssue(input), 'byline').flatMap((byline) => findAll(byline, 'credit'))
    expect(credits.map((credit) => ({ role: credit.role, names: credit.names }))).toEqual([{ role: '作者', names: ['王芳'] }])
  })
})

describe('a paper and its app joined by a slash, an outlet set apart from the role by a bar or a slash, a paper after the work', () => {
  const roles = (line: string) => bylineOf(line).map(({ role, names }) => ({ role, names }))

  it.each([
    ['扬子晚报/紫牛新闻记者 王芳', '扬子晚报/紫牛新闻记者'],
    ['青岛日报/观海新闻记者 王芳', '青岛日报/观海新闻记者'],
    ['现代快报/现代+记者 王芳', '现代快报/现代+记者'],
  ])('%s: the joined outlets the affiliation (the line was a subheadline)', (line, role) => {
    const credits = findAll(parseIssue(page(TITLE, line, LEAD, NEXT)), 'credit')
    expect(roles(line)).toEqual([{ role, names: ['王芳'] }])
    expect(credits[0]!.affiliation).toBe(role.slice(0, -'记者'.length))
  })

  it.each([
    ['北京日报客户端｜记者 王芳', '北京日报客户端'],
    ['北京日报客户端 | 记者 王芳', '北京日报客户端'],
    ['聯合報／記者王芳', '聯合報'],
  ])('%s: the outlet a site’s field before the bar or the slash, the role as printed after it', (line, affiliation) => {
    const credits = findAll(parseIssue(page(TITLE, line, LEAD, NEXT)), 'credit')
    expect(bylineOf(line).map(({ names }) => names)).toEqual([['王芳']])
    expect(credits[0]).toMatchObject({ affiliation })
    expect(credits[0]!.role).toMatch(/^[记記]者$/)
  })

  it('文/广州日报全媒体记者王芳 通讯员李强: the paper named after the work, before the role (a subheadline before)', () => {
    expect(roles('文/广州日报全媒体记者王芳 通讯员李强')).toEqual([
      { role: '广州日报全媒体记者', names: ['王芳'] },
      { role: '通讯员', names: ['李强'] },
    ])
  })

  it('must not fire: a slash after the names sets the filing’s place apart (聯合報 記者陳嘉寧／桃園機場報導 keeps its place)', () => {
    expect(bylineOf('聯合報 記者陳嘉寧／桃園機場報導')).toEqual([{ role: '聯合報 記者', names: ['陳嘉寧'], place: '桃園機場' }])
  })

  it.each(['扬子晚报/紫牛新闻记者节特刊', '南京日报记者节特刊'])('must not fire: %s, an outlet and 记者 in a title, no name after the role, is the title (the second was a byline)', (title) => {
    const input = page(title, LEAD, NEXT)
    const issue = parseIssue(input)
    expect(toString(find(issue, 'headline'))).toBe(title)
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('the photographer’s credit between a title and the lead its dateline opens', () => {
  it('老街焕发新活力 / 本报记者 王芳 摄 / 本报讯…: the title stays the headline (it was read as the photo’s caption)', () => {
    const input = page('老街焕发新活力\n本报记者 王芳 摄', '本报讯（记者 李强）5月9日，记者走进远安县茅坪场镇。', NEXT)
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(toString(find(issue, 'headline'))).toBe('老街焕发新活力')
    expect(findAll(issue, 'caption').map((caption) => toString(caption))).toEqual(['本报记者 王芳 摄'])
  })

  it('must not fire: a caption’s line over the credit inside a story stays one caption', () => {
    const input = page(TITLE, LEAD, '市民在老街游玩。\n本报记者 王芳 摄', NEXT)
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption').map((caption) => toString(caption))).toEqual(['市民在老街游玩。本报记者 王芳 摄'])
  })
})

describe('a summary set between the title and the byline: the deck (d643)', () => {
  const DECK = '现代社会信息大爆炸，也在无形中推动医疗行业转型。云计算、人工智能等技术着力打造智慧医疗。'
  const TEXT = ['4月14日，多位专家就人工智能在医疗界的应用进行了探讨。', '随着技术的发展，应用领域不断拓宽。']

  it('AI让优质医疗触手可及 / the summary / ■本报记者 贡晓丽 / the text: the summary a subheadline, the credit the byline (a paragraph before)', () => {
    const input = page('AI让优质医疗触手可及', DECK, '■本报记者 贡晓丽', TEXT[0]!, TEXT[1]!)
    const issue = parseIssue(input)
    expect(findAll(issue, 'subheadline').map((s) => toString(s))).toEqual([DECK])
    expect(findAll(issue, 'byline').flatMap((b) => findAll(b, 'credit').map((c) => c.names))).toEqual([['贡晓丽']])
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })

  it('must not fire: a longer lead over the byline, as 大公报 prints its lead (d117), stays the story’s paragraph', () => {
    const LEAD_OVER = '领展截至今年三月底止年度收益微增0.1%至100.37亿元，以相同基准计升7.2%，每基金单位末期分派140.55仙升9.57%。谈及中美贸易争端对集团的影响，行政总裁表示影响不明显，集团将积极考虑并购湾区项目。'
    const issue = parseIssue(page('积极考虑并购湾区看好广深', LEAD_OVER, '大公报记者林静文', TEXT[0]!, TEXT[1]!))
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([LEAD_OVER, ...TEXT])
    expect(findAll(issue, 'byline')).toHaveLength(1)
  })

  it.each(['三是建立健全机制。', '要做到：第一，加强领导；第二，完善机制。', '〔记者陈彦廷／屏东报导〕县府今天表示。', '（一）总体要求。（二）主要任务。', '昨日，记者从市住建局获悉，', '■ 市住建局今年完成投资12亿元。'])('must not fire: %s over the byline — a list’s item or a list, a bracket or a bullet opening it, a sentence left open — stays the story’s text', (line) => {
    const issue = parseIssue(page('AI让优质医疗触手可及', line, '■本报记者 贡晓丽', TEXT[0]!, TEXT[1]!))
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('must not fire: with no title over it (an editor’s note opening an untitled copy) the text stays a paragraph', () => {
    const issue = parseIssue(page('编按：本报推出系列报道，回顾报业发展的历程，敬请关注。', '记者 王芳／专题报导', TEXT[0]!, TEXT[1]!))
    expect(findAll(issue, 'subheadline')).toEqual([])
  })

  it('must not fire: a lead naming its own reporters under a titled brief: the credit over it signs the brief', () => {
    const issue = parseIssue(page('市图书馆新馆开馆', '市图书馆新馆昨日正式开馆，首日接待读者三千余人次。', '本报记者 王芳', '本报讯（记者 李强）昨日，市博物馆举办了新展。', TEXT[1]!))
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['王芳']])
  })
})

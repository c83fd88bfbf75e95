/**
 * Credits at an article's edges: closing signatures with a role
 * (■記者蔡少玲, （文/图 汪路勇）, （編輯：方沛清）), bylines before the body
 * (■ 李 文, 本报记者 李静 青岛报道), staff lines after an article
 * (編輯：梁偉澄 / 美術：陳超雄 / 攝影：冼偉倫), and names read without their
 * padding (田 鹏 → 田鹏) or split where they are glued (孙辰茜潘洁).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Signature } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const TRAD_HEADLINE = '男子酒後鬧事被捕'
const TRAD_LEAD = '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。'

const fields = (s: Signature | undefined) => s && { role: s.role, names: s.names, value: s.value }

describe('closing signatures', () => {
  it('■記者蔡少玲 on its own line at the article’s end: a signature with a role', () => {
    const input = page(TRAD_HEADLINE, TRAD_LEAD, '案件仍在調查中。', '■記者蔡少玲')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'signature'])
    expect(fields(find(article!, 'signature'))).toEqual({ role: '記者', names: ['蔡少玲'], value: '■記者蔡少玲' })
    expect(findAll(issue, 'byline')).toEqual([])
    expectSource(input, issue)
  })

  it('（本报记者葛孟超、张文参与采写） closing the last paragraph', () => {
    const input = page('一季度经济运行稳中向好', '本报北京5月9日电 一季度，我国经济运行稳中向好。（本报记者葛孟超、张文参与采写）')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'signature'])
    expect(fields(find(article!, 'signature'))).toEqual({
      role: '本报记者',
      names: ['葛孟超', '张文'],
      value: '（本报记者葛孟超、张文参与采写）',
    })
    expect(toString(find(article!, 'paragraph'))).toBe('本报北京5月9日电 一季度，我国经济运行稳中向好。')
    expectSource(input, issue)
  })

  it('（文/图 汪路勇）', () => {
    const input = page('古村落焕发新生机', '本报讯 5月9日，古村落保护利用工作现场会召开。（文/图 汪路勇）')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'signature'])
    expect(fields(find(issue, 'signature'))).toEqual({ role: '文/图', names: ['汪路勇'], value: '（文/图 汪路勇）' })
    expectSource(input, issue)
  })

  it('（編輯：方沛清） at the paragraph’s end: the editor’s credit closes the article as an editor line, not a signature', () => {
    const input = page(TRAD_HEADLINE, '【本報訊】一名男子昨日在旺角酒後鬧事，被警方拘捕。（編輯：方沛清）')
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'editorLine'])
    expect(find(issue, 'signature')).toBeUndefined()
    expect(find(issue, 'credit')).toMatchObject({ role: '編輯', names: ['方沛清'] })
    expect(toString(find(issue, 'paragraph'))).toBe(TRAD_LEAD)
    expectSource(input, issue)
  })

  it('a bracket of credits a column cut, a space before the line break: （庞 啸 ⏎全媒体记者吕静远）', () => {
    const input = '市城管执法局做好环卫保障\n\n本报讯 会议召开。展现亭城洁净优美的城市环境。 (庞 啸 \n全媒体记者吕静远)\n'
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['庞啸', '吕静远']])
  })

  it('（张  晔）: a padded name closing the paragraph', () => {
    const input = page('夏粮收购工作有序开展', '本报讯 5月9日，全市夏粮收购工作有序开展。（张  晔）')
    const issue = parseIssue(input)
    expect(fields(find(issue, 'signature'))).toEqual({ role: undefined, names: ['张晔'], value: '（张  晔）' })
    expectSource(input, issue)
  })
})

describe('a title under a signed story, the page citation between it and its text', () => {
  // (People's Daily's site, its blank lines lost: 广州市：… / 《人民日报》（…第 16 版） / 建设现代化产业体系…)
  const input = [
    '两会特稿',
    '本报讯 5月9日，全市召开会议。会议要求抓好落实。',
    '（本报记者葛孟超、张文）',
    '广州市：坚持产业第一、制造业立市  加快建设现代化产业体系',
    '《人民日报》（2025年03月10日第 16 版）',
    '建设现代化产业体系是推动高质量发展的重要基础。',
    '今年伊始，广州市提出加快建设现代化产业体系。',
    '',
  ].join('\n')

  it('opens the next story: the signature ended the one above', () => {
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(articles(issue).map((article) => toString(find(article, 'headline')!))).toEqual(['两会特稿', '广州市：坚持产业第一、制造业立市  加快建设现代化产业体系'])
    expect(types(articles(issue)[1]!)).toEqual(['headline', 'pageHeader', 'paragraph', 'paragraph'])
  })
})

describe('bylines before the body', () => {
  it('■ 李 文 under the headline: a bare name, padding undone', () => {
    const input = page(TRAD_HEADLINE, '■ 李 文', TRAD_LEAD)
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'paragraph'])
    const byline = find(article!, 'byline')!
    expect(types(byline)).toEqual(['text', 'credit'])
    expect(find(byline, 'credit')).toMatchObject({ names: ['李文'], value: '李 文' })
    expect(find(byline, 'credit')!.role).toBeUndefined()
    expect(findAll(issue, 'signature')).toEqual([])
    expectSource(input, issue)
  })

  it('本报记者 李静 青岛报道: the place the story was filed from', () => {
    const input = page('青岛港吞吐量创新高', '本报记者 李静 青岛报道', '今年前4个月，青岛港货物吞吐量创历史新高。')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'byline', 'paragraph'])
    const byline = find(article!, 'byline')!
    expect(toString(byline)).toBe('本报记者 李静 青岛报道')
    expect(find(byline, 'credit')).toMatchObject({ role: '本报记者', affiliation: '本报', names: ['李静'], place: '青岛' })
    expectSource(input, issue)
  })

  it('本报记者 田 鹏: a two-character name padded to three', () => {
    const input = page('夏粮收购工作有序开展', '本报记者 田 鹏', '本报讯 5月9日，全市夏粮收购工作有序开展。')
    const issue = parseIssue(input)
    expect(find(find(issue, 'byline')!, 'credit')).toMatchObject({ role: '本报记者', names: ['田鹏'], value: '本报记者 田 鹏' })
    expectSource(input, issue)
  })

  it('本报记者 张  晔  苏  滨: two padded names', () => {
    const input = page('夏粮收购工作有序开展', '本报记者 张  晔  苏  滨', '本报讯 5月9日，全市夏粮收购工作有序开展。')
    const issue = parseIssue(input)
    const credits = findAll(find(issue, 'byline')!, 'credit')
    expect(credits.map((c) => c.names)).toEqual([['张晔', '苏滨']])
    expectSource(input, issue)
  })

  it('（记者孙辰茜潘洁）: two names glued in a dateline bracket', () => {
    const input = page('国务院常务会议召开', '新华社北京5月9日电（记者孙辰茜潘洁）国务院总理主持召开国务院常务会议。')
    const issue = parseIssue(input)
    const credit = find(find(issue, 'dateline')!, 'credit')!
    expect(credit).toMatchObject({ role: '记者', names: ['孙辰茜', '潘洁'], value: '记者孙辰茜潘洁' })
    // 潘 is a common surname, so the split is certain.
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('glued names before a comma or 、 in a credit: the text run keeps the comma apart there', () => {
    const cases: Array<[string, string]> = [
      ['孙辰茜潘洁,张三', '国务院总理主持召开国务院常务会议,研究部署相关工作。'],
      ['孙辰茜潘洁、张三', '国务院总理主持召开国务院常务会议、研究部署相关工作。'],
      ['张三,李四王五赵六', '全市上下团结一心,共同推进工作。'],
    ]
    for (const [names, rest] of cases) {
      const input = page('国务院常务会议召开', `新华社北京5月9日电（记者${names}）${rest}`)
      const issue = parseIssue(input)
      const credit = find(find(issue, 'dateline')!, 'credit')!
      expect(credit.names.length, names).toBeGreaterThanOrEqual(3)
      expect(credit.names.join(''), names).toBe(names.replace(/[,、]/g, ''))
      expectSource(input, issue)
    }
  })
})

describe('staff lines', () => {
  it('編輯：梁偉澄 / 美術：陳超雄 / 攝影：冼偉倫 after the body stay in the article', () => {
    const input = page(TRAD_HEADLINE, TRAD_LEAD, '編輯：梁偉澄\n美術：陳超雄\n攝影：冼偉倫')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(issue)).toEqual(['article'])
    expect(types(article)).toEqual(['headline', 'paragraph', 'editorLine', 'editorLine', 'editorLine'])
    expect(findAll(article!, 'editorLine').map((line) => find(line, 'credit')).map((c) => [c!.role, c!.names])).toEqual([
      ['編輯', ['梁偉澄']],
      ['美術', ['陳超雄']],
      ['攝影', ['冼偉倫']],
    ])
    // 攝影 here is a staff role: no caption.
    expect(findAll(issue, 'caption')).toEqual([])
    expectSource(input, issue)
  })

  it('本版责编：鲁明强 after an article stands at the top level', () => {
    const input = page('全市春耕工作推进会召开', '本报讯 5月9日，全市春耕工作推进会召开。', '本版责编：鲁明强')
    const issue = parseIssue(input)
    expect(types(issue)).toEqual(['article', 'editorLine'])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph'])
    expect(find(issue.children[1]!, 'credit')).toMatchObject({ role: '本版责编', affiliation: '本版', names: ['鲁明强'] })
    expectSource(input, issue)
  })
})

describe('closing credits: where they must not fire', () => {
  it('(完) is no signature', () => {
    const input = page('国务院常务会议召开', '新华社北京5月9日电 国务院总理主持召开国务院常务会议。（完）')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'endMark'])
    expect(toString(find(issue, 'paragraph'))).toBe('新华社北京5月9日电 国务院总理主持召开国务院常务会议。')
    expectSource(input, issue)
  })

  it('a bracket in the middle of a paragraph', () => {
    const body = '新华社北京5月9日电 国务院总理主持召开国务院常务会议（扩大会议），研究部署有关工作。'
    const input = page('国务院常务会议召开', body)
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
    expect(toString(find(issue, 'paragraph'))).toBe(body)
    expectSource(input, issue)
  })

  it('a bracketed name mid-paragraph, after a comma', () => {
    const body = '本报讯 5月9日，市长（张晔）出席会议，并作重要讲话。'
    const input = page('全市春耕工作推进会召开', body)
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
    expect(toString(find(issue, 'paragraph'))).toBe(body)
    expectSource(input, issue)
  })

  it('记者手记 with body after it is an intertitle, not a closing credit', () => {
    const body = '走进乡村，记者看到数字经济正在改变农民的生活。'
    const input = page('数字经济赋能乡村振兴', '本报讯 5月9日，全市数字经济工作推进会召开。', '记者手记', body)
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'intertitle', 'paragraph'])
    expect(toString(findAll(issue, 'paragraph')[1])).toBe(body)
    expectSource(input, issue)
  })
})

describe('作者 closing credits', () => {
  it('作者：刘俊（来源：广州日报） after the body: a signature with role 作者', () => {
    const input = page('广州推进城市更新', '本报讯 5月9日，广州召开城市更新工作推进会。', '作者：刘俊（来源：广州日报）')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'signature')).toMatchObject({ role: '作者', names: ['刘俊'] })
  })
})

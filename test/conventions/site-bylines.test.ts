/**
 * Bylines as sites and papers print them: a site's stamp with the byline
 * after it, a paper's name set apart from the role, the place after a
 * slash, and a reporter's credit sharing its closing line with the
 * proofreader's.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { creditsOf, expectSource, find, findAll, page } from '../helpers/tree'

const TITLE = '血濺桃機 他把老婆丟下樓再跳樓'
const LEAD = '桃園機場第二航廈昨天凌晨發生夫妻雙雙墜樓事件，警消醫護趕到現場搶救。'
const bylines = (input: string) =>
  findAll(parseIssue(input), 'byline').flatMap((b) => findAll(b, 'credit').map((c) => ({ role: c.role, names: c.names, place: c.place })))

describe('site bylines: where they fire', () => {
  it('a site’s stamp with the byline after it: a stamp and a byline, not a subheadline', () => {
    const input = [TITLE, '2019-03-18 23:59聯合報 記者陳嘉寧／桃園機場報導', LEAD, ''].join('\n')
    const issue = parseIssue(input)
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2019, month: 3, day: 18 })
    expect(bylines(input)).toEqual([{ role: '聯合報 記者', names: ['陳嘉寧'], place: '桃園機場' }])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('a paper’s name set apart from the role by a space (聯合報 記者陳嘉寧)', () => {
    expect(find(find(parseIssue(page(TITLE, '聯合報 記者陳嘉寧', LEAD)), 'byline')!, 'credit')).toMatchObject({ affiliation: '聯合報', names: ['陳嘉寧'] })
  })

  it('the reporter signs, the proofreader is staff: 新京报记者 苏季 校对 李铭 closing a story', () => {
    const input = page('广东发布学校疫情防控通知', '新京报讯（记者 苏季）1月21日下午，广东省教育厅发布通知。', '新京报记者 苏季 校对 李铭')
    const issue = parseIssue(input)
    expect(find(issue, 'signature')!.names).toEqual(['苏季'])
    expect(findAll(find(issue, 'editorLine')!, 'credit').map((c) => [c.role, c.names])).toEqual([['校对', ['李铭']]])
    expectSource(input, issue)
  })
})

describe('site bylines: where they must not fire', () => {
  it('a stamp with a sentence after it is no byline', () => {
    const input = [TITLE, '2019-03-18 23:59 記者今天到現場採訪時看到，現場已經清理完畢。', LEAD, ''].join('\n')
    expect(findAll(parseIssue(input), 'byline')).toEqual([])
  })

  it('staff alone closing a story stays a staff line (校对 李铭)', () => {
    const input = page('广东发布学校疫情防控通知', '新京报讯（记者 苏季）1月21日下午，广东省教育厅发布通知。', '编辑 张三 校对 李铭')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature')).toEqual([])
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
  })

  it('a reporter and a proofreader before any body: no signature (a heading group’s credits)', () => {
    const input = page('广东发布学校疫情防控通知', '新京报记者 苏季 校对 李铭', '1月21日下午，广东省教育厅发布通知。')
    expect(findAll(parseIssue(input), 'signature')).toEqual([])
  })
})

describe('a byline with the site’s posting time after it', () => {
  it('記者林家慶 發佈時間:2025-06-06 15:10:34 under the title: a byline and a stamp', () => {
    const input = page(TITLE, '記者林家慶 發佈時間:2025-06-06 15:10:34', LEAD)
    const issue = parseIssue(input)
    expect(bylines(input)).toEqual([{ role: '記者', names: ['林家慶'], place: undefined }])
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2025, month: 6, day: 6 })
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('本报记者 张三 2025-06-06 15:10 (no label): the same', () => {
    const input = page('全市春耕工作推进会召开', '本报记者 张三 2025-06-06 15:10', '5月9日，全市春耕工作推进会召开。')
    expect(bylines(input)).toEqual([{ role: '本报记者', names: ['张三'], place: undefined }])
    expect(find(parseIssue(input), 'stamp')).toBeDefined()
  })

  it('must not: a title before the posting time stays the title (市民广场今起开放 发布时间:2025-06-06 15:10)', () => {
    const issue = parseIssue(page('市民广场今起开放 发布时间:2025-06-06 15:10', '5月9日，市民广场正式向市民开放。'))
    expect(toString(find(issue, 'headline')!)).toBe('市民广场今起开放')
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('the writer by a site’s other labels for them (d337)', () => {
  const HEAD = '榆林307国道吴堡至子洲改建工程开工建设'
  const BODY = '本报讯 12月15日,307国道吴堡至子洲改建工程开工仪式在绥德县举行。'
  it.each([['新闻作者:刘胜利', '新闻作者'], ['文章作者：刘胜利', '文章作者'], ['撰稿：刘胜利', '撰稿'], ['撰稿人 刘胜利', '撰稿人']])('%s under the title: a byline, no subheadline', (line, role) => {
    const input = page(HEAD, line, BODY)
    const issue = parseIssue(input)
    expect(bylines(input)).toEqual([{ role, names: ['刘胜利'], place: undefined }])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expectSource(input, issue)
  })

  it('must not fire: 撰稿 inside the story’s sentences is a word of them', () => {
    const input = page('退休教师笔耕不辍', '本报讯 退休教师王明多年来为多家报纸撰稿，发表文章200余篇。', '他说，撰稿是他的爱好。', '（张晔）')
    const issue = parseIssue(input)
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expect(find(issue, 'signature')!.names).toEqual(['张晔'])
  })
})

describe('a writer’s name before the site’s stamp, under the title (d651 台灣醒報, d437 人間福報)', () => {
  const LEAD = '疫情延燒了幾個月,記者們每天繞著疫情轉,壞消息多、好消息少,跑久了心情多少受到影響。'
  const read = (line: string, title = '記者疫情採訪點滴') => {
    const issue = parseIssue(page(title, line, LEAD))
    return { byline: findAll(issue, 'byline').flatMap(creditsOf), stamps: findAll(issue, 'stamp').map((s) => s.date), subheadlines: findAll(issue, 'subheadline') }
  }

  it('林意玲 2020/04/07 20:40 點閱 45695 次: the writer’s byline, no role, and the stamp with its date', () => {
    const { byline, stamps, subheadlines } = read('林意玲 2020/04/07 20:40 點閱 45695 次')
    expect(byline).toEqual([[undefined, ['林意玲']]])
    expect(stamps).toMatchObject([{ year: 2020, month: 4, day: 7 }])
    expect(subheadlines).toEqual([])
  })

  it('陳玲芳 |2023.03.11: the writer and the date, set apart by a bar', () => {
    const { byline, stamps } = read('陳玲芳 |2023.03.11', '星雲大師的光輝 眾人齊緬懷')
    expect(byline).toEqual([[undefined, ['陳玲芳']]])
    expect(stamps).toMatchObject([{ year: 2023, month: 3, day: 11 }])
  })

  it('the date, its time and the count of reads alone: the stamp (2020/04/07 20:40 點閱 45695 次)', () => {
    const { byline, stamps, subheadlines } = read('2020/04/07 20:40 點閱 45695 次')
    expect(byline).toEqual([])
    expect(stamps).toHaveLength(1)
    expect(subheadlines).toEqual([])
  })

  it.each([
    ['湖北日报 2020-01-14 09:20', 'an outlet’s name'],
    ['齐点淄博 2023-01-15 20:32:00 阅读量:', 'a site’s name the whole stamp reads'],
    ['发布日期 : 2023-10-24 09:26:09 文章来源 : 潮州日报', 'a field’s label'],
  ])('must not fire: %s (%s) names no writer', (line) => {
    expect(read(line, '图集丨2020年湖北两会首场代表通道直击').byline).toEqual([])
  })
})

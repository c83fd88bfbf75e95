/**
 * Traditional-script datelines (Hong Kong, Taiwan), matched on the
 * simplified reading while fields and node values stay as printed:
 * 【本報訊】, 【明報專訊】, (星島日報報道), 【新華社重慶十四日電】,
 * （中央社記者郭建伸、王揚宇台北10日電）, and ROC years (114年 = 2025).
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Dateline, Issue } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

function leadDateline(issue: Issue): Dateline | undefined {
  const paragraph = find(articles(issue)[0]!, 'paragraph')!
  const first = paragraph.children[0]
  return first?.type === 'dateline' ? first : undefined
}

const LEAD = '一名男子昨日在旺角酒後鬧事，被警方拘捕。'

describe('traditional datelines: where they fire', () => {
  it('【本報訊】: a flash source in lenticular brackets', () => {
    const input = page('男子酒後鬧事被捕', `【本報訊】${LEAD}`)
    const issue = parseIssue(input)
    expect(issue.data.script).toBe('traditional')
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('本報訊')
    expect(dateline.place).toBeUndefined()
    expect(toString(dateline)).toBe('【本報訊】')
    expect(types(dateline)).toEqual(['text'])
    // 昨日 comes later in the lead (一名男子昨日…), so it is not the story's date.
    expect(dateline.date).toBeUndefined()
    expect(toString(find(issue, 'paragraph')!.children.slice(1))).toBe(LEAD)
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('【明報專訊】', () => {
    const input = page('男子酒後鬧事被捕', `【明報專訊】${LEAD}`)
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('明報專訊')
    expect(toString(dateline)).toBe('【明報專訊】')
    expectSource(input, issue)
  })

  it('(星島日報報道): a flash source in ASCII brackets', () => {
    const input = page('男子酒後鬧事被捕', `(星島日報報道)${LEAD}`)
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('星島日報報道')
    expect(toString(dateline)).toBe('(星島日報報道)')
    expect(findAll(dateline, 'credit')).toEqual([])
    expectSource(input, issue)
  })

  it('【新華社重慶十四日電】: a day in Chinese numerals', () => {
    const input = page('重慶舉行招商會', '【新華社重慶十四日電】重慶市昨天舉行招商會。')
    const issue = parseIssue(input)
    expect(issue.data.script).toBe('traditional')
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('新華社')
    expect(dateline.place).toBe('重慶')
    expect(dateline.date).toEqual({ day: 14, raw: '十四日' })
    expect(toString(dateline)).toBe('【新華社重慶十四日電】')
    expect(types(dateline)).toEqual(['text', 'date', 'text'])
    expect(find(dateline, 'date')).toMatchObject({ value: '十四日', day: 14 })
    expectSource(input, issue)
  })

  it('【新华社重庆十四日电】 in simplified script reads the same', () => {
    const input = page('重庆举行招商会', '【新华社重庆十四日电】重庆市昨天举行招商会。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect([dateline.source, dateline.place, dateline.date]).toEqual(['新华社', '重庆', { day: 14, raw: '十四日' }])
    expectSource(input, issue)
  })

  it('（中央社記者郭建伸、王揚宇台北10日電）: two reporters, then the place', () => {
    const input = page('賴清德出訪', '（中央社記者郭建伸、王揚宇台北10日電）總統賴清德今天出訪友邦。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.source).toBe('中央社')
    expect(dateline.place).toBe('台北')
    expect(dateline.date).toEqual({ day: 10, raw: '10日' })
    expect(toString(dateline)).toBe('（中央社記者郭建伸、王揚宇台北10日電）')
    expect(types(dateline)).toEqual(['text', 'credit', 'text', 'date', 'text'])
    const [credit] = findAll(dateline, 'credit')
    expect(credit).toMatchObject({ role: '記者', affiliation: '中央社', names: ['郭建伸', '王揚宇'], value: '記者郭建伸、王揚宇' })
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('（中央社記者戴雅真竹東29日電）: an unknown place glued to the name is split, with a diagnostic', () => {
    const input = page('颱風來襲', '（中央社記者戴雅真竹東29日電）新竹縣今天舉行活動。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.place).toBe('竹東')
    expect(findAll(dateline, 'credit').map((c) => [c.value, c.names])).toEqual([['記者戴雅真', ['戴雅真']]])
    const diagnostics = issue.data.diagnostics.filter((d) => d.code === 'uncertain-split')
    expect(diagnostics).toHaveLength(1)
    // The diagnostic points at the glued run, name and place.
    const { start, end } = diagnostics[0]!.position
    expect(input.slice(start.offset, end.offset)).toBe('戴雅真竹東')
    expectSource(input, issue)
  })

  it('a known place after the name (苗栗) needs no diagnostic', () => {
    const input = page('苗栗舉行活動', '（中央社記者戴雅真苗栗29日電）苗栗縣今天舉行活動。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect(dateline.place).toBe('苗栗')
    expect(find(dateline, 'credit')!.names).toEqual(['戴雅真'])
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('ROC years: 114年7月10日 is 2025, printed form kept', () => {
    const input = page('颱風來襲', '（中央社記者戴雅真台北10日電）中央氣象署114年7月10日發布颱風警報。')
    const issue = parseIssue(input)
    const dates = findAll(find(issue, 'paragraph')!, 'date')
    const roc = dates.find((d) => d.value === '114年7月10日')!
    expect(roc).toMatchObject({ year: 2025, month: 7, day: 10 })
    expectSource(input, issue)
  })
})

describe('traditional datelines: where they must not fire', () => {
  it('本報訊 in the middle of a paragraph', () => {
    const input = page('男子酒後鬧事被捕', `【本報訊】${LEAD}`, '警方表示，據本報訊息，案件仍在調查中。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toHaveLength(1)
    expect(toString(findAll(issue, 'paragraph')[1])).toBe('警方表示，據本報訊息，案件仍在調查中。')
    expectSource(input, issue)
  })

  it('a bracket of a plain aside at the paragraph start is no dateline', () => {
    const input = page('男子酒後鬧事被捕', `【本報訊】${LEAD}`, '（案件編號：12345）警方表示，案件仍在調查中。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'dateline')).toHaveLength(1)
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expectSource(input, issue)
  })
})

describe('filed-from datelines (Taiwan)', () => {
  it('〔記者陳彥廷／屏東報導〕: the reporter and the place filed from', () => {
    const input = page('屏東豪雨成災', '〔記者陳彥廷／屏東報導〕屏東縣昨日豪雨成災，多處淹水。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    const dateline = leadDateline(issue)!
    expect(dateline.place).toBe('屏東')
    expect(findAll(dateline, 'credit').map(({ role, names }) => ({ role, names }))).toEqual([{ role: '記者', names: ['陳彥廷'] }])
    // It names no outlet: 報導 (reported) is not a source.
    expect(dateline.source).toBeUndefined()
  })

  it('特派記者林則宏／北京報導 on its own line before the body: the byline, filed from 北京 (as 本报记者 李静 青岛报道)', () => {
    const input = page('大陸經濟數據公布', '特派記者林則宏／北京報導', '大陸國家統計局昨日公布數據。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'dateline')).toBeUndefined()
    expect(find(find(issue, 'byline')!, 'credit')).toMatchObject({ role: '特派記者', names: ['林則宏'], place: '北京' })
  })

  it('〔特派記者林則宏／北京報導〕 in its brackets on its own line: the dateline still', () => {
    const dateline = find(parseIssue(page('大陸經濟數據公布', '〔特派記者林則宏／北京報導〕', '大陸國家統計局昨日公布數據。')), 'dateline')!
    expect(dateline.place).toBe('北京')
    expect(find(dateline, 'credit')).toMatchObject({ role: '特派記者', names: ['林則宏'] })
  })

  it('must not fire: a slash between words in a sentence', () => {
    const input = page('屏東豪雨成災', '屏東縣昨日豪雨成災，記者／編輯均在現場報導。')
    expect(findAll(parseIssue(input), 'dateline')).toEqual([])
  })
})

describe('Hong Kong and Macau datelines of more outlets', () => {
  const datelineOf = (input: string) => find(parseIssue(input), 'dateline')
  it('【本報記者深圳廿二日電】: the desk’s reporter unnamed, the place and the day', () => {
    const dateline = datelineOf('三園區提供創業平台\n\n【本報記者深圳廿二日電】今年一月，深澳兩地簽訂備忘錄。')!
    expect({ source: dateline.source, place: dateline.place, day: dateline.date?.day }).toEqual({ source: '本報', place: '深圳', day: 22 })
    expect(findAll(dateline, 'credit')).toEqual([])
  })

  it('【本報記者唐欽濱深圳報道】: a reporter filing from a place, closed by 報道 inside the brackets', () => {
    const dateline = datelineOf('深圳衔接港澳\n\n【本報記者唐欽濱深圳報道】深圳市公布數據。')!
    expect({ source: dateline.source, place: dateline.place }).toEqual({ source: '本報', place: '深圳' })
    expect(findAll(dateline, 'credit').map((c) => c.names)).toEqual([['唐欽濱']])
  })

  it.each([['【特訊】粵港澳媒體團昨日完成參觀訪問。', '特訊'], ['【香港商報訊】記者林麗青報道：深圳富源學校疑涉高考移民。', '香港商報訊'], ['香港文匯報訊（記者石華深圳報道）網上近日流傳一份名單。', '香港文匯報訊']])(
    '%s: source %s',
    (lead, source) => {
      expect(datelineOf(`標題\n\n${lead}`)?.source).toBe(source)
    },
  )

  it('must not fire: 本报记者 张三 报道 outside brackets stays a byline', () => {
    const issue = parseIssue('全市开展志愿服务活动\n\n本报记者 张三 报道\n\n全市开展志愿服务活动。')
    expect(find(issue, 'byline')).toBeDefined()
    expect(find(issue, 'dateline')).toBeUndefined()
  })

  it('〔記者孫義方台中報導〕: the place glued to the name in the filing brackets, each story its own', () => {
    const input = '梧棲漁港百餘艘漁船集結\n\n〔記者孫義方台中報導〕台中港建港後原有漁場遭到限縮。\n\n台中梧棲漁港小船泊區開工\n\n〔記者孫義方台中報導〕台中市梧棲漁港小船泊區開工。\n'
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(2)
    const dateline = find(issue, 'dateline')!
    expect(dateline.place).toBe('台中')
    expect(findAll(dateline, 'credit').map((c) => c.names)).toEqual([['孫義方']])
  })

  it('〔記者 鄭江洛報導〕, 〔本報特約記者 鄭江洛報導〕: the reporter alone in the brackets, no place, no outlet', () => {
    for (const [filing, credit] of [
      ['〔記者 鄭江洛報導〕', { role: '記者', affiliation: undefined, names: ['鄭江洛'] }],
      ['〔本報特約記者 鄭江洛報導〕', { role: '本報特約記者', affiliation: '本報', names: ['鄭江洛'] }],
    ] as const) {
      const input = page('白馬尊王廟進香', `${filing}在福州長樂鶴上白馬尊王廟，馬祖北竿鄉板里村村長王禮好虔誠地朝拜。`)
      const issue = parseIssue(input)
      expectSource(input, issue)
      const dateline = leadDateline(issue)!
      expect(dateline.source).toBeUndefined()
      expect(dateline.place).toBeUndefined()
      expect(findAll(dateline, 'credit').map(({ role, affiliation, names }) => ({ role, affiliation, names }))).toEqual([credit])
    }
    // (Cited inside a sentence, or as a report's title opening the line: no dateline.)
    expect(find(parseIssue('各報報導\n\n據了解，〔記者鄭江洛報導〕一文已被撤下。\n'), 'dateline')).toBeUndefined()
    expect(find(parseIssue('各報報導\n\n〔記者 鄭江洛報導〕一文刊出後，引發各界關注。\n'), 'dateline')).toBeUndefined()
    expect(find(parseIssue('各報報導\n\n〔記者 鄭江洛報導〕所述的情況已有改善。\n'), 'dateline')).toBeUndefined()
  })

  it('must not fire: the same words outside brackets, cited inside a sentence, or a place that ends the name (〔記者林嘉義報導〕)', () => {
    expect(find(parseIssue('梧棲漁港百餘艘漁船集結\n\n記者孫義方台中報導台中港建港後原有漁場遭到限縮。\n'), 'dateline')).toBeUndefined()
    expect(find(parseIssue('各報報導\n\n據了解，〔記者孫義方台中報導〕一文已被撤下。\n'), 'dateline')).toBeUndefined()
    const dateline = find(parseIssue('嘉義縣推動觀光\n\n〔記者林嘉義報導〕嘉義縣政府今天宣布推動觀光。\n'), 'dateline')
    expect(dateline === undefined ? [] : findAll(dateline, 'credit').map((c) => c.names)).not.toEqual([['林']])
  })
})

describe('CNA’s news from abroad, and a site’s Latin address before its special dispatch', () => {
  it('（中央社巴黎9日綜合外電報導）: the source, the place and the day, the report compiled from the foreign wires', () => {
    const input = page('法國總統談經濟', '（中央社巴黎9日綜合外電報導）法國總統今天表示，將推動經濟改革。')
    const issue = parseIssue(input)
    const dateline = leadDateline(issue)!
    expect([dateline.source, dateline.place, dateline.date?.day]).toEqual(['中央社', '巴黎', 9])
    expect(toString(dateline)).toBe('（中央社巴黎9日綜合外電報導）')
    expectSource(input, issue)
  })

  it('【on.cc東網專訊】: the site’s special dispatch, its address opening the name', () => {
    const input = page('男子酒後鬧事被捕', `【on.cc東網專訊】${LEAD}`)
    const issue = parseIssue(input)
    expect(leadDateline(issue)?.source).toBe('on.cc東網專訊')
    expectSource(input, issue)
  })

  it('must not fire: a sentence on foreign reports (據外電報導，…) and Latin words before 專訊 in the text', () => {
    expect(findAll(parseIssue(page('法國總統談經濟', '據外電報導，法國總統今天表示，將推動經濟改革。')), 'dateline')).toEqual([])
    expect(findAll(parseIssue(page('男子酒後鬧事被捕', '他說on.cc的專訊很快。')), 'dateline')).toEqual([])
  })
})
